"""The search vectors a team library stores, from the same analysed terms the local
library's index holds (`app.search.index.IndexWriter`), and the words fuzzy and wildcard
searches expand against."""

from __future__ import annotations

from typing import Iterable

from app.search import team_search
from app.search.analysis import index_language
from app.search.bulk_analysis import chunk_words, index_text


class TermCollector:
    """Analyses articles and highlights, remembering the analysers used and the chunks
    whose words go into `search_words`."""

    def __init__(self) -> None:
        self.chunks: dict[str, set[bytes]] = {}

    def _terms(self, text: str | None, analyser: str) -> str:
        if not text:
            return ""
        terms, chunks = index_text(text, analyser)
        self.chunks.setdefault(analyser, set()).update(chunks)
        return terms

    def article_vector(self, *, title: str, headings: str, source: str | None, body: str, language: str) -> str:
        """The vector the index writer stores (`app.search.team_search.article_vector`)."""
        analyser = index_language(language)
        return team_search.article_vector(title=self._terms(title, analyser), headings=self._terms(headings, analyser),
                                          source=self._terms(source, analyser), body=self._terms(body, analyser))

    def highlight_vector(self, *, quote: str, note: str, tag_names: Iterable[str], language: str) -> str:
        """The vector the index writer stores (`app.search.team_search.highlight_vector`)."""
        analyser = index_language(language)
        return team_search.highlight_vector(quote=self._terms(quote, analyser), note=self._terms(note, analyser),
                                            tags=self._terms(" ".join(tag_names), analyser))

    def words(self) -> set[str]:
        """The folded, unstemmed words of everything analysed."""
        return set().union(*(chunk_words(chunks, analyser) for analyser, chunks in self.chunks.items()))

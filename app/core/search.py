"""What a search returns: ranked article hits with snippets and matching highlights."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.article import ArticleSummary


@dataclass(frozen=True)
class Snippet:
    """An extract of the original text; `marks` are (start, end) spans of matched words
    within `text`, end exclusive."""

    text: str
    marks: tuple[tuple[int, int], ...]

    def marked(self, before: str, after: str, escape=lambda s: s) -> str:
        """The snippet with each mark wrapped, e.g. in `**` or `<b>`…`</b>`."""
        parts, last = [], 0
        for start, end in self.marks:
            parts += [escape(self.text[last:start]), before, escape(self.text[start:end]), after]
            last = end
        parts.append(escape(self.text[last:]))
        return "".join(parts)


@dataclass(frozen=True)
class HighlightHit:
    """A highlight of a hit article that matched the query (by its quote, note or tags)."""

    id: int
    quote: str
    note: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class SearchHit:
    article: ArticleSummary
    score: float | None
    snippets: tuple[Snippet, ...] = ()
    highlights: tuple[HighlightHit, ...] = ()
    also_in: tuple[tuple[int, str | None], ...] = ()
    """The other copies of the article's story, (id, source) each: one hit stands for them all."""


@dataclass(frozen=True)
class SearchPage:
    """One page of hits, best first; `has_more` says whether another page exists.
    `also_searched`: the words the library holds that a query word begins, searched too
    because that word alone matched few articles (shown as "also searched: …")."""

    query: str
    hits: tuple[SearchHit, ...]
    offset: int
    has_more: bool
    also_searched: tuple[str, ...] = ()

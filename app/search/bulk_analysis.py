"""The analysers of `analysis`, done in bulk: what indexing whole articles and finding
matches in them needs, several times faster than running Whoosh's filter chain word
by word. Tests keep every function here equal to `analysis.analyse`."""

from __future__ import annotations

import functools
import re

from app.search.analysis import (
    COMPOUND_PATTERN,
    MIN_TOKEN_CHARS,
    TOKEN_PATTERN,
    stemmer,
    stop_words,
    word_pieces,
)

WORD = re.compile(TOKEN_PATTERN)
COMPOUND = re.compile(COMPOUND_PATTERN)
_TERM_CACHE_LIMIT = 500_000


class _TermTable(dict):
    """word → its index term, or "" for a word the analyser drops (stop word, too short)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._stops = stop_words(language)
        language_stemmer = stemmer(language)
        self._stem = language_stemmer.stemWord if language_stemmer else str

    def __missing__(self, word: str) -> str:
        if len(self) > _TERM_CACHE_LIMIT:
            self.clear()
        term = "" if len(word) < MIN_TOKEN_CHARS or word in self._stops else self._stem(word)
        self[word] = term
        return term


@functools.cache
def _term_table(language: str) -> _TermTable:
    return _TermTable(language)


class _ChunkTerms(dict):
    """A chunk of text (UTF-8, between ASCII separators) → its index terms joined by
    spaces; `words` keeps the chunk's folded words."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._terms = _term_table(language)
        self.words: dict[bytes, list[str]] = {}

    def __missing__(self, chunk: bytes) -> str:
        if len(self) > _TERM_CACHE_LIMIT:
            self.clear()
            self.words.clear()
        words = self.words[chunk] = _words(chunk.decode("utf-8"))
        terms = self[chunk] = " ".join(term for term in map(self._terms.__getitem__, words) if term)
        return terms


@functools.cache
def _chunk_terms(language: str) -> _ChunkTerms:
    return _ChunkTerms(language)


# Every ASCII byte that `\w` does not match, but the hyphen, becomes a space; bytes of
# other characters stay, so accented and hyphenated words and non-ASCII punctuation are
# left to the chunk table.
_CHUNK_SEPARATORS = bytes(
    c if c >= 0x80 or chr(c).isalnum() or chr(c) in "_-" else 32 for c in range(256)
)


def index_text(text: str, language: str) -> tuple[str, list[bytes]]:
    """What the index stores for `text`: its terms joined by spaces, and its chunks (pass
    them to `chunk_words` for the words).

    The text is cut at ASCII separators in one bytes operation; each distinct chunk is
    analysed once and remembered, so a long text costs a few dictionary lookups per
    word. Dropped words leave extra spaces, which FTS5 skips: term positions are those
    of `analyser(language)`.
    """
    chunks = text.encode("utf-8").translate(_CHUNK_SEPARATORS).split()
    return " ".join(map(_chunk_terms(language).__getitem__, chunks)), chunks


def chunk_words(chunks: set[bytes], language: str) -> set[str]:
    """The folded, unstemmed words (stop words included) of chunks from `index_text`."""
    table = _chunk_terms(language)
    return set().union(*(table.words.get(chunk) or _words(chunk.decode("utf-8")) for chunk in chunks))


def index_terms(text: str, language: str) -> list[str]:
    """The terms `analyser(language)` gives for `text`, computed in bulk."""
    return index_text(text, language)[0].split()


class _RawTermTable(dict):
    """A token as written (a match of `COMPOUND`) → (start, end, term) for each word it
    is indexed as that the analyser keeps, spans within the token."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._terms = _term_table(language)

    def __missing__(self, token: str) -> list[tuple[int, int, str]]:
        if len(self) > _TERM_CACHE_LIMIT:
            self.clear()
        terms = self[token] = [(start, end, term) for start, end, word in word_pieces(token)
                               if (term := self._terms[word])]
        return terms


@functools.cache
def _raw_term_table(language: str) -> _RawTermTable:
    return _RawTermTable(language)


def term_of(word: str, language: str) -> str:
    """The index term of one word as written, or "" when the analyser drops it (or makes
    several words of it)."""
    terms = _raw_term_table(language)[word]
    return terms[0][2] if len(terms) == 1 and terms[0][:2] == (0, len(word)) else ""


def positioned_terms(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, term) for each word of `text` that `analyser(language)` keeps, with
    its position in `text` (code points, end exclusive): the tokens the highlighter uses.
    A hyphenated word's joined term spans the whole word."""
    table = _raw_term_table(language)
    return [
        (match.start() + start, match.start() + end, term)
        for match in COMPOUND.finditer(text)
        for start, end, term in table[match.group()]
    ]


def _words(text: str) -> list[str]:
    """The folded words (`analysis.word_pieces`) of a chunk. A chunk of ASCII letters and
    digits (most French and English words) is one word, only lower-cased."""
    if text.isascii() and "-" not in text:
        return [text.lower()]
    return [word for token in COMPOUND.findall(text) for _, _, word in word_pieces(token)]

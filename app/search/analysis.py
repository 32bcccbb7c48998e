"""Text analysis for search, defined with Whoosh's analysis framework.

Each language's analyser is a Whoosh chain: tokenise, lower-case, fold accents, drop
stop words and elided particles (l', d', qu' … are split off by the tokeniser), then
Snowball-stem with PyStemmer. Folding comes before stemming so that "européenne" and
"europeenne" meet. `index_terms` is the same chain in a few bulk string operations for
indexing whole articles quickly; a test keeps the two identical.
"""

from __future__ import annotations

import functools
import re

import Stemmer
from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang.stopwords import stoplists
from whoosh.support.charset import accent_map

ANALYSER_VERSION = 1
"""Raise when analysis changes: libraries indexed with another version are reindexed."""

STEMMED_LANGUAGES = {"fr": "french", "en": "english"}
FALLBACK = "simple"
"""Articles in other languages are indexed folded and lower-cased, without stemming."""
QUERY_LANGUAGES = ("fr", "en", FALLBACK)
"""A query is analysed in each of these; a word matches when any of its forms does."""

TOKEN_PATTERN = r"\w+"
MIN_TOKEN_CHARS = 2

FOLDING: dict[int, str] = {
    **accent_map,
    **{ord(k): v for k, v in {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"}.items()},
    # Combining accents, as lower-casing "İ" leaves one behind.
    **{code: "" for code in range(0x300, 0x370)},
}

_FOLDING_BY_CHAR = {chr(code): replacement or "" for code, replacement in FOLDING.items()}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

ELIDED_PARTICLES = frozenset("c d j l m n s t qu jusqu lorsqu puisqu quoiqu presqu".split())
# Whoosh's French list lacks these frequent forms.
EXTRA_FRENCH_STOP_WORDS = frozenset("les cet cette aussi dont ainsi".split())


def fold(text: str) -> str:
    """Lower-case and strip accents: what LowercaseFilter and CharsetFilter(FOLDING) do."""
    return _fold(text)[0]


def _fold(text: str) -> tuple[str, bool]:
    """The folded text, and whether letters or digits outside ASCII remain in it.

    Replacing only the distinct non-ASCII characters present is several times faster
    than `str.translate` over a long text.
    """
    text = text.lower()
    foreign_alnum = False
    for char in set(_NON_ASCII.findall(text)):
        replacement = _FOLDING_BY_CHAR.get(char)
        if replacement is not None:
            text = text.replace(char, replacement)
        elif char.isalnum():
            foreign_alnum = True
    return text, foreign_alnum


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """The folded stop words of `language` (French includes its elided particles)."""
    words = set(stoplists.get(language, ()))
    if language == "fr":
        words |= ELIDED_PARTICLES | EXTRA_FRENCH_STOP_WORDS
    return frozenset(fold(word) for word in words)


@functools.cache
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    name = STEMMED_LANGUAGES.get(language)
    return Stemmer.Stemmer(name) if name else None


def index_language(article_language: str) -> str:
    """The analyser an article in `article_language` is indexed with."""
    return article_language if article_language in STEMMED_LANGUAGES else FALLBACK


@functools.cache
def analyser(language: str) -> Analyzer:
    """The Whoosh analyser for `language` ("fr", "en", or "simple")."""
    chain = (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(FOLDING)
        | StopFilter(stoplist=stop_words(language), minsize=MIN_TOKEN_CHARS)
    )
    stemmer = _stemmer(language)
    if stemmer is not None:
        chain = chain | StemFilter(stemfn=stemmer.stemWord, cachesize=100_000)
    return chain


WORD = re.compile(TOKEN_PATTERN)
_TOKEN = WORD
_TERM_CACHE_LIMIT = 500_000


class _TermTable(dict):
    """word → its index term, or "" for a word the analyser drops (stop word, too short)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._stops = stop_words(language)
        stemmer = _stemmer(language)
        self._stem = stemmer.stemWord if stemmer else str

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
    """A chunk of lower-cased text (UTF-8, between ASCII separators) → its index terms
    joined by spaces; `words` keeps the chunk's folded words."""

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


# Every ASCII byte that `\w` does not match becomes a space; bytes of other characters
# stay, so accented words and non-ASCII punctuation are left to the chunk table.
_CHUNK_SEPARATORS = bytes(
    c if c >= 0x80 or chr(c).isalnum() or chr(c) == "_" else 32 for c in range(256)
)


def index_text(text: str, language: str) -> tuple[str, list[bytes]]:
    """What the index stores for `text`: its terms joined by spaces, and its chunks (pass
    them to `chunk_words` for the words).

    The text is cut at ASCII separators in one bytes operation; each distinct chunk is
    analysed once and remembered, so a long text costs a few dictionary lookups per
    word. Dropped words leave extra spaces, which FTS5 skips: term positions are those
    of `analyser(language)`.
    """
    chunks = text.lower().encode("utf-8").translate(_CHUNK_SEPARATORS).split()
    return " ".join(map(_chunk_terms(language).__getitem__, chunks)), chunks


def chunk_words(chunks: set[bytes], language: str) -> set[str]:
    """The folded, unstemmed words (stop words included) of chunks from `index_text`."""
    table = _chunk_terms(language)
    return set().union(*(table.words.get(chunk) or _words(chunk.decode("utf-8")) for chunk in chunks))


def index_terms(text: str, language: str) -> list[str]:
    """The terms `analyser(language)` gives for `text`, computed in bulk."""
    return index_text(text, language)[0].split()


class _RawTermTable(dict):
    """A word as written → its index term, or "" when the analyser drops it."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._terms = _term_table(language)

    def __missing__(self, word: str) -> str:
        if len(self) > _TERM_CACHE_LIMIT:
            self.clear()
        term = self[word] = self._terms[fold(word)]
        return term


@functools.cache
def _raw_term_table(language: str) -> _RawTermTable:
    return _RawTermTable(language)


def term_of(word: str, language: str) -> str:
    """The index term of one word as written, or "" when the analyser drops it."""
    return _raw_term_table(language)[word]


def positioned_terms(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, term) for each word of `text` that `analyser(language)` keeps, with
    its position in `text` (code points, end exclusive): the tokens the highlighter uses."""
    table = _raw_term_table(language)
    return [
        (match.start(), match.end(), term)
        for match in _TOKEN.finditer(text)
        if (term := table[match.group()])
    ]


# Every ASCII byte that `\w` does not match (after lower-casing) becomes a space.
_ASCII_SEPARATORS = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256)
)


def _words(text: str) -> list[str]:
    """The `\\w+` runs of `text` once folded. When no letter or digit outside ASCII is
    left (most French and English), bytes.translate and split do it several times faster."""
    folded, foreign_alnum = _fold(text)
    if foreign_alnum:
        return _TOKEN.findall(folded)
    return folded.encode("ascii", "replace").translate(_ASCII_SEPARATORS).decode("ascii").split()


def analyse(text: str, language: str) -> list[str]:
    """The terms of `text` through the Whoosh analyser (for queries and snippets)."""
    return [token.text for token in analyser(language)(text)]

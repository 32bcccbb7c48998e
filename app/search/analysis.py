"""Text analysis for search, defined with Whoosh's analysis framework.

Each language's analyser is a Whoosh chain: tokenise, lower-case, fold accents, drop
stop words and elided particles (l', d', qu' … are split off by the tokeniser), then
Snowball-stem with PyStemmer. Folding comes before stemming so that "européenne" and
"europeenne" meet. `bulk_analysis` does the same in a few bulk string operations for
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
    return fold_and_check(text)[0]


def fold_and_check(text: str) -> tuple[str, bool]:
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
def stemmer(language: str) -> Stemmer.Stemmer | None:
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
    language_stemmer = stemmer(language)
    if language_stemmer is not None:
        chain = chain | StemFilter(stemfn=language_stemmer.stemWord, cachesize=100_000)
    return chain


def analyse(text: str, language: str) -> list[str]:
    """The terms of `text` through the Whoosh analyser (for queries and snippets)."""
    return [token.text for token in analyser(language)(text)]

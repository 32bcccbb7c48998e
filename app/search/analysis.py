"""Text analysis for search, defined with Whoosh's analysis framework.

Each language's analyser is a Whoosh chain: tokenise (a hyphenated word is one token),
bring compatibility characters to their plain form (NFKC: "ﬁ" is "fi", "Ａ" is "A"),
lower-case and fold accents, index a hyphenated word as its parts and then its parts
joined ("giga-factories" → giga, factories, gigafactories, as Lucene's word-delimiter
filter with catenation does), drop stop words and elided particles (l', d', qu' … are
split off by the tokeniser), then Snowball-stem with PyStemmer in the article's
language. Folding comes before stemming so that "européenne" and "europeenne" meet.
`bulk_analysis` does the same in a few bulk string operations for indexing whole
articles quickly; a test keeps the two identical.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import Stemmer
from whoosh.analysis import Analyzer, Filter, RegexTokenizer, StemFilter, StopFilter
from whoosh.lang.stopwords import stoplists
from whoosh.support.charset import accent_map

ANALYSER_VERSION = 3
"""Raise when analysis changes: libraries indexed with another version are reindexed.
2: hyphenated words, NFKC folding, every Snowball language. 3: section headings indexed
(weighed as titles)."""

SNOWBALL_ALGORITHMS = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech", "da": "danish",
    "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian", "fi": "finnish", "fr": "french",
    "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian", "id": "indonesian", "ga": "irish",
    "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian", "fa": "persian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "st": "sesotho",
    "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}
"""ISO 639-1 code → PyStemmer's Snowball algorithm."""

STEMMED_LANGUAGES = {code: name for code, name in SNOWBALL_ALGORITHMS.items() if name in Stemmer.algorithms()}
"""The languages whose articles are stemmed: every Snowball stemmer PyStemmer has."""

_LANGUAGE_ALIASES = {
    "nb": "no", "nn": "no",
    "ara": "ar", "hye": "hy", "arm": "hy", "eus": "eu", "baq": "eu", "cat": "ca", "ces": "cs", "cze": "cs",
    "dan": "da", "nld": "nl", "dut": "nl", "eng": "en", "epo": "eo", "est": "et", "fin": "fi", "fra": "fr",
    "fre": "fr", "deu": "de", "ger": "de", "ell": "el", "gre": "el", "hin": "hi", "hun": "hu", "ind": "id",
    "gle": "ga", "ita": "it", "lit": "lt", "nep": "ne", "nor": "no", "nob": "no", "nno": "no", "fas": "fa",
    "per": "fa", "pol": "pl", "por": "pt", "ron": "ro", "rum": "ro", "rus": "ru", "srp": "sr", "sot": "st",
    "spa": "es", "swe": "sv", "tam": "ta", "tur": "tr", "yid": "yi",
}
FALLBACK = "simple"
"""Articles in other languages are indexed folded and lower-cased, without stemming."""
DEFAULT_QUERY_LANGUAGES = ("fr", "en", FALLBACK)
"""A query is analysed in each language some indexed text was analysed in (these when
none is recorded yet); a word matches when any of its forms does."""

TOKEN_PATTERN = r"\w+"
HYPHENS = "-\u2010\u2011"
"""Hyphen-minus, hyphen and non-breaking hyphen join the parts of a compound word."""
COMPOUND_PATTERN = rf"\w+(?:[{HYPHENS}]\w+)*"
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
    """The folded text, and whether a letter or digit of it changes under NFKC (a
    ligature, a fullwidth or superscript form): word positions in the normalised text
    would then drift.

    Replacing only the distinct non-ASCII characters present is several times faster
    than `str.translate` over a long text.
    """
    text = text.lower()
    compatibility = False
    for char in set(_NON_ASCII.findall(text)):
        replacement = _FOLDING_BY_CHAR.get(char)
        if replacement is not None:
            text = text.replace(char, replacement)
        elif not compatibility and char.isalnum() and unicodedata.normalize("NFKC", char) != char:
            compatibility = True
    return text, compatibility


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
    """The analyser an article in `article_language` (an ISO 639 code such as "de",
    "pt-BR" or "deu") is indexed with: its Snowball stemmer, or the folding-only one."""
    code = re.split(r"[-_]", (article_language or "").strip().lower(), maxsplit=1)[0]
    code = _LANGUAGE_ALIASES.get(code, code)
    return code if code in STEMMED_LANGUAGES else FALLBACK


_COMPOUND = re.compile(COMPOUND_PATTERN)
_HYPHEN = re.compile(f"[{HYPHENS}]")


def word_pieces(token: str) -> list[tuple[int, int, str]]:
    """The folded words one token (a match of `COMPOUND_PATTERN`) is indexed as, each
    with its (start, end) within the token.

    The token is brought to NFKC first; when that changes it, it is split into words
    again and every piece spans the whole token. A hyphenated word gives its parts, then
    its parts joined (spanning the whole word), except when every part is a number:
    "2024-01-24" stays a date, a phrase of its parts.
    """
    words = []
    for start, end, parts, joined in word_groups(token):
        words.extend(parts)
        if joined:
            words.append((start, end, joined))
    return words


def word_groups(token: str) -> list[tuple[int, int, list[tuple[int, int, str]], str | None]]:
    """The words of one token as `word_pieces` gives them, grouped by word as written:
    (start, end, its parts with their spans, its joined form or None)."""
    if token.isascii() or unicodedata.is_normalized("NFKC", token):
        pieces = [(0, len(token), token)]
    else:
        pieces = [(0, len(token), word) for word in _COMPOUND.findall(unicodedata.normalize("NFKC", token))]
    groups = []
    for start, end, piece in pieces:
        if not _HYPHEN.search(piece):
            groups.append((start, end, [(start, end, fold(piece))], None))
            continue
        parts, words, at = [], [], 0
        for part in _HYPHEN.split(piece):
            parts.append(part)
            span = (start + at, start + at + len(part)) if end - start == len(piece) else (start, end)
            words.append((*span, fold(part)))
            at += len(part) + 1
        joined = None if all(part.isdigit() for part in parts) else fold("".join(parts))
        groups.append((start, end, words, joined))
    return groups


class WordPiecesFilter(Filter):
    """Replaces each token by its `word_pieces`: NFKC, lower-cased and folded, hyphenated
    words as their parts and their joined form."""

    def __call__(self, tokens):
        for token in tokens:
            for _, _, word in word_pieces(token.text):
                token.text = word
                yield token


@functools.cache
def analyser(language: str) -> Analyzer:
    """The Whoosh analyser for `language` (an ISO code of `STEMMED_LANGUAGES`, or "simple")."""
    chain = (
        RegexTokenizer(COMPOUND_PATTERN)
        | WordPiecesFilter()
        | StopFilter(stoplist=stop_words(language), minsize=MIN_TOKEN_CHARS)
    )
    language_stemmer = stemmer(language)
    if language_stemmer is not None:
        chain = chain | StemFilter(stemfn=language_stemmer.stemWord, cachesize=100_000)
    return chain


def analyse(text: str, language: str) -> list[str]:
    """The terms of `text` through the Whoosh analyser (for queries and snippets)."""
    return [token.text for token in analyser(language)(text)]


def compound_variants(word: str, language: str, *, in_phrase: bool = False) -> list[tuple[str, ...]]:
    """How one typed word can occur in indexed text, as sequences of terms (a phrase when
    longer than one): a plain word as its term; a hyphenated word as the phrase of its
    parts that the analyser keeps (written apart or hyphenated) or as its joined term
    (written as one word). Empty when the analyser drops the word (a stop word).
    `in_phrase`: the words are a phrase, where a hyphenated word may also be followed
    by more words, so the parts then the joined term (as indexed) are a third variant."""
    variants: list[tuple[str, ...]] = [()]
    for token in _COMPOUND.findall(word):
        for _, _, parts, joined in word_groups(token):
            part_terms = tuple(term_of_word(part, language) for _, _, part in parts)
            alternatives = [tuple(term for term in part_terms if term)]
            if joined is not None and (joined_term := term_of_word(joined, language)):
                alternatives.append((joined_term,))
                if in_phrase and alternatives[0]:
                    alternatives.append(alternatives[0] + (joined_term,))
            alternatives = [alternative for alternative in alternatives if alternative]
            if alternatives:
                variants = [variant + alternative for variant in variants for alternative in alternatives]
    return list(dict.fromkeys(variant for variant in variants if variant))


def normalise_word(word: str) -> str:
    """A typed word or word start as the library's word list holds words: NFKC, folded,
    without hyphens (the list holds hyphenated words joined)."""
    return _HYPHEN.sub("", fold(unicodedata.normalize("NFKC", word)))


def term_of_word(folded_word: str, language: str) -> str:
    """The index term of one folded word, or "" when the analyser drops it."""
    if len(folded_word) < MIN_TOKEN_CHARS or folded_word in stop_words(language):
        return ""
    language_stemmer = stemmer(language)
    return language_stemmer.stemWord(folded_word) if language_stemmer else folded_word

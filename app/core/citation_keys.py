"""Citation keys: author-year-word (`lemonde2024usines`), ASCII and lower case, the form
BibTeX, RIS and Pandoc (`[@key]`) all accept."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterator

from app.core.errors import ToldError
from app.core.messages import Message

KEY_SHAPE = re.compile(r"^[a-z0-9][a-z0-9_:.\-]*$")
_SMALL_WORDS = frozenset(
    "a an the of in on at to for and or with from by is are was "
    "le la les l un une des du de d au aux et ou en sur pour par dans avec ce cette ces qui que "
    "der die das ein eine und el los las y".split())


class CitationKeyError(ToldError, ValueError):
    """A citation key that cannot be used as typed."""


def ascii_word(text: str) -> str:
    """`text` folded to lower-case ASCII letters and digits ("État-Major" → "etatmajor")."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c in string.ascii_lowercase or c in string.digits)


def base_key(*, author: str | None, source: str | None, published: str | None, title: str) -> str:
    """The key before it is made unique: first author's family name (or the outlet), year
    (or "nd"), first significant word of the title."""
    who = "anon"
    if author:
        first = re.split(r"\s*(?:;|,| and | et |&)\s*", author.strip())[0]
        who = ascii_word(first.split()[-1]) if first.split() else ""
    if (not author or not who) and source:
        who = ascii_word(source)[:20]
    who = who or "anon"
    year = (published or "")[:4]
    year = year if year.isdigit() else "nd"
    words = [ascii_word(w) for w in re.split(r"[\s'’\-]+", title)]
    word = next((w for w in words if w and w not in _SMALL_WORDS), "") or next((w for w in words if w), "")
    return f"{who}{year}{word[:20]}"


def unique_key(base: str, taken: Callable[[str], bool]) -> str:
    """`base`, or `base` followed by a, b, …, z, aa, ab, … — the first not `taken`."""
    return next(key for key in candidate_keys(base) if not taken(key))


def candidate_keys(base: str) -> Iterator[str]:
    """`base`, then `base` followed by a, b, …, z, aa, ab, …, in the order they are given."""
    yield base
    number = 0
    while True:
        suffix, n = "", number
        while True:
            suffix = string.ascii_lowercase[n % 26] + suffix
            n = n // 26 - 1
            if n < 0:
                break
        yield base + suffix
        number += 1


def checked_key(value: object) -> str:
    """A typed key, trimmed, or `CitationKeyError` saying what is wrong with it."""
    text = str(value or "").strip()
    if not KEY_SHAPE.match(text):
        raise CitationKeyError(Message("the citation key '{key}' must be lower-case letters, digits and - _ : . "
                                       "(starting with a letter or digit)", key=text))
    return text

"""Splitting article text into sentences, with their positions.

A sentence ends at a line break, or at `.`, `!`, `?` or `…` (with any closing quotes
or brackets after it) followed by a space and what can start a sentence. It does not
end inside a number ("2,1", "1.5"), after a common abbreviation ("M.", "Mme", "cf.",
"p.", "etc." in the middle of a sentence) or after an initial ("J. Smith", "U.S.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset("""
    m mm mme mmes mlle dr pr me st ste av ap j.-c cf ex p pp vol no nos art al fig env approx
    mr mrs ms prof sr jr vs etc inc ltd co corp dept gen gov sen rep jan feb mar apr aug sept oct nov dec
""".split())

_END = re.compile(r"[.!?…]+[»”\"’')\]]*(?=\s+[«“\"(\[A-ZÀ-ÞÉ0-9])")
_WORD_BEFORE = re.compile(r"([\w.-]+)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, in order, without surrounding white space; `start` and
    `end` are code-point offsets into `text` (end exclusive)."""
    sentences: list[Sentence] = []
    line_start = 0
    for line in text.split("\n"):
        _split_line(text, line_start, line, sentences)
        line_start += len(line) + 1
    return sentences


def _split_line(text: str, offset: int, line: str, out: list[Sentence]) -> None:
    start = 0
    for match in _END.finditer(line):
        if _is_abbreviation(line, match.start()):
            continue
        _add(text, offset, line, start, match.end(), out)
        start = match.end()
    _add(text, offset, line, start, len(line), out)


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    word = _WORD_BEFORE.search(line[:dot])
    if not word:
        return False
    token = word.group(1).lower()
    if token in ABBREVIATIONS:
        return True
    letters = token.replace(".", "").replace("-", "")
    return len(letters) == 1 and letters.isalpha()  # an initial: "J. Smith", "U.S."


def _add(text: str, offset: int, line: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(offset + start, offset + end, text[offset + start:offset + end]))

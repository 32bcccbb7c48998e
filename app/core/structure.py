"""A document's structure as marks over its stored body: headings with their level,
list items, block quotes, table cells and figure captions, each a (kind, start, end,
level) span of code points. The body is never changed by them, so highlight offsets stay
exact; an article keeps them in `extras["marks"]`.

Importers give the blocks they read in document order; `locate_blocks` finds each in the
normalised body, after the one before, so whatever normalisation did to the spaces the
marks cover the stored words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

HEADING = "heading"
LIST_ITEM = "list_item"
QUOTE = "quote"
TABLE_CELL = "table_cell"
CAPTION = "caption"
KINDS = (HEADING, LIST_ITEM, QUOTE, TABLE_CELL, CAPTION)

_WORD = re.compile(r"\S+")
# A block is found by its first and last few words: enough to be unambiguous after the
# previous block, and a long block costs no more than a short one.
_EDGE_WORDS = 8
_MAX_MARKS = 20_000
# The next block stands soon after the one before: a block that is not there (text an
# extractor left out) is looked for this far only, so a book's import stays linear.
_SEARCH_SPAN = 50_000


@dataclass(frozen=True)
class Mark:
    """One structural span of the body: `kind` (one of KINDS), code points [start, end),
    and `level` (a heading's 1–6, a list item's nesting from 1; 0 otherwise)."""

    kind: str
    start: int
    end: int
    level: int = 0


def locate_blocks(body: str, blocks: Iterable[tuple[str, int, str]]) -> list[Mark]:
    """Marks over `body` for `blocks`, (kind, level, text) in document order. A block
    whose words are not found after the previous one is left out."""
    marks: list[Mark] = []
    cursor = 0
    for kind, level, text in blocks:
        if len(marks) >= _MAX_MARKS:
            break
        words = _WORD.findall(text)
        if not words or kind not in KINDS:
            continue
        found = _find_words(body, words[:_EDGE_WORDS], cursor, cursor + _SEARCH_SPAN)
        if found is None:
            continue
        start, end = found
        if len(words) > _EDGE_WORDS:
            tail_from = end if len(words) >= 2 * _EDGE_WORDS else start
            tail = _find_words(body, words[-_EDGE_WORDS:], tail_from, tail_from + _SEARCH_SPAN + 2 * len(text))
            if tail is None:
                continue
            end = tail[1]
        marks.append(Mark(kind, start, end, level))
        # Nested blocks (a list item inside a quote) start inside the one before.
        cursor = start if kind in (QUOTE,) else end
    return marks


def _find_words(body: str, words: list[str], start: int, end: int) -> tuple[int, int] | None:
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.compile(pattern).search(body, start, min(end, len(body)))
    return (match.start(), match.end()) if match else None


def marks_to_extras(marks: Iterable[Mark]) -> list[list]:
    """The marks as JSON-ready lists [kind, start, end, level]."""
    return [[mark.kind, mark.start, mark.end, mark.level] for mark in marks]


def marks_from_extras(extras: dict | None, body_length: int | None = None) -> list[Mark]:
    """The valid marks an article's extras hold (none when it was imported before marks
    were kept, or when a value is not a mark)."""
    raw = (extras or {}).get("marks")
    if not isinstance(raw, list):
        return []
    marks = []
    for item in raw:
        if not (isinstance(item, (list, tuple)) and len(item) == 4 and item[0] in KINDS
                and all(isinstance(value, int) and not isinstance(value, bool) for value in item[1:])):
            continue
        kind, start, end, level = item
        if 0 <= start < end and (body_length is None or end <= body_length):
            marks.append(Mark(kind, start, end, level))
    return marks


def section_at(body: str, marks: list[Mark], offset: int) -> str | None:
    """The text of the last heading that starts at or before `offset` (the section the
    offset is in), or None when no heading comes before it."""
    headings = [mark for mark in marks if mark.kind == HEADING]
    starts = [mark.start for mark in headings]
    index = bisect.bisect_right(starts, offset) - 1
    if index < 0:
        return None
    heading = headings[index]
    return " ".join(body[heading.start:heading.end].split()) or None

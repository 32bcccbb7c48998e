"""A document's structure as marks over its stored body: headings with their level,
list items, block quotes, table cells and figure captions, each a (kind, start, end,
level) span of code points, and inside them emphasis (level 1 italic, 2 bold) and links
with their target. The body is never changed by them, so highlight offsets stay exact;
an article keeps them in `extras["marks"]`.

Importers give the blocks they read in document order; `locate_blocks` finds each in the
normalised body, after the one before, so whatever normalisation did to the spaces the
marks cover the stored words. `locate_inline` finds emphasis and links inside the
paragraph that holds them, found the same way.
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
FIGURE = "figure"  # where an article's picture stands; its level is the picture's position
EMPHASIS = "emphasis"
LINK = "link"
BLOCK_KINDS = (HEADING, LIST_ITEM, QUOTE, TABLE_CELL, CAPTION, FIGURE)
INLINE_KINDS = (EMPHASIS, LINK)
KINDS = BLOCK_KINDS + INLINE_KINDS
ITALIC, BOLD = 1, 2  # an emphasis mark's level
LINK_SCHEMES = ("http", "https", "mailto")
_MAX_TARGET_CHARS = 2_000

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
    `level` (a heading's 1–6, a list item's nesting from 1, an emphasis's ITALIC or BOLD;
    0 otherwise) and a link's `target` (an http, https or mailto address)."""

    kind: str
    start: int
    end: int
    level: int = 0
    target: str = ""


def link_target(value: object) -> str | None:
    """`value` as a link's target when it is an http(s) address with a host or a mailto
    address, else None: a link to anything else (javascript:, file:, data:) is not kept."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > _MAX_TARGET_CHARS or any(ord(char) < 32 or char == "\x7f" for char in value):
        return None
    scheme, _, rest = value.partition(":")
    scheme = scheme.lower()
    if scheme in ("http", "https"):
        host = rest.removeprefix("//").split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        return value if rest.startswith("//") and host.strip() and " " not in host else None
    if scheme == "mailto":
        return value if rest.strip() else None
    return None


def locate_blocks(body: str, blocks: Iterable[tuple[str, int, str]]) -> list[Mark]:
    """Marks over `body` for `blocks`, (kind, level, text) in document order. A block
    whose words are not found after the previous one is left out."""
    marks: list[Mark] = []
    cursor = 0
    for kind, level, text in blocks:
        if len(marks) >= _MAX_MARKS:
            break
        words = _WORD.findall(text)
        if not words or kind not in BLOCK_KINDS:
            continue
        found = _find_block(body, words, text, cursor)
        if found is None:
            continue
        start, end = found
        marks.append(Mark(kind, start, end, level))
        # Nested blocks (a list item inside a quote) start inside the one before.
        cursor = start if kind in (QUOTE,) else end
    return marks


def _find_block(body: str, words: list[str], text: str, cursor: int) -> tuple[int, int] | None:
    """Where a block of these words stands in `body` after `cursor`: found by its first
    and last few words."""
    found = _find_words(body, words[:_EDGE_WORDS], cursor, cursor + _SEARCH_SPAN)
    if found is None:
        return None
    start, end = found
    if len(words) > _EDGE_WORDS:
        tail_from = end if len(words) >= 2 * _EDGE_WORDS else start
        tail = _find_words(body, words[-_EDGE_WORDS:], tail_from, tail_from + _SEARCH_SPAN + 2 * len(text))
        if tail is None:
            return None
        end = tail[1]
    return start, end


def _find_words(body: str, words: list[str], start: int, end: int, *,
                whole: bool = False) -> tuple[int, int] | None:
    pattern = r"\s+".join(re.escape(word) for word in words)
    if whole:  # a short span ("a", "de") is a word of its own, not a piece of one
        pattern = (r"(?<!\w)" if words[0][0].isalnum() else "") + pattern + (r"(?!\w)" if words[-1][-1].isalnum() else "")
    match = re.compile(pattern).search(body, start, min(end, len(body)))
    return (match.start(), match.end()) if match else None


def locate_inline(body: str, runs: Iterable[tuple[str, list[tuple[str, int, str, str, int]]]]) -> list[Mark]:
    """Marks over `body` for the emphasis and links of `runs`: each run is a paragraph's
    text and its spans (kind, level, text, target, parent) in document order, `parent`
    the index in the run of the span that holds this one (-1 for none). A paragraph is
    found as `locate_blocks` finds a block, after the one before; each span inside it,
    after the span before (or inside its parent). What is not found is left out."""
    marks: list[Mark] = []
    cursor = 0
    for text, spans in runs:
        if len(marks) >= _MAX_MARKS:
            break
        words = _WORD.findall(text)
        if not words:
            continue
        block = _find_block(body, words, text, cursor)
        if block is None:
            continue
        start, end = block
        cursor = end
        found: list[tuple[int, int] | None] = []
        after = start
        for kind, level, span_text, target, parent in spans:
            place = None
            span_words = _WORD.findall(span_text)
            if kind in INLINE_KINDS and span_words and (kind != LINK or link_target(target)):
                within = found[parent] if 0 <= parent < len(found) else None
                if 0 <= parent < len(found) and within is None:
                    found.append(None)
                    continue
                place = _find_words(body, span_words, within[0] if within else after,
                                    within[1] if within else end, whole=True)
            found.append(place)
            if place is None:
                continue
            if parent < 0:
                after = place[1]
            marks.append(Mark(kind, place[0], place[1], level, link_target(target) or "" if kind == LINK else ""))
    return marks


def marks_to_extras(marks: Iterable[Mark]) -> list[list]:
    """The marks as JSON-ready lists [kind, start, end, level], a link's with its target last."""
    return [[mark.kind, mark.start, mark.end, mark.level, mark.target] if mark.kind == LINK
            else [mark.kind, mark.start, mark.end, mark.level] for mark in marks]


def marks_from_extras(extras: dict | None, body_length: int | None = None) -> list[Mark]:
    """The valid marks an article's extras hold (none when it was imported before marks
    were kept, or when a value is not a mark; a link only with a target `link_target` keeps)."""
    raw = (extras or {}).get("marks")
    if not isinstance(raw, list):
        return []
    marks = []
    for item in raw:
        if not (isinstance(item, (list, tuple)) and len(item) in (4, 5) and item[0] in KINDS
                and all(isinstance(value, int) and not isinstance(value, bool) for value in item[1:4])):
            continue
        kind, start, end, level = item[:4]
        target = link_target(item[4]) if len(item) == 5 else None
        if (kind == LINK) != (len(item) == 5) or (kind == LINK and target is None):
            continue
        if 0 <= start < end and (body_length is None or end <= body_length):
            marks.append(Mark(kind, start, end, level, target or ""))
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

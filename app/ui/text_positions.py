"""Offsets in code points (how Carnet stores them) to positions in a Qt text document
(UTF-16 code units: a character outside the Basic Multilingual Plane counts twice)."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _utf16_table(text: str) -> list[int] | None:
    """Qt position of each code-point offset, or None when they are all equal."""
    if text.isascii() or not _ASTRAL.search(text):
        return None
    return list(itertools.accumulate((2 if ord(char) >= 0x10000 else 1 for char in text), initial=0))


def qt_positions(text: str, offsets: list[int]) -> list[int]:
    """The Qt document positions of these code-point offsets into `text`."""
    table = _utf16_table(text)
    return list(offsets) if table is None else [table[offset] for offset in offsets]


def code_point_offsets(text: str, positions: list[int]) -> list[int]:
    """The code-point offsets into `text` of these Qt document positions."""
    table = _utf16_table(text)
    if table is None:
        return list(positions)
    index = {position: offset for offset, position in enumerate(table)}
    return [index.get(position, bisect.bisect_right(table, position) - 1) for position in positions]


@dataclass(frozen=True)
class TextWindow:
    """The part of a body a text document holds: `text` is `body[start:start + len(text)]`.
    Every conversion between the body's code points and the document's positions goes
    through it, so the window's start is never forgotten."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def holds(self, start: int, end: int | None = None) -> bool:
        """True when the span (or the offset) lies inside the window."""
        return self.start <= start <= self.end and (end is None or end <= self.end)

    def qt_positions(self, offsets: list[int]) -> list[int]:
        """Document positions of these body offsets (clamped to the window)."""
        inside = [min(max(offset, self.start), self.end) - self.start for offset in offsets]
        return qt_positions(self.text, inside)

    def code_point_offsets(self, positions: list[int]) -> list[int]:
        """Body offsets of these document positions."""
        return [self.start + offset for offset in code_point_offsets(self.text, positions)]


WHOLE_BODY_LIMIT = 150_000
"""A body up to this many code points is shown whole; a longer one a part at a time."""
PART_SIZE = 100_000
_SNAP = 2_000  # how far a part's edge may move to fall between words


def window_around(body: str, offset: int, *, size: int = PART_SIZE,
                  whole_limit: int = WHOLE_BODY_LIMIT) -> TextWindow:
    """The part of `body` to show so that `offset` is in it (the whole body when short)."""
    if len(body) <= max(size, whole_limit):
        return TextWindow(0, body)
    offset = min(max(offset, 0), len(body))
    start = _snap_back(body, max(0, offset - size // 4))
    end = min(len(body), start + size)
    if end < len(body):
        end = _snap_back(body, end)
    if end <= offset:  # never drop the offset asked for
        end = min(len(body), offset + 1)
    return TextWindow(start, body[start:end])


def _snap_back(body: str, offset: int) -> int:
    """The nearest point at or before `offset` that follows a space or line end, if close."""
    if offset <= 0 or offset >= len(body):
        return offset
    floor = max(0, offset - _SNAP)
    cut = max(body.rfind("\n", floor, offset), body.rfind(" ", floor, offset))
    return cut + 1 if cut >= 0 else offset

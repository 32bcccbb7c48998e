"""Offsets in code points (how Carnet stores them) to positions in a Qt text document
(UTF-16 code units: a character outside the Basic Multilingual Plane counts twice)."""

from __future__ import annotations

import bisect
import itertools
import re

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

"""Offsets in code points (how Carnet stores them) to positions in a Qt text document
(UTF-16 code units: a character outside the Basic Multilingual Plane counts twice)."""

from __future__ import annotations

import bisect
import itertools


def qt_positions(text: str, offsets: list[int]) -> list[int]:
    """The Qt document positions of these code-point offsets into `text`."""
    if all(ord(char) < 0x10000 for char in text):
        return list(offsets)
    widths = itertools.accumulate((2 if ord(char) >= 0x10000 else 1 for char in text), initial=0)
    table = list(widths)
    return [table[offset] for offset in offsets]


def code_point_offsets(text: str, positions: list[int]) -> list[int]:
    """The code-point offsets into `text` of these Qt document positions."""
    if all(ord(char) < 0x10000 for char in text):
        return list(positions)
    table = list(itertools.accumulate((2 if ord(char) >= 0x10000 else 1 for char in text), initial=0))
    index = {position: offset for offset, position in enumerate(table)}
    return [index.get(position, bisect.bisect_right(table, position) - 1) for position in positions]

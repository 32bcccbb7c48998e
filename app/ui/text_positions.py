"""Offsets in code points (how Carnet stores them) to positions in a Qt text document
(UTF-16 code units: a character outside the Basic Multilingual Plane counts twice)."""

from __future__ import annotations

import itertools


def qt_positions(text: str, offsets: list[int]) -> list[int]:
    """The Qt document positions of these code-point offsets into `text`."""
    if all(ord(char) < 0x10000 for char in text):
        return list(offsets)
    widths = itertools.accumulate((2 if ord(char) >= 0x10000 else 1 for char in text), initial=0)
    table = list(widths)
    return [table[offset] for offset in offsets]

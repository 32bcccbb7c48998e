"""Trimming a passage word by word: moving its start or its end to the next or the
previous word of its sentence, keeping at least one word."""

from __future__ import annotations

import re
from typing import Literal

_WORD = re.compile(r"\S+")  # a word with the punctuation written against it

Edge = Literal["start", "end"]


def moved_edge(text: str, start: int, end: int, *, edge: Edge, words: int) -> tuple[int, int]:
    """The span (`start`, `end`) of `text` with one edge moved by `words` words (forward
    when positive): moving the start forward or the end back shortens the passage, never
    below one word; moving past the sentence's ends stops there."""
    spans = [m.span() for m in _WORD.finditer(text)]
    if not spans:
        return start, end
    inside = [i for i, (s, e) in enumerate(spans) if s >= start and e <= end] or [0]
    first, last = inside[0], inside[-1]
    if edge == "start":
        first = min(max(first + words, 0), last)
        return (0 if first == 0 else spans[first][0]), end
    last = max(min(last + words, len(spans) - 1), first)
    return start, (len(text) if last == len(spans) - 1 else spans[last][1])

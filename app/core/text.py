"""Text normalisation applied once, at import, before offsets can point into a body."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from contextvars import ContextVar
from typing import Iterator

# Control characters that end a line: they become a newline.
_LINE_ENDING_CONTROLS = re.compile("[\x0b\x0c\x85]")
# Every other control character (C0, DEL, C1) but the newline and the tab: terminal
# escapes, NULs, backspaces. Carriage returns are line endings, handled before.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_FIELD_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


class RemovedControls:
    """How many control characters the normalisation removed while it was counted."""

    def __init__(self) -> None:
        self.count = 0


# Importers call `normalise_text` wherever their format needs it; the count of what it
# removed reaches the import report through this, without each importer passing it on.
_tally: ContextVar[RemovedControls | None] = ContextVar("removed_control_characters", default=None)


@contextlib.contextmanager
def counting_removed_controls() -> Iterator[RemovedControls]:
    """Count the control characters that `normalise_text` and `clean_field` remove
    inside the block (in this thread or task)."""
    tally = RemovedControls()
    token = _tally.set(tally)
    try:
        yield tally
    finally:
        _tally.reset(token)


def _count(removed: int) -> None:
    tally = _tally.get()
    if tally is not None:
        tally.count += removed


def normalise_text(text: str) -> str:
    """Return `text` in NFC with `\\n` newlines, without a BOM or surrounding blank space,
    and without control characters other than `\\n` and `\\t` (vertical tab, form feed
    and NEL end a line; the others are removed).

    The result is the stored body of an article, so this must stay deterministic.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_ENDING_CONTROLS.sub("\n", text)
    text, removed = _CONTROL_CHARACTERS.subn("", text)
    _count(removed)
    text = text.lstrip("\ufeff")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def has_control_characters(text: str) -> bool:
    """Whether `text` holds a control character other than `\\n` and `\\t`."""
    return _CONTROL_CHARACTERS.search(text) is not None or _LINE_ENDING_CONTROLS.search(text) is not None


def clean_field(value: str) -> str:
    """A one-line metadata value (a title, an author, a URL) without control
    characters: line breaks and tabs become spaces, the others are removed."""
    if not _FIELD_CONTROLS.search(value):
        return value
    value = re.sub("[\t\n\r\x0b\x0c\x85\u2028\u2029]+", " ", value)
    value, removed = _FIELD_CONTROLS.subn("", value)
    _count(removed)
    return value.strip()


def shortened(text: str, length: int) -> str:
    """`text`, or its first `length` - 1 characters and "…" when it is longer than `length`."""
    return text if len(text) <= length else text[:length - 1] + "…"

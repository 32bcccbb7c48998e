"""Text normalisation applied once, at import, before offsets can point into a body."""

from __future__ import annotations

import unicodedata


def normalise_text(text: str) -> str:
    """Return `text` in NFC with `\\n` newlines, without a BOM or surrounding blank space.

    The result is the stored body of an article, so this must stay deterministic.
    """
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()

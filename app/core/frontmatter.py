"""The YAML front matter that note-taking tools put at the top of Markdown files.

Only the block is found here (core reads no YAML): `app.importers.front_matter` parses it.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Return the YAML source of `text`'s front matter block and the text after it.

    Text without front matter comes back unchanged, with None for the block.
    """
    match = _FENCE.match(text)
    if not match:
        return None, text
    return match.group("yaml") or "", text[match.end():]

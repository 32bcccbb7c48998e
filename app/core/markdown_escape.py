"""Writing user text (quotes, notes, titles, tag names) into Markdown as plain text.

CommonMark lets a backslash escape any ASCII punctuation character, so escaping every
character that could open structure makes the text render as written: emphasis,
links, footnote references (and `^[…]` inline notes), HTML, entities, table pipes,
and — at the start of a line — headings, block quotes, list items, thematic breaks
and code indents.
"""

from __future__ import annotations

import functools
import re

_INLINE = re.compile(r"([\\`*_\[\]<>|~&!#^])")
_LINE_START = re.compile(r"^(?:[#>+\-=*_]|\d+(?=[.)]))")


@functools.lru_cache(maxsize=4096)
def escape_inline(text: str) -> str:
    """`text` on one line, safe inside a paragraph, heading or table cell."""
    return escape_line(" ".join(text.split()))


def _backslashed(match: re.Match) -> str:
    return "\\" + match.group()


def escape_line(line: str) -> str:
    """One line of user text, safe at the start of a Markdown line."""
    line = line.strip()
    if _INLINE.search(line):
        line = _INLINE.sub(_backslashed, line)
    match = _LINE_START.match(line)
    if match and match.group()[0].isdigit():  # "1." opens a list: escape the dot
        line = line[:match.end()] + "\\" + line[match.end():]
    elif match:
        line = "\\" + line
    return line


def escape_lines(text: str) -> list[str]:
    """The lines of multi-line user text, each safe; blank lines kept as ""."""
    return [escape_line(line) if line.strip() else "" for line in text.split("\n")]


def block_quote(text: str) -> str:
    """`text` as one Markdown block quote, paragraphs kept."""
    return "\n".join(f"> {line}" if line else ">" for line in escape_lines(text))

"""Writing user text (quotes, notes, titles, tag names) into Markdown as plain text.

CommonMark lets a backslash escape any ASCII punctuation character, so escaping every
character that could open structure makes the text render as written: emphasis,
links, footnote references (and `^[…]` inline notes), HTML, entities, table pipes,
and — at the start of a line — headings, block quotes, list items, thematic breaks
and code indents (and a colon, which with a pipe on the line before makes a table).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import urlsplit

_INLINE = re.compile(r"([\\`*_\[\]<>|~&!#^])")
_LINE_START = re.compile(r"^(?:[#>+\-=*_:]|\d+(?=[.)]))")
_LINE_BREAK = re.compile("\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_LINK_SCHEMES = ("http", "https")
_DOI_RESOLVER = "https://doi.org/"


def normalise_line_breaks(text: str) -> str:
    """`text` with every kind of line ending written as `\n`."""
    return _LINE_BREAK.sub("\n", text)


@functools.lru_cache(maxsize=4096)
def escape_inline(text: str) -> str:
    """`text` on one line, safe inside a paragraph, heading or table cell."""
    return escape_line(" ".join(text.split()))


def escape_fragment(text: str) -> str:
    """A piece of a line (its spaces kept as they are), safe inside a paragraph."""
    return _INLINE.sub(_backslashed, " ".join(text.split("\n")))


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
    return [escape_line(line) if line.strip() else "" for line in normalise_line_breaks(text).split("\n")]


def block_quote(text: str) -> str:
    """`text` as one Markdown block quote, paragraphs kept."""
    return "\n".join(f"> {line}" if line else ">" for line in escape_lines(text))


def link_or_text(url: str) -> str:
    """An `http`/`https` URL (or a `doi:` name, through the DOI resolver) as an autolink;
    anything else (`javascript:`, `data:`, a URL with spaces or control characters) as
    escaped plain text, which no renderer makes live."""
    target = _link_target(url.strip())
    return f"<{target}>" if target else escape_inline(url)


def _link_target(url: str) -> str | None:
    if not url or any(c in "<>\\" or unicodedata.category(c)[0] in "CZ" for c in url):
        return None
    if url[:4].lower() == "doi:" and url[4:].startswith("10."):
        return _DOI_RESOLVER + url[4:]
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in _LINK_SCHEMES and parts.netloc else None

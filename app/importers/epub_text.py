"""A chapter's XHTML as paragraphs: every block (paragraph, heading, list item, quote,
division, table cell, definition, caption…) gives its own text once, however blocks
nest, and a line break stays a line break (verse)."""

from __future__ import annotations

import re

import lxml.html

from app.core.structure import FIGURE
from app.importers.html_structure import inline_runs, structure_blocks

BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul".split()
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SKIPPED = frozenset("head script style template noscript svg math".split())


def chapter_text(content: bytes | str) -> str:
    """The paragraphs of one chapter (or any HTML), separated by blank lines."""
    return chapter_text_and_structure(content)[0]


def chapter_text_and_structure(content: bytes | str, picture=None) -> tuple[str, list[tuple[str, int, str]], list]:
    """The paragraphs of one chapter (or any HTML), separated by blank lines, its
    structure blocks (headings, list items, quotes, table cells, captions) and the runs
    of its emphasis and links. `picture(src, description)`, when given, is told of each
    `img` and returns the position it keeps the picture at (or None); a (FIGURE,
    position, text) block then gives the paragraph it stands in or before, after the
    structure blocks."""
    root = lxml.html.fromstring(_XML_DECLARATION.sub("", _decoded(content), count=1))
    paragraphs: list[str] = []
    current: list[str] = []
    waiting: list[int] = []  # pictures not yet followed by text
    figures: list[tuple[str, int, str]] = []

    def flush() -> None:
        lines = ("".join(current)).split("\n")
        text = "\n".join(" ".join(line.split()) for line in lines).strip("\n")
        if text.strip():
            paragraphs.append("\n".join(line for line in text.split("\n") if line))
            figures.extend((FIGURE, position, paragraphs[-1]) for position in waiting)
            waiting.clear()
        current.clear()

    def walk(element) -> None:
        tag = _name(element)
        if tag in _SKIPPED:
            return
        block = tag in BLOCKS
        if block:
            flush()
        if tag == "br":
            current.append("\n")
        if tag == "img" and picture is not None and element.get("src"):
            position = picture(element.get("src"), element.get("alt") or "")
            if position is not None:
                waiting.append(position)
        if tag == "pre" and element.text_content():
            current.append(element.text_content())
        else:
            if element.text and tag:
                current.append(element.text)
            for child in element:
                walk(child)
                if child.tail:
                    current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    if waiting and paragraphs:  # pictures after the last paragraph stand at it
        figures.extend((FIGURE, position, paragraphs[-1]) for position in waiting)
    return "\n\n".join(paragraphs), structure_blocks(root) + figures, inline_runs(root)


def _decoded(content: bytes | str) -> str:
    # EPUB chapters are UTF-8 or UTF-16; lxml would read bytes without a declaration as Latin-1.
    if isinstance(content, str):
        return content
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16", "replace")
    return content.decode("utf-8", "replace").lstrip("\ufeff")


def _name(element) -> str:
    tag = element.tag
    if not isinstance(tag, str):  # a comment or a processing instruction
        return ""
    return tag.rsplit("}", 1)[-1].lower()

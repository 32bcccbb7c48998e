"""The structure of an HTML (or XHTML, or trafilatura's XML) tree as blocks for
`core.structure.locate_blocks`: headings (`h1`–`h6`, trafilatura's `head rend="hN"`),
list items with their nesting, block quotes, table cells and figure captions."""

from __future__ import annotations

from app.core.structure import CAPTION, HEADING, LIST_ITEM, QUOTE, TABLE_CELL

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_LISTS = frozenset({"ul", "ol", "list", "dl"})
_ITEMS = frozenset({"li", "item", "dd"})
_QUOTES = frozenset({"blockquote", "quote"})
_CELLS = frozenset({"td", "th", "cell"})
_CAPTIONS = frozenset({"figcaption", "caption"})
# An item's own words stop where a nested block starts: the nested list is marked by itself.
_NESTED = _LISTS | _QUOTES | frozenset({"table"})
_SKIPPED = frozenset({"script", "style", "template", "noscript", "svg", "math"})


def structure_blocks(root) -> list[tuple[str, int, str]]:
    """(kind, level, text) for each structural element under `root`, in document order."""
    if root is None:
        return []
    blocks: list[tuple[str, int, str]] = []
    for element in root.iter():
        tag = _name(element)
        if not tag or tag in _SKIPPED or any(_name(a) in _SKIPPED for a in element.iterancestors()):
            continue
        if tag in _HEADINGS:
            blocks.append((HEADING, _HEADINGS[tag], _text(element)))
        elif tag == "head" and element.getparent() is not None and _name(element.getparent()) != "html":
            rend = element.get("rend") or "h2"
            blocks.append((HEADING, _HEADINGS.get(rend, 2), _text(element)))
        elif tag in _ITEMS:
            depth = sum(1 for ancestor in element.iterancestors() if _name(ancestor) in _LISTS)
            blocks.append((LIST_ITEM, max(1, depth), _own_text(element)))
        elif tag in _QUOTES:
            blocks.append((QUOTE, 0, _text(element)))
        elif tag in _CELLS:
            blocks.append((TABLE_CELL, 0, _text(element)))
        elif tag in _CAPTIONS:
            blocks.append((CAPTION, 0, _text(element)))
    return [block for block in blocks if block[2].strip()]


def _text(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _own_text(element) -> str:
    parts = [element.text or ""]
    for child in element:
        if _name(child) not in _NESTED:
            parts.append(" ".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def _name(element) -> str:
    tag = element.tag
    if not isinstance(tag, str):  # a comment or a processing instruction
        return ""
    return tag.rsplit("}", 1)[-1].lower()

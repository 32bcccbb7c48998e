"""The structure of an HTML (or XHTML, or trafilatura's XML) tree as blocks for
`core.structure.locate_blocks`: headings (`h1`–`h6`, trafilatura's `head rend="hN"`),
list items with their nesting, block quotes, table cells and figure captions; and its
emphasis (`em`, `i`, `cite`, `strong`, `b`) and links (`a href`) as runs of each
paragraph for `core.structure.locate_inline`."""

from __future__ import annotations

from app.core.structure import BOLD, CAPTION, EMPHASIS, HEADING, ITALIC, LINK, LIST_ITEM, QUOTE, TABLE_CELL, link_target

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


_EMPHASES = {"em": ITALIC, "i": ITALIC, "cite": ITALIC, "strong": BOLD, "b": BOLD}
# The elements whose text a paragraph of the stored body holds.
_PARAGRAPHS = frozenset("p li dd dt td th h1 h2 h3 h4 h5 h6 blockquote figcaption caption pre address "
                        "div section article main body".split())
_MAX_INLINE = 20_000
_NOT_PROSE = frozenset("nav header footer aside form menu button select".split())
_MIN_PARAGRAPH_WORDS = 4


def inline_runs(root) -> list[tuple[str, list[tuple[str, int, str, str, int]]]]:
    """(paragraph text, spans) for each paragraph under `root` that holds emphasis or a
    link, in document order; a span is (kind, level, text, target, parent), `parent` the
    index of the span that holds it in its paragraph (-1 for none). A link is kept only
    with an http(s) or mailto target."""
    if root is None:
        return []
    runs: list[tuple[str, list]] = []
    paragraph, spans, places = None, [], {}
    count = 0
    # A paragraph's text, read once however often its spans alternate; the elements are kept
    # with their ids so that an id is never reused for another element meanwhile.
    texts: dict[int, tuple[object, str]] = {}
    held: list = []

    def text_of(element) -> str:
        if id(element) not in texts:
            texts[id(element)] = (element, _joined_text(element))
        return texts[id(element)][1]

    for element in root.iter():
        tag = _name(element)
        target = link_target(element.get("href")) if tag == "a" else None
        if tag not in _EMPHASES and target is None:
            continue
        ancestors = list(element.iterancestors())
        if any(_name(a) in _SKIPPED or _name(a) in _NOT_PROSE for a in ancestors):
            continue
        holder = next((a for a in ancestors if _name(a) in _PARAGRAPHS), root)
        if holder is not paragraph:
            if spans:
                runs.append((text_of(paragraph), spans))
            paragraph, spans, places = holder, [], {}
        text = _joined_text(element)
        if not text:
            continue
        parent = next((places[id(a)] for a in ancestors if id(a) in places), -1)
        places[id(element)] = len(spans)
        held.append(element)
        spans.append((LINK, 0, text, target, parent) if target else (EMPHASIS, _EMPHASES[tag], text, "", parent))
        count += 1
        if count >= _MAX_INLINE:
            break
    if spans:
        runs.append((text_of(paragraph), spans))
    # A few words (a menu's "Kunst") could be found anywhere in the body.
    return [(text, spans) for text, spans in runs if len(text.split()) >= _MIN_PARAGRAPH_WORDS]


def _joined_text(element) -> str:
    # Text pieces joined as they stand: "<em>mot</em>," is "mot,", as the body holds it.
    return " ".join("".join(element.itertext()).split())


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

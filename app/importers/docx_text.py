"""The text of a Word document's XML, in document order: paragraphs and tables (a row's
cells separated by a tab), content controls, text boxes after the paragraph that
anchors them, equations as their text, and footnote and endnote references as
"[n]" with the notes' text for the end of the article; and the structure (headings,
list items, quotes, captions by their paragraph style, table cells) as blocks for
`core.structure`, with each paragraph's bold and italic runs and hyperlinks."""

from __future__ import annotations

import re

from lxml import etree

from app.core.structure import BOLD, CAPTION, EMPHASIS, FIGURE, HEADING, ITALIC, LINK, LIST_ITEM, QUOTE, TABLE_CELL, link_target

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

_PARAGRAPH = f"{{{_W}}}p"
_TABLE = f"{{{_W}}}tbl"
_ROW = f"{{{_W}}}tr"
_CELL = f"{{{_W}}}tc"
_CONTENT_CONTROL = f"{{{_W}}}sdt"
_CONTENT_CONTROL_BODY = f"{{{_W}}}sdtContent"
_TEXT = {f"{{{_W}}}t", f"{{{_M}}}t"}
_TAB = f"{{{_W}}}tab"
_NON_BREAKING_HYPHEN = f"{{{_W}}}noBreakHyphen"
_BREAKS = {f"{{{_W}}}br", f"{{{_W}}}cr"}
_NOTE_REFERENCES = {f"{{{_W}}}footnoteReference", f"{{{_W}}}endnoteReference"}
_TEXT_BOX = f"{{{_W}}}txbxContent"
# Word writes each text box twice (a DrawingML one and a VML fallback), and a paragraph's
# properties carry a mark for deleted text: neither is read.
_SKIPPED = {f"{{{_MC}}}Fallback", f"{{{_W}}}pPr", f"{{{_W}}}rPr", f"{{{_W}}}del"}
_NOTE = {f"{{{_W}}}footnote", f"{{{_W}}}endnote"}
_NOTE_TYPE = f"{{{_W}}}type"
_ID = f"{{{_W}}}id"
_PARAGRAPH_PROPERTIES = f"{{{_W}}}pPr"
_STYLE = f"{{{_W}}}pStyle"
_NUMBERING = f"{{{_W}}}numPr"
_NUMBERING_LEVEL = f"{{{_W}}}ilvl"
_OUTLINE_LEVEL = f"{{{_W}}}outlineLvl"
_VAL = f"{{{_W}}}val"
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
_STYLED_LIST_LEVEL = re.compile(r"\s(\d)$")
_QUOTE_STYLES = {"quote", "intense quote", "block text"}
_DRAWING = f"{{{_W}}}drawing"
_PICTURE = f"{{{_W}}}pict"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_DOC_PROPERTIES = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_RUN = f"{{{_W}}}r"
_RUN_PROPERTIES = f"{{{_W}}}rPr"
_RUN_STYLE = f"{{{_W}}}rStyle"
_HYPERLINK = f"{{{_W}}}hyperlink"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_TOGGLES = ((f"{{{_W}}}b", BOLD), (f"{{{_W}}}i", ITALIC))
_OFF = {"0", "false", "off", "none"}
_EMPHASIS_STYLES = {"strong": BOLD, "emphasis": ITALIC, "intense emphasis": ITALIC}


class DocumentText:
    """Reads a document's body and notes; `note_numbers` numbers the notes in the order
    the text refers to them."""

    def __init__(self, style_names: dict[str, str] | None = None, link_targets: dict[str, str] | None = None,
                 picture=None) -> None:
        self.note_numbers: dict[tuple[str, str], int] = {}
        self.style_names = style_names or {}
        self.link_targets = link_targets or {}  # hyperlinks' addresses by relationship id
        self.structure: list[tuple[str, int, str]] = []
        self.inline: list[tuple[str, list[tuple[str, int, str, str, int]]]] = []
        self._cell_depth = 0
        self._spans: list[tuple[str, int, str, str, int]] = []
        # `picture(relationship id, description)` keeps a picture and gives its position, or None.
        self._picture = picture
        self.figures: list[tuple[str, int, str]] = []  # (FIGURE, position, paragraph text)
        self._waiting: list[int] = []

    def blocks(self, container: etree._Element) -> list[str]:
        """The text blocks of a body, a table cell, a text box or a note, in order."""
        found: list[str] = []
        for child in container:
            if child.tag == _PARAGRAPH:
                boxes: list[etree._Element] = []
                text = self._paragraph(child, boxes)
                if text.strip():
                    found.append(text.strip())
                    # A picture stands at the paragraph that holds it, or else at the next one.
                    self.figures += [(FIGURE, position, text.strip()) for position in self._waiting]
                    self._waiting.clear()
                    if not self._cell_depth and (kind := self._paragraph_kind(child)) is not None:
                        self.structure.append((*kind, text.strip()))
                for box in boxes:
                    found += self.blocks(box)
            elif child.tag == _TABLE:
                found += self._table(child)
            elif child.tag == _CONTENT_CONTROL:
                for body in child.iter(_CONTENT_CONTROL_BODY):
                    found += self.blocks(body)
                    break
        return found

    def notes(self, root: etree._Element | None, kind: str) -> dict[int, str]:
        """The text of the footnotes or endnotes (`kind`) the body referred to, by number."""
        found: dict[int, str] = {}
        if root is None:
            return found
        for note in root:
            if note.tag not in _NOTE or note.get(_NOTE_TYPE) in ("separator", "continuationSeparator",
                                                                 "continuationNotice"):
                continue
            number = self.note_numbers.get((kind, note.get(_ID, "")))
            if number is not None:
                found[number] = " ".join(self.blocks(note))
        return found

    def _paragraph(self, paragraph: etree._Element, boxes: list[etree._Element]) -> str:
        parts: list[str] = []
        self._spans = []
        self._inline(paragraph, parts, boxes)
        text = "".join(parts)
        if self._spans and text.strip():
            self.inline.append((text.strip(), self._spans))
        self._spans = []
        return text

    def _span(self, kind: str, level: int, element: etree._Element, parts: list[str],
              boxes: list[etree._Element], target: str = "", parent: int = -1) -> None:
        """Read `element` (a run or a hyperlink) into `parts`, and note it as a span."""
        slot = len(self._spans)
        self._spans.append((kind, level, "", target, parent))
        first = len(parts)
        self._inline(element, parts, boxes, parent=slot)
        text = " ".join("".join(parts[first:]).split())
        self._spans[slot] = (kind, level, text, target, parent)

    def _pictures_in(self, drawing: etree._Element) -> None:
        properties = next(drawing.iter(_DOC_PROPERTIES), None)
        description = (properties.get("descr") or properties.get("title") or "") if properties is not None else ""
        for image in (*drawing.iter(_BLIP), *drawing.iter(_VML_IMAGE)):
            if any(ancestor.tag in _SKIPPED for ancestor in image.iterancestors()):
                continue  # the fallback copy of a picture shown above
            key = image.get(_EMBED) or image.get(_RELATIONSHIP_ID) or ""
            if key and (position := self._picture(key, description)) is not None:
                self._waiting.append(position)

    def _emphasis(self, run: etree._Element) -> int:
        properties = run.find(_RUN_PROPERTIES)
        if properties is None:
            return 0
        level = 0
        for tag, value in _TOGGLES:
            toggle = properties.find(tag)
            if toggle is not None and (toggle.get(_VAL) or "true").lower() not in _OFF:
                level = max(level, value)
        style = properties.find(_RUN_STYLE)
        if style is not None:
            name = self.style_names.get(style.get(_VAL, ""), style.get(_VAL, "")).strip().casefold()
            level = max(level, _EMPHASIS_STYLES.get(name, 0))
        return level

    def _inline(self, element: etree._Element, parts: list[str], boxes: list[etree._Element],
                parent: int = -1) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIPPED or not isinstance(tag, str):
                continue
            if tag == _HYPERLINK and (target := link_target(self.link_targets.get(child.get(_RELATIONSHIP_ID, "")))):
                self._span(LINK, 0, child, parts, boxes, target, parent)
            elif tag == _RUN and (level := self._emphasis(child)):
                self._span(EMPHASIS, level, child, parts, boxes, parent=parent)
            elif tag in _TEXT:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag == _NON_BREAKING_HYPHEN:
                parts.append("-")
            elif tag in _BREAKS:
                parts.append("\n")
            elif tag in _NOTE_REFERENCES:
                kind = "footnote" if tag.endswith("footnoteReference") else "endnote"
                key = (kind, child.get(_ID, ""))
                number = self.note_numbers.setdefault(key, len(self.note_numbers) + 1)
                parts.append(f"[{number}]")
            elif tag == _TEXT_BOX:
                boxes.append(child)
            elif tag in (_DRAWING, _PICTURE) and self._picture is not None:
                self._pictures_in(child)
                self._inline(child, parts, boxes, parent)
            else:
                self._inline(child, parts, boxes, parent)

    def _paragraph_kind(self, paragraph: etree._Element) -> tuple[str, int] | None:
        properties = paragraph.find(_PARAGRAPH_PROPERTIES)
        if properties is None:
            return None
        style = properties.find(_STYLE)
        name = self.style_names.get(style.get(_VAL, ""), style.get(_VAL, "")) if style is not None else ""
        name = name.strip().casefold()
        if (heading := _HEADING_STYLE.match(name)) is not None:
            return HEADING, max(1, int(heading.group(1)))
        if name == "title":
            return HEADING, 1
        outline = properties.find(_OUTLINE_LEVEL)
        if outline is not None and (outline.get(_VAL) or "").isdigit() and int(outline.get(_VAL)) < 9:
            return HEADING, int(outline.get(_VAL)) + 1
        if name in _QUOTE_STYLES:
            return QUOTE, 0
        if name == "caption":
            return CAPTION, 0
        numbering = properties.find(_NUMBERING)
        if numbering is not None or name.startswith("list"):
            level = numbering.find(_NUMBERING_LEVEL) if numbering is not None else None
            if level is not None and (level.get(_VAL) or "").isdigit():
                return LIST_ITEM, int(level.get(_VAL)) + 1
            styled = _STYLED_LIST_LEVEL.search(name)  # "List Bullet 2"
            return LIST_ITEM, int(styled.group(1)) if styled else 1
        return None

    def _table(self, table: etree._Element) -> list[str]:
        rows = []
        for row in table.iter(_ROW):
            if _enclosing_table(row) is not table:
                continue  # a nested table's rows are read in their cell
            self._cell_depth += 1
            try:
                cells = [" ".join(" ".join(self.blocks(cell)).split()) for cell in row if cell.tag == _CELL]
            finally:
                self._cell_depth -= 1
            if any(cell.strip() for cell in cells):
                rows.append("\t".join(cells))
                if not self._cell_depth:
                    self.structure += [(TABLE_CELL, 0, cell) for cell in cells if cell.strip()]
        return rows


def _enclosing_table(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != _TABLE:
        parent = parent.getparent()
    return parent

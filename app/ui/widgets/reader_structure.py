"""How the reader draws an article's structure marks (headings larger and bold, quotes
and captions in italics, list items indented, emphasis in italics or bold, links in the
link colour with a dashed underline), and the links under a position. Only formats
change: the text stays the plain body."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QApplication

from app.core.structure import (BOLD, CAPTION, EMPHASIS, HEADING, LINK, LINK_SCHEMES, LIST_ITEM, QUOTE, Mark,
                                link_target)

DRAWN = (HEADING, QUOTE, LIST_ITEM, CAPTION, EMPHASIS, LINK)
INDENT_PER_LEVEL = 24  # pixels


def structure_formats(mark: Mark) -> tuple[QTextCharFormat | None, QTextBlockFormat | None]:
    """The character and block formats that draw one mark."""
    character = QTextCharFormat()
    block = QTextBlockFormat()
    if mark.kind == HEADING:
        character.setFontWeight(QFont.Weight.Bold)
        # Qt's relative sizes (as its HTML import gives h1–h3), so zooming scales headings too.
        character.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 3 - mark.level))
        block.setTopMargin(6)
        return character, block
    if mark.kind == QUOTE:
        character.setFontItalic(True)
        block.setLeftMargin(INDENT_PER_LEVEL)
        return character, block
    if mark.kind == CAPTION:
        character.setFontItalic(True)
        character.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        return character, None
    if mark.kind == EMPHASIS:
        if mark.level == BOLD:
            character.setFontWeight(QFont.Weight.Bold)
        else:
            character.setFontItalic(True)
        return character, None
    if mark.kind == LINK:
        # Dashed, so a link is not taken for a search match (underlined in full).
        character.setForeground(QApplication.palette().color(QPalette.ColorRole.Link))
        character.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        character.setFontUnderline(True)
        return character, None
    block.setLeftMargin(INDENT_PER_LEVEL * max(1, mark.level))
    return None, block


def link_at(marks: list[Mark], offset: int) -> str | None:
    """The target of the innermost link covering this code-point offset, or None."""
    covering = [mark for mark in marks if mark.kind == LINK and mark.start <= offset < mark.end]
    return min(covering, key=lambda mark: mark.end - mark.start).target if covering else None


def link_tooltip(target: str) -> str:
    """A link's target as rich text, escaped, with what a click does."""
    hint = QCoreApplication.translate("ArticleReader", "Click to open in the browser")
    return f"<nobr>{html.escape(target)}</nobr><br><i>{html.escape(hint)}</i>"


def open_link(target: str) -> bool:
    """Open an http(s) or mailto target with the desktop's browser or mail program (the
    reader itself fetches nothing); whether it was one it opens."""
    if link_target(target) is None or QUrl(target).scheme().lower() not in LINK_SCHEMES:
        return False
    return QDesktopServices.openUrl(QUrl(target))

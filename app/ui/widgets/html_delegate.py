"""An item delegate that draws a model's rich text (one role of HTML) wrapped to the
width of its view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.rich_text import InertDocument

PADDING = 6
CACHED_DOCUMENTS = 2000


class HtmlDelegate(QStyledItemDelegate):
    """Laid-out documents are kept by text and width: a view asks for the size of each
    row several times, and laying out rich text is the slow part."""

    def __init__(self, html_role: int, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._html_role = html_role
        self._view = view
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> QTextDocument:
        text, width = index.data(self._html_role) or "", max(width, 120)
        key = (text, width, option.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > CACHED_DOCUMENTS:
                self._documents.clear()
            document = InertDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(PADDING)
            document.setHtml(text)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index, option.rect.width())
        option.text = ""
        self._view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, self._view)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = option.rect.width() if option.rect.width() > 0 else self._view.viewport().width()
        document = self._document(option, index, width)
        return QSize(int(document.idealWidth()), int(document.size().height()))

"""The highlights of the article shown: choose one to go to it, edit its note, delete it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.highlight import Highlight
from app.ui.models.highlight_list_model import HTML_ROLE, HighlightListModel
from app.ui.widgets.html_delegate import HtmlDelegate


class HighlightsPanel(QWidget):
    highlight_chosen = Signal(object)
    """A Highlight the user picked in the list."""
    delete_requested = Signal(object)
    note_edited = Signal(object, str)
    """A Highlight and its new note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Highlights"), objectName="highlights_title")
        self.model = HighlightListModel(self)
        self.list = QListView(objectName="highlights_list")
        self.list.setAccessibleName(self.tr("Highlights"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(HTML_ROLE, self.list))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        # Lay out long lists a batch at a time, so an article with hundreds of
        # highlights opens at once and the rest is measured while idle.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(40)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note = QPlainTextEdit(objectName="note_editor")
        self.note.setAccessibleName(self.tr("Note of the chosen highlight"))
        self.note.setPlaceholderText(self.tr("Note (Markdown) — Ctrl+Enter to save"))
        self.note.setMaximumHeight(120)
        self.save_note = QPushButton(self.tr("Save note"), objectName="save_note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.note)
        layout.addWidget(self.save_note)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.save_note.clicked.connect(self._commit_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.note, self._commit_note)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self._request_delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._editable = True
        self._show_note(None)

    def set_highlights(self, highlights: list[Highlight], colours: dict[int, str]) -> None:
        """Show these highlights, keeping the chosen one chosen when it is still there."""
        current = self.current_highlight()
        self.model.set_highlights(highlights, colours)
        self.title.setText(self.tr("Highlights ({count})").format(count=len(highlights)))
        row = self.model.row_of(current.id) if current else None
        if row is not None:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)
        self._show_note(self.current_highlight())

    def current_highlight(self) -> Highlight | None:
        index = self.list.currentIndex()
        return self.model.highlight(index.row()) if index.isValid() else None

    def choose(self, highlight_id: int) -> None:
        row = self.model.row_of(highlight_id)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        highlight = self.model.highlight(current.row()) if current.isValid() else None
        self._show_note(highlight)
        if highlight is not None:
            self.highlight_chosen.emit(highlight)

    def set_editable(self, editable: bool) -> None:
        """Let notes be edited and highlights deleted here, or only read."""
        self._editable = editable
        self.note.setReadOnly(not editable)
        self.save_note.setVisible(editable)

    def _show_note(self, highlight: Highlight | None) -> None:
        self.note.setPlainText(highlight.note if highlight else "")
        self.note.setEnabled(highlight is not None)
        self.save_note.setEnabled(highlight is not None and self._editable)

    def _commit_note(self) -> None:
        highlight = self.current_highlight()
        if highlight is not None and self._editable and self.note.toPlainText() != highlight.note:
            self.note_edited.emit(highlight, self.note.toPlainText())

    def _request_delete(self) -> None:
        highlight = self.current_highlight()
        if highlight is not None and self._editable:
            self.delete_requested.emit(highlight)

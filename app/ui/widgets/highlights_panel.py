"""The highlights of the article shown: choose one to go to it, edit its note, delete it.

A note being typed is saved when the editor lets go of its highlight (another one or
another article chosen, the panel hidden, the window closed), after a short pause in
typing, and at least every `NOTE_SAVE_AT_LEAST_MS` while typing goes on, so nothing
typed more than about two seconds before a crash is lost."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
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
from app.ui.retranslating import Retranslating
from app.ui.widgets.html_delegate import HtmlDelegate


class HighlightsPanel(Retranslating, QWidget):
    highlight_chosen = Signal(object)
    """A Highlight the user picked in the list."""
    delete_requested = Signal(object)
    note_edited = Signal(object, str, int)
    """A Highlight, its new note, and the editing stretch it belongs to: the saves of one
    stretch (typing in one highlight's note without leaving it) are one undoable edit."""

    NOTE_PAUSE_MS = 700
    NOTE_SAVE_AT_LEAST_MS = 1500

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(objectName="highlights_title")
        self.model = HighlightListModel(self)
        self.list = QListView(objectName="highlights_list")
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
        self.note.setMaximumHeight(120)
        self.save_note = QPushButton(objectName="save_note")
        self._count: int | None = None  # highlights listed: None before an article is shown
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.note)
        layout.addWidget(self.save_note)
        self._editing: Highlight | None = None  # the highlight whose note is in the editor
        self._saved_note = ""  # what the editor held when it was last loaded or saved
        self._stretch = 0
        self._pause = QTimer(self, singleShot=True, interval=self.NOTE_PAUSE_MS, timeout=self.commit_note)
        self._at_least = QTimer(self, singleShot=True, interval=self.NOTE_SAVE_AT_LEAST_MS, timeout=self.commit_note)
        self.note.textChanged.connect(self._on_note_typed)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.save_note.clicked.connect(self.commit_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.note, self.commit_note)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self._request_delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._editable = True
        self._show_note(None)

    def set_highlights(self, highlights: list[Highlight], colours: dict[int, str]) -> None:
        """Show these highlights, keeping the chosen one chosen when it is still there.

        A note being typed is saved first when its highlight goes; when it stays, what is
        typed stays in the editor (a change of the stored note shows only if nothing
        is waiting to be saved)."""
        current = self.current_highlight()
        still_there = current is not None and any(h.id == current.id for h in highlights)
        if not still_there:
            self.commit_note()
        self.model.set_highlights(highlights, colours)
        self._count = len(highlights)
        self.title.setText(self.tr("Highlights ({count})").format(count=self._count))
        row = self.model.row_of(current.id) if current else None
        if row is not None:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)
        self._show_note(self.current_highlight())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Highlights") if self._count is None
                           else self.tr("Highlights ({count})").format(count=self._count))
        self.list.setAccessibleName(self.tr("Highlights"))
        self.note.setAccessibleName(self.tr("Note of the chosen highlight"))
        self.note.setPlaceholderText(self.tr("Note (Markdown) — Ctrl+Enter to save"))
        self.save_note.setText(self.tr("Save note"))
        self.model.layoutChanged.emit()  # its rows' words ("untagged", statuses)

    def current_highlight(self) -> Highlight | None:
        index = self.list.currentIndex()
        return self.model.highlight(index.row()) if index.isValid() else None

    def choose(self, highlight_id: int) -> None:
        row = self.model.row_of(highlight_id)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.commit_note()
        highlight = self.model.highlight(current.row()) if current.isValid() else None
        self._show_note(highlight)
        if highlight is not None:
            self.highlight_chosen.emit(highlight)

    def set_editable(self, editable: bool) -> None:
        """Let notes be edited and highlights deleted here, or only read."""
        self._editable = editable
        self.note.setReadOnly(not editable)
        self.save_note.setVisible(editable)

    @property
    def note_is_unsaved(self) -> bool:
        return self._editing is not None and self.note.toPlainText() != self._saved_note

    def _show_note(self, highlight: Highlight | None) -> None:
        same = highlight is not None and self._editing is not None and highlight.id == self._editing.id
        if not same:
            self._stretch += 1
        if same and self.note_is_unsaved:
            # Keep the note as the editor first showed it: saving over a note changed
            # elsewhere meanwhile is then noticed, and undone to that note.
            highlight = dataclasses.replace(highlight, note=self._editing.note)
        self._editing = highlight
        if not (same and self.note_is_unsaved):
            stored = highlight.note if highlight else ""
            if self.note.toPlainText() != stored:
                cursor = self.note.textCursor().position()
                self.note.blockSignals(True)
                self.note.setPlainText(stored)
                self.note.blockSignals(False)
                if same:
                    moved = self.note.textCursor()
                    moved.setPosition(min(cursor, len(stored)))
                    self.note.setTextCursor(moved)
            self._saved_note = stored
        self.note.setEnabled(highlight is not None)
        self.save_note.setEnabled(highlight is not None and self._editable)

    def _on_note_typed(self) -> None:
        if self._editing is None or not self._editable:
            return
        self._pause.start()
        if not self._at_least.isActive():
            self._at_least.start()

    def commit_note(self) -> None:
        """Save the note being typed, if anything in it is not saved yet."""
        self._pause.stop()
        self._at_least.stop()
        highlight = self._editing
        if highlight is None or not self._editable or not self.note_is_unsaved:
            return
        text = self.note.toPlainText()
        self._saved_note = text  # before the signal: saving refreshes this panel
        self.note_edited.emit(highlight, text, self._stretch)

    def hideEvent(self, event) -> None:
        self.commit_note()
        super().hideEvent(event)

    def _request_delete(self) -> None:
        highlight = self.current_highlight()
        if highlight is not None and self._editable:
            self.delete_requested.emit(highlight)

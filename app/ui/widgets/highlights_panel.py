"""The highlights of the article shown: choose one to go to it, edit its note, delete it.
In a library with more than one member, a filter shows one's own, everyone's or one
member's.

A note being typed is saved when the editor lets go of its highlight (another one or
another article chosen, the panel hidden, the window closed), after a short pause in
typing, and at least every `NOTE_SAVE_AT_LEAST_MS` while typing goes on, so nothing
typed more than about two seconds before a crash is lost."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.highlight import Highlight
from app.core.people import OWNER, Person
from app.ui.models.highlight_list_model import HTML_ROLE, HighlightListModel
from app.ui.retranslating import Retranslating
from app.ui.rich_text import safe_colour
from app.ui.widgets.html_delegate import HtmlDelegate


class HighlightsPanel(Retranslating, QWidget):
    highlight_chosen = Signal(object)
    """A Highlight the user picked in the list."""
    delete_requested = Signal(object)
    note_edited = Signal(object, str, int)
    """A Highlight, its new note, and the editing stretch it belongs to: the saves of one
    stretch (typing in one highlight's note without leaving it) are one undoable edit."""

    MINE, EVERYONE = "mine", "everyone"
    """The author filter's first two choices; the others are members' roles."""

    NOTE_PAUSE_MS = 700
    NOTE_SAVE_AT_LEAST_MS = 1500

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(objectName="highlights_title")
        self.author_filter = QComboBox(objectName="highlights_author_filter")
        self.author_filter.hide()
        self._all: list[Highlight] = []  # the article's highlights; the list shows the author filter's
        self._people: list[Person] = []
        self._me: Person = OWNER
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
        self._total = 0  # the article's highlights, whoever made them
        self._colours: dict[int, str] = {}
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.author_filter)
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
        self.author_filter.currentIndexChanged.connect(lambda _index: self._show_filtered())
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
        self._all, self._colours = list(highlights), dict(colours)
        self._show_filtered()

    def set_people(self, people: list[Person], me: Person) -> None:
        """The library's members and the one it is open as: with more than one member,
        each highlight shows its author and the author filter is offered."""
        self._people, self._me = list(people), me
        self.model.set_people(people)
        chosen = self.author_filter.currentData()
        self.author_filter.blockSignals(True)
        self.author_filter.clear()
        self.author_filter.addItem(self.tr("Mine"), self.MINE)
        self.author_filter.addItem(self.tr("Everyone"), self.EVERYONE)
        for person in people:
            if person.role is not None:
                self.author_filter.addItem(_swatch(person.colour), person.name, person.role)
        index = self.author_filter.findData(chosen) if chosen is not None else -1
        self.author_filter.setCurrentIndex(index if index >= 0 else 1)
        self.author_filter.blockSignals(False)
        self.author_filter.setVisible(len(people) > 1)
        if self._count is not None:
            self._show_filtered()

    def knows_author(self, role: str | None) -> bool:
        return any(person.role == role for person in self._people)

    def show_author(self, choice: str) -> None:
        """Show `MINE`, `EVERYONE` or the highlights of the member with this role."""
        index = self.author_filter.findData(choice)
        if index >= 0:
            self.author_filter.setCurrentIndex(index)

    def _wanted(self, highlight: Highlight) -> bool:
        choice = self.author_filter.currentData()
        if len(self._people) < 2 or choice in (None, self.EVERYONE):
            return True
        if choice == self.MINE:
            return highlight.author == self._me.role
        return highlight.author == choice

    def _show_filtered(self) -> None:
        highlights = [h for h in self._all if self._wanted(h)]
        current = self.current_highlight()
        still_there = current is not None and any(h.id == current.id for h in highlights)
        if not still_there:
            self.commit_note()
        self.model.set_highlights(highlights, self._colours)
        self._count = len(highlights)
        self._total = len(self._all)
        self.title.setText(self._title())
        row = self.model.row_of(current.id) if current else None
        if row is not None:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)
        self._show_note(self.current_highlight())

    def retranslate(self) -> None:
        self.title.setText(self._title())
        self.list.setAccessibleName(self.tr("Highlights"))
        self.author_filter.setAccessibleName(self.tr("Whose highlights"))
        self.author_filter.setToolTip(self.tr("Show your highlights, everyone's, or one member's"))
        if self.author_filter.count() >= 2:
            self.author_filter.setItemText(0, self.tr("Mine"))
            self.author_filter.setItemText(1, self.tr("Everyone"))
        self.note.setAccessibleName(self.tr("Note of the chosen highlight"))
        self.note.setPlaceholderText(self.tr("Note (Markdown) — Ctrl+Enter to save"))
        self.save_note.setText(self.tr("Save note"))
        self.model.layoutChanged.emit()  # its rows' words ("untagged", statuses)

    def _title(self) -> str:
        if self._count is None:
            return self.tr("Highlights")
        if self._count != self._total:
            return self.tr("Highlights ({count} of {total})").format(count=self._count, total=self._total)
        return self.tr("Highlights ({count})").format(count=self._count)

    def current_highlight(self) -> Highlight | None:
        index = self.list.currentIndex()
        return self.model.highlight(index.row()) if index.isValid() else None

    def choose(self, highlight_id: int) -> None:
        """Choose a highlight of the article, showing everyone's if the filter hid it."""
        if self.model.row_of(highlight_id) is None and any(h.id == highlight_id for h in self._all):
            self.show_author(self.EVERYONE)
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


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(safe_colour(colour)))
    return QIcon(pixmap)

"""Reviewing suggested highlights at keyboard speed: Enter accepts (with the suggested
tag), a tag's key 1–9 accepts with that tag instead, Backspace rejects (never proposed
again for that sentence and tag), the arrows move. Every answer can be undone. The
suggestions are found by a background task: the dialog opens at once with its progress
and a Cancel."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QListView, QVBoxLayout, QWidget

from app.services.annotating import AnnotationService
from app.services.suggesting import Suggestion, SuggestionService
from app.services.tagging import TagService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.highlight_commands import AddHighlightCommand
from app.ui.commands.suggestion_commands import RejectSuggestionCommand
from app.ui.rich_text import safe_colour
from app.ui.tasks import TaskRunner
from app.ui.widgets.html_delegate import HtmlDelegate
from app.ui.widgets.task_progress import TaskProgress

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class SuggestionListModel(QAbstractListModel):
    def __init__(self, suggestions: list[Suggestion], colours: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        self._suggestions, self._colours = list(suggestions), colours

    def suggestion(self, row: int) -> Suggestion:
        return self._suggestions[row]

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.beginResetModel()
        self._suggestions = list(suggestions)
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._suggestions[row]
        self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._suggestions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        suggestion = self._suggestions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return suggestion.text
        if role == HTML_ROLE:
            colour = safe_colour(self._colours.get(suggestion.tag_id))
            reason = self.tr("because of: {words}").format(words=", ".join(map(html.escape, suggestion.triggers)))
            return (f'<span style="background-color:{colour}; color:black">&nbsp;{html.escape(suggestion.tag_name)}'
                    f"&nbsp;</span> <small>{reason}</small><br>{html.escape(suggestion.text)}")
        return None


class SuggestionsDialog(QDialog):
    loaded = Signal()
    """The suggestions are in the list."""

    def __init__(self, suggesting: SuggestionService, notes: AnnotationService, tags: TagService,
                 stack: QUndoStack, events: AnnotationEvents, *, article_id: int | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested highlights"))
        self.resize(720, 520)
        self._suggesting, self._notes, self._stack, self._events = suggesting, notes, stack, events
        all_tags = tags.tags()
        self._keys = {tag.shortcut: tag for tag in all_tags if tag.shortcut}
        self.model = SuggestionListModel([], {tag.id: tag.colour for tag in all_tags}, self)
        self.list = QListView(objectName="suggestions_list")
        self.list.setAccessibleName(self.tr("Suggested highlights"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(HTML_ROLE, self.list))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        # Rows of rich text are measured a few at a time between events, so that
        # thousands of suggestions arrive without freezing the window.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(20)
        self.list.installEventFilter(self)
        self.help = QLabel(self.tr("Enter: accept · 1–9: accept with that tag · Backspace: reject · "
                                   "↑↓: move · Ctrl+Z: undo"))
        self.count = QLabel(self.tr("Looking for suggestions…"))
        self.progress = TaskProgress(self.tr("Reading {done} of {total} articles…"), self)
        self.progress.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.help)
        self.finished.connect(lambda _result: self.progress.cancel())
        # A whole library is read in a child process: its pure-Python work would
        # otherwise hold the interpreter lock the window's thread needs to paint.
        find = suggesting.suggestions if article_id is not None else suggesting.suggestions_apart
        self.progress.run(runner, lambda progress, cancel: find(article_id=article_id, progress=progress,
                                                                cancel=cancel),
            finished=self._show_suggestions, failure=self.tr("The suggestions could not be found"))

    @property
    def loading(self) -> bool:
        return self.progress.running

    def _show_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.model.set_suggestions(suggestions)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self._show_count()
        self.loaded.emit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        row = self.list.currentIndex().row()
        if row < 0:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept(row, None)
        elif key == Qt.Key.Key_Backspace:
            suggestion = self.model.suggestion(row)
            self._stack.push(RejectSuggestionCommand(self._suggesting, self._events, suggestion))
            self._done(row)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and (key - Qt.Key.Key_0) in self._keys:
            self._accept(row, self._keys[key - Qt.Key.Key_0].id)
        else:
            return False
        return True

    def _accept(self, row: int, tag_id: int | None) -> None:
        suggestion = self.model.suggestion(row)
        chosen = tag_id or suggestion.tag_id
        command = AddHighlightCommand(self._notes, self._events, article_id=suggestion.article_id,
                                      start=suggestion.start, end=suggestion.end, tag_ids=(chosen,),
                                      label=self.tr("Accept suggestion"))
        self._stack.push(command)
        if command.failure is not None:
            return  # not stored (the window says why): the suggestion stays to answer
        # Other suggestions of the same sentence are answered too: it is highlighted now.
        for other in reversed(range(self.model.rowCount())):
            candidate = self.model.suggestion(other)
            if other != row and (candidate.article_id, candidate.start) == (suggestion.article_id, suggestion.start):
                self.model.remove(other)
                row -= other < row
        self._done(row)

    def _done(self, row: int) -> None:
        self.model.remove(row)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self._show_count()

    def _show_count(self) -> None:
        remaining = self.model.rowCount()
        self.count.setText(self.tr("1 suggestion left") if remaining == 1
                           else self.tr("{count} suggestions left").format(count=remaining))

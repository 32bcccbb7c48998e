"""Reviewing suggested highlights at keyboard speed. One row per sentence with the tags
proposed for it, under its article's title: keys 1–9 choose or drop a tag, Shift+←/→
moves the passage's end by a word and Ctrl+Shift+←/→ its start (the words left out stay
greyed), Enter accepts the row as one highlight with the tags chosen, Backspace rejects
it (never proposed again for those tags), Ctrl+Z and Ctrl+Shift+Z undo and redo any
answer, here or in the window. The suggestions are found by a background task: the
dialog opens at once with its progress and a Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QListView, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.services.annotating import AnnotationService
from app.services.suggesting import Suggestion, SuggestionService
from app.services.tagging import TagService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.suggestion_commands import AcceptSuggestionCommand, RejectSuggestionCommand
from app.ui.models.suggestion_list_model import HTML_ROLE, SentenceRow, SuggestionListModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.html_delegate import HtmlDelegate
from app.ui.widgets.task_progress import TaskProgress

_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}


class SuggestionsDialog(QDialog):
    loaded = Signal()
    """The suggestions are in the list."""

    def __init__(self, suggesting: SuggestionService, notes: AnnotationService, tags: TagService,
                 stack: QUndoStack, events: AnnotationEvents, *, article_id: int | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested highlights"))
        self.resize(760, 560)
        self._suggesting, self._notes, self._stack, self._events = suggesting, notes, stack, events
        all_tags = tags.tags()
        self._keys = {tag.shortcut: tag for tag in all_tags if tag.shortcut}
        self._answered: dict[tuple[int, int], SentenceRow] = {}  # what undo brings back
        self.model = SuggestionListModel(all_tags, self)
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
        self.help = QLabel(self.tr("Enter: accept · 1–9: choose a tag · Shift+←→: move the end · "
                                   "Ctrl+Shift+←→: move the start · Backspace: reject · "
                                   "Ctrl+Z / Ctrl+Shift+Z: undo / redo"), wordWrap=True)
        self.count = QLabel(self.tr("Looking for suggestions…"))
        self.progress = TaskProgress(self.tr("Reading {done} of {total} articles…"), self)
        self.progress.cancelled.connect(self.reject)
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
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

    def current_row(self) -> int:
        return self.list.currentIndex().row()

    def _show_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.model.set_suggestions(suggestions)
        self._choose(self.model.nearest_sentence(0))
        self._show_count()
        self.loaded.emit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        row = self.current_row()
        item = self.model.sentence(row)
        if item is None:
            return False
        key, modifiers = event.key(), event.modifiers()
        shift = Qt.KeyboardModifier.ShiftModifier
        control = Qt.KeyboardModifier.ControlModifier
        if key in _ARROWS and modifiers & shift:
            self.model.move_edge(row, edge="start" if modifiers & control else "end", words=_ARROWS[key])
        elif modifiers & (control | Qt.KeyboardModifier.AltModifier):
            return False
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept(item)
        elif key == Qt.Key.Key_Backspace:
            self._stack.push(RejectSuggestionCommand(self._suggesting, self._events, item.suggestion,
                                                     answered=self._on_answered))
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and (key - Qt.Key.Key_0) in self._keys:
            self.model.toggle_tag(row, self._keys[key - Qt.Key.Key_0].id)
        else:
            return False
        return True

    def _accept(self, item: SentenceRow) -> None:
        if not item.tag_ids:
            self.count.setText(self.tr("Choose a tag (1–9) before accepting, or reject with Backspace"))
            return
        self._stack.push(AcceptSuggestionCommand(self._notes, self._events, item.suggestion, tag_ids=item.tag_ids,
                                                 start=item.start, end=item.end, answered=self._on_answered))

    def _on_answered(self, suggestion: Suggestion, answered: bool) -> None:
        """A command of the stack answered this suggestion, or had its answer undone."""
        if not isValid(self.model):  # the dialog is closed: undo in the window
            return
        key = (suggestion.article_id, suggestion.start)
        if answered:
            row = self.model.find(suggestion)
            removed = self.model.remove(suggestion)
            if removed is not None:
                self._answered[key] = removed
                self._choose(self.model.nearest_sentence(row))
        elif key in self._answered and self.model.find(suggestion) is None:
            self._choose(self.model.put_back(self._answered.pop(key)))
        self._show_count()

    def _choose(self, row: int | None) -> None:
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))

    def _show_count(self) -> None:
        sentences, articles = self.model.sentence_count(), self.model.article_count()
        if sentences == 1:
            self.count.setText(self.tr("1 sentence left"))
        elif articles <= 1:
            self.count.setText(self.tr("{count} sentences left").format(count=sentences))
        else:
            self.count.setText(self.tr("{count} sentences left in {articles} articles").format(
                count=sentences, articles=articles))

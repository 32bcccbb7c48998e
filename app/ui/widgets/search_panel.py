"""The search field and its ranked hits.

Searching starts after a short pause in typing and runs off the UI thread, and so do
the further pages fetched as the list scrolls; a result that arrives after the query
changed is dropped, so typing never waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.core.search import SearchPage
from app.search.errors import QuerySyntaxError
from app.services.searching import SearchService
from app.ui.messages import error_text
from app.ui.models.search_results_model import ARTICLE_ID_ROLE, HTML_ROLE, SearchResultsModel
from app.ui.tasks import Task, TaskRunner
from app.ui.retranslating import Retranslating
from app.ui.widgets.html_delegate import HtmlDelegate

TYPING_PAUSE_MS = 250
_EDITING_KEYS = tuple(getattr(QKeySequence.StandardKey, name) for name in (
    "Copy", "Cut", "Paste", "SelectAll", "Undo", "Redo", "DeleteStartOfWord", "DeleteEndOfWord",
    "MoveToNextWord", "MoveToPreviousWord", "SelectNextWord", "SelectPreviousWord"))


class SearchField(QLineEdit):
    """A line edit that clears itself on Esc, and leaves the window's menu keys (Ctrl+E:
    export, …) to the window rather than take them as its Emacs-style moves."""

    escape_pressed = Signal()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_window_key(event):
            event.ignore()
            return True
        return super().event(event)

    def _is_window_key(self, event) -> bool:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(pressed in QKeySequence.keyBindings(standard) for standard in _EDITING_KEYS):
            return False
        return any(pressed in action.shortcuts() for action in self.window().findChildren(QAction)
                   if action.isEnabled())

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(Retranslating, QWidget):
    """The search field; while it holds a query, the ranked hits below it."""

    status_changed = Signal(str)
    """A one-line summary of the hits, for the status bar."""
    next_match_requested = Signal()
    """Enter in the field with a hit open: the next match in its article."""
    searching_changed = Signal(bool)
    """True when hits replace the article list, False when the field is cleared."""
    hit_chosen = Signal(int, str)
    """An article id and the query that found it."""

    def __init__(self, search: SearchService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._runner = runner
        self._pending: Task | None = None
        self._generation = 0

        self.field = SearchField(objectName="search_field")
        self.field.setClearButtonEnabled(True)
        self.message = QLabel(objectName="search_message", textFormat=Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.results_model = SearchResultsModel(search, runner, self)
        self.results_model.more_failed.connect(lambda error: self._on_failed(self._generation, error))
        self.results = QListView(objectName="search_results")
        self.retranslate()
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(HtmlDelegate(HTML_ROLE, self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSpacing(3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.message)

        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._start_search)
        self.field.textChanged.connect(self._timer.start)
        self.field.escape_pressed.connect(self._start_search)
        self.field.returnPressed.connect(self._on_return)
        self.results.selectionModel().currentChanged.connect(self._on_current_changed)
        self.results.activated.connect(self._on_current_changed)

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Search (Ctrl+F): words, \"phrase\", prefix*, title:, tag:, date:2024"))
        self.field.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("Search results"))

    def leave(self) -> None:
        """Clear the query and go back to the article list at once."""
        self.field.clear()
        self._start_search()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _start_search(self) -> None:
        self._timer.stop()
        query = self.field.text().strip()
        self._generation += 1
        generation = self._generation
        if self._pending is not None:
            self._runner.withdraw(self._pending)
            self._pending = None
        if not query:
            self._show_message("")
            self.results_model.clear()
            self.searching_changed.emit(False)
            return

        def work(progress, cancel):
            return self._search.search(query, limit=SearchResultsModel.PAGE_SIZE)

        self._pending = self._runner.start(
            work,
            finished=lambda page: self._on_results(generation, page),
            failed=lambda error: self._on_failed(generation, error),
        )

    def _on_results(self, generation: int, page: SearchPage) -> None:
        if generation != self._generation:
            return  # the query changed while this search ran
        self._pending = None
        self.results_model.show_page(page)
        count = len(page.hits)
        self._show_message(self.tr("No article matches.") if count == 0 else "")
        if page.has_more:
            status = self.tr("{count} or more hits for {query}")
        else:
            status = self.tr("1 hit for {query}") if count == 1 else self.tr("{count} hits for {query}")
        status = status.format(count=count, query=page.query)
        if page.also_searched:
            status += " · " + self.tr("also searched: {words}").format(words=", ".join(page.also_searched))
        self.status_changed.emit(status)
        self.searching_changed.emit(True)

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._pending = None
        if isinstance(error, QuerySyntaxError):
            self._show_message(error_text(error))
        else:
            self._show_message(self.tr("The search failed: {error}").format(error=error_text(error)))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_return(self) -> None:
        """Enter opens the first hit, then goes from match to match in it."""
        if self.results.currentIndex().isValid():
            self.next_match_requested.emit()
        else:
            self._choose_first()

    def _choose_first(self) -> None:
        if self.results_model.rowCount():
            self.results.setCurrentIndex(self.results_model.index(0))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if current.isValid():
            self.hit_chosen.emit(current.data(ARTICLE_ID_ROLE), self.results_model.query)

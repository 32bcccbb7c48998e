"""The main window: the search field and the article list (or the hits) beside the reader."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.articles import ArticleService
from app.services.library import Library
from app.services.searching import SearchService
from app.ui.models.article_table_model import ArticleTableModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.reader import ArticleReader
from app.ui.widgets.search_panel import SearchPanel


class MainWindow(QMainWindow):
    """Lists a library's articles and shows the selected one."""

    def __init__(self, *, library: Library, articles: ArticleService, search: SearchService,
                 runner: TaskRunner, settings: QSettings) -> None:
        super().__init__()
        self._articles = articles
        self._search = search
        self._runner = runner
        self._settings = settings
        self.setWindowTitle(f"{library.name} — Carnet")
        self.setWindowFilePath(str(library.folder))

        self.article_model = ArticleTableModel(articles, self)
        self.article_list = self._build_article_list()
        self.search_panel = SearchPanel(search, runner, self)
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(self.article_list)
        self.left_stack.addWidget(self.search_panel.results)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_panel)
        left_layout.addWidget(self.left_stack, stretch=1)
        self.reader = ArticleReader(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.article_list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.search_panel.searching_changed.connect(self._on_searching_changed)
        self.search_panel.hit_chosen.connect(self._show_hit)
        self.search_panel.status_changed.connect(self.statusBar().showMessage)
        find = QAction("Find", self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self.search_panel.focus_field)
        self.addAction(find)
        self._restore_layout()
        self._show_count()
        if self.article_model.rowCount():
            self.article_list.selectRow(0)

    def _build_article_list(self) -> QTableView:
        view = QTableView(self, objectName="article_list")
        view.setAccessibleName("Articles")
        view.setModel(self.article_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        view.setMinimumWidth(280)
        return view

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if not rows:
            self.reader.show_placeholder("Select an article to read it.")
            return
        self.reader.show_article(self._articles.article(self.article_model.article_id(min(rows))))

    def _on_searching_changed(self, searching: bool) -> None:
        self.left_stack.setCurrentWidget(self.search_panel.results if searching else self.article_list)
        if not searching:
            self._show_count()
            self._on_selection_changed(self.article_list.selectionModel().selection(), QItemSelection())

    def _show_hit(self, article_id: int, query: str) -> None:
        self.reader.show_article(self._articles.article(article_id), self._search.match_spans(article_id, query))

    def _show_count(self) -> None:
        total = self.article_model.total()
        if total == 0:
            self.reader.show_placeholder("This library is empty. Import articles with `carnet import PATH`.")
        self.statusBar().showMessage(f"{total} article{'s' if total != 1 else ''}")

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 700)
        splitter_state = self._settings.value("main_window/splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._runner.cancel_all_and_wait()
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self._settings.sync()
        super().closeEvent(event)

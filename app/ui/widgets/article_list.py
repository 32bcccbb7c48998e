"""The article table: sortable by a click on a column header, columns shown or hidden
from the header's menu, both remembered between runs; a column no article has a value
in collapses, and each title cell has a second line saying what the hidden columns hold."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from app.ui.models.article_table_model import ArticleTableModel
from app.ui.widgets.article_row_delegate import ArticleRowDelegate

_SORT_KEY, _HIDDEN_KEY = "article_list/sort", "article_list/hidden_columns"


class ArticleListView(QTableView):
    def __init__(self, model: ArticleTableModel, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="article_list")
        self._settings = settings
        self.setAccessibleName(self.tr("Articles"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # Sized from the font, not by measuring rows: measuring reads every fetched row
        # again after each sort or filter, which costs a quarter second at 10,000 rows.
        digits = self.fontMetrics().horizontalAdvance("0000-00-00") + 16
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().averageCharWidth() * 12 + 12)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, digits)
        hidden = str(settings.value(_HIDDEN_KEY, "1,3"))  # the source is on each title's second line
        self._hidden = {column for column in (int(part) for part in hidden.split(",") if part.isdigit())
                        if 0 < column < len(ArticleTableModel.COLUMNS)}  # by the user
        self._empty: set[int] = set()  # no article has a value there
        self.setItemDelegateForColumn(0, ArticleRowDelegate(self))
        self.verticalHeader().setDefaultSectionSize(ArticleRowDelegate.row_height(self.font()))
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model.modelReset.connect(self._collapse_empty_columns)
        self._collapse_empty_columns()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(*self._saved_sort())
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._remember_sort)
        self.setMinimumWidth(280)

    def show_column(self, column: int, shown: bool) -> None:
        """Show or hide a column, remembered between runs (an empty column stays collapsed
        until some article has a value there)."""
        (self._hidden.discard if shown else self._hidden.add)(column)
        self._settings.setValue(_HIDDEN_KEY, ",".join(str(c) for c in sorted(self._hidden)))
        self._show_columns()

    def _collapse_empty_columns(self) -> None:
        self._empty = set(range(len(ArticleTableModel.COLUMNS))) - self.model().filled_columns()
        self._show_columns()

    def _show_columns(self) -> None:
        header = self.horizontalHeader()
        for column in range(1, len(ArticleTableModel.COLUMNS)):
            header.setSectionHidden(column, column in self._hidden or column in self._empty)
        self.viewport().update()  # the title cells say what the hidden columns hold

    def _column_menu(self, position) -> None:
        """Right-click on the header: show or hide the columns other than the title."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        for column in range(1, len(ArticleTableModel.COLUMNS)):
            action = menu.addAction(self.model().headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(column not in self._hidden)
            action.toggled.connect(lambda shown, chosen=column: self.show_column(chosen, shown))
        menu.exec(header.mapToGlobal(position))

    def _saved_sort(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction the list was last sorted by (-1: import order)."""
        try:
            column, descending = (int(part) for part in str(self._settings.value(_SORT_KEY, "")).split(","))
        except ValueError:
            return -1, Qt.SortOrder.AscendingOrder
        if not -1 <= column < len(ArticleTableModel.COLUMNS):
            column = -1
        return column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def _remember_sort(self, column: int, order: Qt.SortOrder) -> None:
        self._settings.setValue(_SORT_KEY, f"{column},{int(order == Qt.SortOrder.DescendingOrder)}")

"""The article list as a table model that fetches rows from the service page by page."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.article import ArticleOrder, ArticleSummary, SortColumn
from app.services.articles import ArticleService

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ArticleTableModel(QAbstractTableModel):
    """Title, source, date and import day of each article; rows arrive as the view
    scrolls, in the order chosen by `sort` (the library sorts, so no page is held twice)."""

    COLUMNS = ("Title", "Source", "Date", "Added")
    SORT_COLUMNS = (SortColumn.TITLE, SortColumn.SOURCE, SortColumn.PUBLISHED, SortColumn.IMPORTED)
    PAGE_SIZE = 200

    def __init__(self, articles: ArticleService, parent=None) -> None:
        super().__init__(parent)
        self._articles = articles
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._tag_id: int | None = None
        self._order = ArticleOrder()
        self.reload()

    def set_tag_filter(self, tag_id: int | None) -> None:
        """Show only the articles with a highlight carrying this tag (None: all)."""
        self._tag_id = tag_id
        self.reload()

    @property
    def tag_filter(self) -> int | None:
        return self._tag_id

    @property
    def order(self) -> ArticleOrder:
        return self._order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the list by a column (-1: import order), from the first page again."""
        sort_column = self.SORT_COLUMNS[column] if 0 <= column < len(self.SORT_COLUMNS) else SortColumn.IMPORTED
        new_order = ArticleOrder(sort_column, order == Qt.SortOrder.DescendingOrder)
        if new_order != self._order:
            self._order = new_order
            self.reload()

    def locate(self, article_id: int) -> int | None:
        """The row of an article, fetching the rows before it if the view has not yet."""
        row = self.row_of(article_id)
        if row is not None:
            return row
        position = self._articles.position(article_id, tag_id=self._tag_id, order=self._order)
        if position is None or position >= self._total:
            return None
        self._fetch(position + 1 - len(self._rows))
        return self.row_of(article_id)

    def reload(self) -> None:
        """Forget the fetched rows and start again from the library with its first page;
        views fetch the next pages as they scroll."""
        self.beginResetModel()
        self._total = self._articles.count(tag_id=self._tag_id)
        self._rows = self._page(0, self.PAGE_SIZE)
        self.endResetModel()

    def refresh(self) -> None:
        """Read the rows fetched so far again (after another program changed the library)."""
        self.beginResetModel()
        self._total = self._articles.count(tag_id=self._tag_id)
        self._rows = self._page(0, max(len(self._rows), self.PAGE_SIZE))
        self.endResetModel()

    def _page(self, offset: int, limit: int) -> list[ArticleSummary]:
        return self._articles.summaries(offset=offset, limit=limit, tag_id=self._tag_id, order=self._order)

    def total(self) -> int:
        """How many articles the library holds, fetched or not."""
        return self._total

    def article_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, article_id: int) -> int | None:
        """The row of an article among those fetched so far."""
        return next((row for row, summary in enumerate(self._rows) if summary.id == article_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if not parent.isValid():
            self._fetch(self.PAGE_SIZE)

    def _fetch(self, at_least: int) -> None:
        limit = -(-max(at_least, 1) // self.PAGE_SIZE) * self.PAGE_SIZE
        page = self._page(len(self._rows), limit)
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == ARTICLE_ID_ROLE:
            return summary.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (summary.title, summary.source or "", summary.published_date,
                    summary.imported_date)[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

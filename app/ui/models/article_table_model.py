"""The article list as a table model that fetches rows from the service page by page."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.article import ArticleSummary
from app.services.articles import ArticleService

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ArticleTableModel(QAbstractTableModel):
    """Title, source and date of each article; rows arrive as the view scrolls."""

    COLUMNS = ("Title", "Source", "Date")
    PAGE_SIZE = 200

    def __init__(self, articles: ArticleService, parent=None) -> None:
        super().__init__(parent)
        self._articles = articles
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._tag_id: int | None = None
        self.reload()

    def set_tag_filter(self, tag_id: int | None) -> None:
        """Show only the articles with a highlight carrying this tag (None: all)."""
        self._tag_id = tag_id
        self.reload()

    @property
    def tag_filter(self) -> int | None:
        return self._tag_id

    def reload(self) -> None:
        """Forget the fetched rows and start again from the library with its first page;
        views fetch the next pages as they scroll."""
        self.beginResetModel()
        self._total = self._articles.count(tag_id=self._tag_id)
        self._rows = self._articles.summaries(offset=0, limit=self.PAGE_SIZE, tag_id=self._tag_id)
        self.endResetModel()

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
        if parent.isValid():
            return
        page = self._articles.summaries(offset=len(self._rows), limit=self.PAGE_SIZE, tag_id=self._tag_id)
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
            return (summary.title, summary.source or "", summary.published_date)[index.column()]
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

"""The feeds followed, as a table: name, new articles of the last update, entries seen,
when it was last updated, and its last error."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, \
    QPersistentModelIndex, Qt

from app.core.feeds import Feed
from app.ui.messages import translated
from app.ui.rich_text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex


class FeedTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("FeedTableModel", "Feed"), QT_TRANSLATE_NOOP("FeedTableModel", "New"),
               QT_TRANSLATE_NOOP("FeedTableModel", "Entries"), QT_TRANSLATE_NOOP("FeedTableModel", "Updated"),
               QT_TRANSLATE_NOOP("FeedTableModel", "Last error"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.feeds: list[Feed] = []

    def set_feeds(self, feeds: list[Feed]) -> None:
        self.beginResetModel()
        self.feeds = list(feeds)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.feeds)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("FeedTableModel", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.feeds):
            return None
        feed = self.feeds[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return feed.display_name + (f" [{feed.tag}]" if feed.tag else "")
            if column == 1:
                return str(feed.new_entries) if feed.checked_at else ""
            if column == 2:
                return str(feed.entries)
            if column == 3:
                return (feed.checked_at or "")[:16].replace("T", " ")
            if column == 4:
                return translated(feed.last_error) if feed.last_error else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return plain_tooltip(feed.url)
            if column == 4 and feed.last_error:
                return plain_tooltip(translated(feed.last_error))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

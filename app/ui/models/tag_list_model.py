"""The tags with how much they are used, each sub-tag indented under its parent; the
first row stands for "all articles"."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.core.tags import Tag, nested
from app.ui.rich_text import plain_tooltip

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class TagListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tags: list[Tag] = []
        self._depths: dict[int, int] = {}
        self._counts: dict[int, tuple[int, int]] = {}

    def set_tags(self, tags: list[Tag], counts: dict[int, tuple[int, int]]) -> None:
        self.beginResetModel()
        ordered = nested(list(tags))
        self._tags, self._counts = [tag for tag, _ in ordered], dict(counts)
        self._depths = {tag.id: depth for tag, depth in ordered}
        self.endResetModel()

    def row_of(self, tag_id: int | None) -> int:
        return next((row + 1 for row, tag in enumerate(self._tags) if tag.id == tag_id), 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._tags) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() == 0:
            return {Qt.ItemDataRole.DisplayRole: self.tr("All articles"), TAG_ID_ROLE: None}.get(role)
        tag = self._tags[index.row() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            highlights, articles = self._counts.get(tag.id, (0, 0))
            key = f"{tag.shortcut}  " if tag.shortcut else "    "
            counts = (self.tr("{highlights} in 1 article") if articles == 1
                      else self.tr("{highlights} in {articles} articles"))
            indent = "    " * self._depths.get(tag.id, 0)
            return f"{key}{indent}{tag.name}  ({counts.format(highlights=highlights, articles=articles)})"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(tag.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(tag.description)
        if role == TAG_ID_ROLE:
            return tag.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

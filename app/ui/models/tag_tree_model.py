"""The tags as a tree nested by their parents: name (with its colour), key, highlights,
articles and description.

The model never writes: an edit in place (`setData`) or a drop asks for the change
through `edit_requested` or `nest_requested`, which the editor turns into an undoable
command; the tree then changes through `set_tags`, like every view of the library.
Those signals are meant to be connected queued, so that the tree is not rebuilt while
the view is still inside the edit or the drop that asked.
"""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractItemModel, QByteArray, QCoreApplication, QMimeData,
                            QModelIndex, QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QColor

from app.core.tags import Tag, nested
from app.ui.rich_text import plain_tooltip

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAG_MIME_TYPE = "application/x-carnet-tag-id"
NAME, KEY, HIGHLIGHTS, ARTICLES, DESCRIPTION = range(5)
_FIELDS = {NAME: "name", KEY: "shortcut", DESCRIPTION: "description"}

_Index = QModelIndex | QPersistentModelIndex


class TagTreeModel(QAbstractItemModel):
    COLUMNS = (QT_TRANSLATE_NOOP("TagTreeModel", "Tag"), QT_TRANSLATE_NOOP("TagTreeModel", "Key"),
               QT_TRANSLATE_NOOP("TagTreeModel", "Highlights"), QT_TRANSLATE_NOOP("TagTreeModel", "Articles"),
               QT_TRANSLATE_NOOP("TagTreeModel", "Description"))

    edit_requested = Signal(int, str, object)
    """A tag id, the field edited in place (name, shortcut, description) and its new value."""
    nest_requested = Signal(int, object)
    """A tag id dropped under another tag (its id), or at the top (None)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tags: dict[int, Tag] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._counts: dict[int, tuple[int, int]] = {}

    def set_tags(self, tags: list[Tag], counts: dict[int, tuple[int, int]]) -> None:
        self.beginResetModel()
        self._tags = {tag.id: tag for tag in tags}
        self._children = {None: []}
        self._parents: dict[int, int | None] = {}
        stack: list[int] = []  # the ancestors of the tag being placed, from `nested`'s depths
        for tag, depth in nested(tags):
            del stack[depth:]
            parent = stack[-1] if stack else None
            self._children.setdefault(parent, []).append(tag.id)
            self._parents[tag.id] = parent
            stack.append(tag.id)
        self._counts = dict(counts)
        self.endResetModel()

    def tag_at(self, index: _Index) -> Tag | None:
        return self._tags.get(index.internalId()) if index.isValid() else None

    def index_of(self, tag_id: int | None, column: int = NAME) -> QModelIndex:
        if tag_id not in self._parents:
            return QModelIndex()
        siblings = self._children[self._parents[tag_id]]
        return self.createIndex(siblings.index(tag_id), column, tag_id)

    def ancestors(self, tag_id: int) -> list[int]:
        """The tags `tag_id` is nested under, nearest first."""
        found, parent = [], self._parents.get(tag_id)
        while parent is not None:
            found.append(parent)
            parent = self._parents.get(parent)
        return found

    # The tree

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        siblings = self._children.get(parent.internalId() if parent.isValid() else None, [])
        if not (0 <= row < len(siblings) and 0 <= column < len(self.COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self._parents.get(index.internalId()))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        if parent.isValid() and parent.column() != NAME:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else None, []))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("TagTreeModel", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        tag = self.tag_at(index)
        if tag is None:
            return None
        column = index.column()
        highlights, articles = self._counts.get(tag.id, (0, 0))
        if role == Qt.ItemDataRole.EditRole and column == KEY:
            return tag.shortcut or 0  # 0: no key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {NAME: tag.name, KEY: tag.shortcut or "", HIGHLIGHTS: highlights, ARTICLES: articles,
                    DESCRIPTION: tag.description}[column]
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return QColor(tag.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, DESCRIPTION):
            return plain_tooltip(tag.description)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (KEY, HIGHLIGHTS, ARTICLES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TAG_ID_ROLE:
            return tag.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # the top: a drop there un-nests
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                 | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() in _FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        tag = self.tag_at(index)
        if tag is None or role != Qt.ItemDataRole.EditRole or index.column() not in _FIELDS:
            return False
        field = _FIELDS[index.column()]
        if field == "shortcut":
            value = int(value) if value not in (None, "", 0) else None
        else:
            value = str(value)
        if value != getattr(tag, field):
            self.edit_requested.emit(tag.id, field, value)
        return True

    # Dragging a tag onto another

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        # Copy too: the view takes a drop as a copy so as to let it reach `dropMimeData`
        # even onto a sub-tag (a drop event refuses an action the drag does not offer).
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [TAG_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        tag = next((self.tag_at(i) for i in indexes if i.isValid()), None)
        if tag is not None:
            data.setData(TAG_MIME_TYPE, QByteArray(str(tag.id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: _Index) -> bool:
        """Onto a tag (or between its sub-tags): nest under it; onto the top level: un-nest.
        Nothing moves here: `nest_requested` asks, and the tree follows what was written."""
        if not data.hasFormat(TAG_MIME_TYPE):
            return False
        try:
            tag_id = int(bytes(data.data(TAG_MIME_TYPE)).decode())
        except ValueError:
            return False
        if tag_id not in self._tags:
            return False
        new_parent = parent.internalId() if parent.isValid() else None
        if new_parent != self._tags[tag_id].parent_id:
            self.nest_requested.emit(tag_id, new_parent)
        return False  # nothing for the view to remove: the tree is rebuilt from the library

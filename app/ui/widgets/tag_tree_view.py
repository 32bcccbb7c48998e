"""The tree of tags: drag a tag onto another to nest it, onto the empty space below the
tags to bring it back to the top; F2 or a double click edits a name, a key or a
description where it stands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from app.ui.models.tag_tree_model import ARTICLES, DESCRIPTION, HIGHLIGHTS, KEY, NAME, TagTreeModel
from app.ui.widgets.choice_delegate import ChoiceDelegate

translate = QCoreApplication.translate


def key_choices() -> list[tuple[str, int]]:
    return [(translate("TagTreeView", "none"), 0), *((str(key), key) for key in range(1, 10))]


class TagTreeView(QTreeView):
    def __init__(self, model: TagTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="tag_tree")
        self.setModel(model)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAllColumnsShowFocus(True)
        self.setUniformRowHeights(True)
        self.setItemDelegateForColumn(KEY, ChoiceDelegate(
            key_choices, self, accessible_name=lambda: translate("TagTreeView", "Key")))
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        for column in (KEY, HIGHLIGHTS, ARTICLES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(NAME, 200)
        self.setColumnWidth(DESCRIPTION, 240)

    # Qt's view quietly refuses a move onto the dragged tag's own sub-tags; taken as a
    # copy, the drop reaches the model, and the library refuses it with a sentence.
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        event.setDropAction(Qt.DropAction.CopyAction)
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        event.setDropAction(Qt.DropAction.CopyAction)
        super().dropEvent(event)

"""An item delegate that edits a cell with a list to choose from (a tag's key, a rule's kind)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class ChoiceDelegate(QStyledItemDelegate):
    """`choices()` gives (label, value) pairs, read when an editor opens (so in the
    interface's language of the moment); the cell's value is read from and written to
    `value_role`, and with `label_role` the chosen label is written there too."""

    def __init__(self, choices: Callable[[], list[tuple[str, object]]], parent=None, *,
                 value_role: int = Qt.ItemDataRole.EditRole, label_role: int | None = None,
                 accessible_name: Callable[[], str] = str) -> None:
        super().__init__(parent)
        self._choices, self._value_role, self._label_role = choices, value_role, label_role
        self._accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        editor.setAccessibleName(self._accessible_name())
        for label, value in self._choices():
            editor.addItem(label, value)
        # A choice is made at once: the cell is written when the list closes on it.
        editor.activated.connect(lambda _row: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        row = editor.findData(index.data(self._value_role))
        editor.setCurrentIndex(max(row, 0))

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        if self._label_role is not None:
            model.setData(index, editor.currentText(), self._label_role)
        model.setData(index, editor.currentData(), self._value_role)

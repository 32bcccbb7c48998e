import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication


class _Rows(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 10

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "row" if role == Qt.ItemDataRole.DisplayRole else None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None cannot be freed from Python 3.12 on")
def test_the_qt_binding_keeps_its_references_to_none(qtbot):
    model = _Rows()
    before = sys.getrefcount(None)
    for _ in range(500):
        model.beginResetModel()
        model.endResetModel()
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50

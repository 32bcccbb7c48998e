"""Fields that more than one dialog asks for."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton

translate = QCoreApplication.translate

GROUPING_LABELS = {"tag": QT_TRANSLATE_NOOP("FormFields", "By topic"),
                   "article": QT_TRANSLATE_NOOP("FormFields", "By article"),
                   "author": QT_TRANSLATE_NOOP("FormFields", "By author")}


def grouping_box(current: str, *, object_name: str, by_author: bool = False) -> QComboBox:
    """How a digest is grouped: by topic or by article, and by author when asked (a
    library with several members)."""
    box = QComboBox(objectName=object_name)
    for key, label in GROUPING_LABELS.items():
        if key != "author" or by_author:
            box.addItem(translate("FormFields", label), key)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def with_choose_button(field: QLineEdit, choose: Callable[[], None]) -> QHBoxLayout:
    """The field with, after it, a Choose… button that calls `choose`."""
    row = QHBoxLayout()
    row.addWidget(field, stretch=1)
    button = QPushButton(translate("FormFields", "Choose…"))
    button.clicked.connect(choose)
    row.addWidget(button)
    return row

"""A failed task told in a sentence, with its technical details one click away and
copyable for a bug report. No traceback is ever shown unasked."""

from __future__ import annotations

import traceback

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.messages import error_text


class TaskErrorBox(QMessageBox):
    def __init__(self, parent: QWidget | None, summary: str, error: BaseException) -> None:
        super().__init__(QMessageBox.Icon.Critical, "Carnet", f"{summary}.\n\n{error_text(error)}", parent=parent)
        self.setObjectName("task_error")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.details = getattr(error, "details", "") or "".join(traceback.format_exception(error))
        self.setDetailedText(self.details)
        copy = self.addButton(self.tr("&Copy Details"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copy_details")
        # An action button closes the box unless its click is taken over.
        copy.clicked.disconnect()
        copy.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.text()}\n\n{self.details}")

    @classmethod
    def show_error(cls, parent: QWidget | None, summary: str, error: BaseException) -> TaskErrorBox:
        box = cls(parent, summary, error)
        box.show()
        return box

"""Asking before an article is deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from app.ui.rich_text import ask
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


class ConfirmDeletion:
    @classmethod
    def ask(cls, parent: QWidget, title: str, highlight_count: int) -> bool:
        """True when the user confirms deleting the article `title` and its highlights."""
        if not highlight_count:
            question = translate("ConfirmDeletion", "Delete « {title} »?")
        elif highlight_count == 1:
            question = translate("ConfirmDeletion", "Delete « {title} » and its highlight?")
        else:
            question = translate("ConfirmDeletion", "Delete « {title} » and its {count} highlights?")
        answer = ask(
            parent, translate("ConfirmDeletion", "Delete article"),
            question.format(title=title, count=highlight_count) + "\n\n"
            + translate("ConfirmDeletion", "Edit ▸ Undo brings it back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

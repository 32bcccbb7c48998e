"""Asking before an article is deleted."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmDeletion:
    @classmethod
    def ask(cls, parent: QWidget, title: str, highlight_count: int) -> bool:
        """True when the user confirms deleting the article `title` and its highlights."""
        highlights = (f" and its {highlight_count} highlight{'s' if highlight_count != 1 else ''}"
                      if highlight_count else "")
        answer = QMessageBox.question(
            parent, "Delete article",
            f"Delete « {title} »{highlights}?\n\nEdit ▸ Undo brings it back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

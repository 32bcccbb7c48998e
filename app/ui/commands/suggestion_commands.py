"""Undoable answers to suggestions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.suggesting import Suggestion, SuggestionService

translate = QCoreApplication.translate


class RejectSuggestionCommand(QUndoCommand):
    def __init__(self, suggesting: SuggestionService, suggestion: Suggestion) -> None:
        super().__init__(translate("Commands", "Reject suggestion ({tag})").format(tag=suggestion.tag_name))
        self._suggesting, self._suggestion = suggesting, suggestion

    def redo(self) -> None:
        self._suggesting.reject(self._suggestion)

    def undo(self) -> None:
        self._suggesting.unreject(self._suggestion)

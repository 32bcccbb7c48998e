"""Undoable answers to suggestions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.suggesting import Suggestion, SuggestionService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.saved import SavedCommand

translate = QCoreApplication.translate


class RejectSuggestionCommand(SavedCommand):
    def __init__(self, suggesting: SuggestionService, events: AnnotationEvents, suggestion: Suggestion) -> None:
        super().__init__(events, translate("Commands", "Reject suggestion ({tag})").format(tag=suggestion.tag_name))
        self._suggesting, self._suggestion = suggesting, suggestion

    def apply(self) -> None:
        self._suggesting.reject(self._suggestion)

    def revert(self) -> None:
        self._suggesting.unreject(self._suggestion)

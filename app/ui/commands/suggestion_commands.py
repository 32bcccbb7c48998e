"""Undoable answers to suggestions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.changes import Changes
from app.services.suggesting import Suggestion, SuggestionService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.saved import SavedCommand

translate = QCoreApplication.translate


class RejectSuggestionCommand(SavedCommand):
    def __init__(self, suggesting: SuggestionService, events: AnnotationEvents, suggestion: Suggestion) -> None:
        super().__init__(events, translate("Commands", "Reject suggestion ({tag})").format(tag=suggestion.tag_name))
        self._suggesting, self._suggestion = suggesting, suggestion

    def apply(self) -> Changes:
        return self._suggesting.reject(self._suggestion).changes

    def revert(self) -> Changes:
        return self._suggesting.unreject(self._suggestion).changes

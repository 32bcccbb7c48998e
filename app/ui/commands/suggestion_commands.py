"""Undoable answers to suggestions. Each tells the review it came from (`answered`)
when it is done, undone or redone, so the sentence leaves or comes back to the list."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from app.core.changes import Changes
from app.services.annotating import AnnotationService
from app.services.suggesting import Suggestion, SuggestionService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.highlight_commands import AddHighlightCommand
from app.ui.commands.saved import SavedCommand

translate = QCoreApplication.translate

Answered = Callable[[Suggestion, bool], None]
"""Told the suggestion and whether it is answered now (False: its answer was undone)."""


def _no_review(_suggestion: Suggestion, _answered: bool) -> None:
    return None


class _Answer:
    """Tells the review when the answer is done, undone or redone (and written)."""

    def redo(self) -> None:
        super().redo()
        if self.failure is None:
            self._answered(self._suggestion, True)

    def undo(self) -> None:
        super().undo()
        if self.failure is None:
            self._answered(self._suggestion, False)


class AcceptSuggestionCommand(_Answer, AddHighlightCommand):
    """Highlight a suggested sentence (or the part of it kept) with the tags chosen."""

    def __init__(self, notes: AnnotationService, events: AnnotationEvents, suggestion: Suggestion, *,
                 tag_ids: tuple[int, ...], start: int, end: int, answered: Answered = _no_review) -> None:
        super().__init__(notes, events, article_id=suggestion.article_id, start=start, end=end, tag_ids=tag_ids,
                         label=translate("Commands", "Accept suggestion"))
        self._suggestion, self._answered = suggestion, answered


class RejectSuggestionCommand(_Answer, SavedCommand):
    """Never propose the sentence for these tags again (all those proposed by default)."""

    def __init__(self, suggesting: SuggestionService, events: AnnotationEvents, suggestion: Suggestion, *,
                 tag_ids: tuple[int, ...] | None = None, answered: Answered = _no_review) -> None:
        super().__init__(events, translate("Commands", "Reject suggestion ({tag})").format(
            tag=", ".join(suggestion.tag_names)))
        self._suggesting, self._suggestion, self._tag_ids = suggesting, suggestion, tag_ids
        self._answered = answered

    def apply(self) -> Changes:
        return self._suggesting.reject(self._suggestion, tag_ids=self._tag_ids).changes

    def revert(self) -> Changes:
        return self._suggesting.unreject(self._suggestion, tag_ids=self._tag_ids).changes

"""Notes typed while a team library's server cannot be reached: kept, said in the status
bar, and saved once the server answers again.

Setting a note is idempotent (the note becomes this text), so saving it again after a
connection lost mid-commit cannot apply the edit twice; other edits made while the server
is away are refused with their sentence, as on a full disk."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar

from app.core.errors import retry_later
from app.core.highlight import Highlight
from app.services.annotating import AnnotationService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.highlight_commands import EditNoteCommand


class AwayEdits(QObject):
    def __init__(self, parent: QObject, *, notes: AnnotationService, events: AnnotationEvents, stack: QUndoStack,
                 status: Callable[[], QStatusBar]) -> None:
        super().__init__(parent)
        self._notes, self._events, self._stack, self._status = notes, events, stack, status
        self._pending: dict[int, tuple[Highlight, str]] = {}
        self._away = False

    @property
    def pending(self) -> int:
        return len(self._pending)

    def save_note(self, highlight: Highlight, text: str, stretch: int | None) -> None:
        command = EditNoteCommand(self._notes, self._events, highlight, text, stretch=stretch)
        self._stack.push(command)
        if retry_later(command.failure):
            self._pending[highlight.id] = (highlight, text)
            self._say_away(command.failure)

    def server_state(self, unreachable: BaseException | None) -> None:
        """What the last look at the library found: the server away (the reason), or there."""
        if unreachable is not None:
            if not self._away:
                self._say_away(unreachable)
            return
        if self._away:
            self._away = False
            self._status().setToolTip("")
            self._status().showMessage(self.tr("The team library's server answers again."), 10_000)
        if self._pending:
            self._save_pending()

    def _save_pending(self) -> None:
        pending, self._pending = list(self._pending.values()), {}
        for highlight, text in pending:
            self.save_note(highlight, text, None)
        if not self._pending:
            self._status().showMessage(self.tr("Saved the notes typed while the server was away: {count}").format(
                count=len(pending)), 15_000)

    def _say_away(self, error: BaseException) -> None:
        """Said short, the reason in the status bar's tooltip."""
        self._away = True
        status = self._status()
        status.showMessage(self.tr("The team library's server cannot be reached: notes typed now are kept and "
                                   "saved when it answers ({count} waiting).").format(count=len(self._pending)))
        status.setToolTip(str(getattr(error, "reason", error)))

"""The base of the undo commands: each one's work is written to the library."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.core.changes import Changes
from app.core.errors import ToldError
from app.ui.commands.events import AnnotationEvents


class SavedCommand(QUndoCommand):
    """Redo runs `apply` and undo runs `revert`, each a write to the library that
    returns what it changed: `events.changed` carries that once to the views. When the
    library cannot be written (a full disk, a read-only file, another program holding it
    too long), or what it works on is gone (deleted by another program), that write is
    rolled back; the command then makes itself obsolete, so the stack drops it rather
    than offer to undo what never happened, and `events.write_failed` takes the error to
    the window; `failure` keeps it."""

    def __init__(self, events: AnnotationEvents, text: str) -> None:
        super().__init__(text)
        self._events = events
        self.failure: ToldError | None = None

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step) -> None:
        try:
            changes = step()
        except ToldError as error:  # the library could not be written, or what the edit names is gone
            self.failure = error
            self.setObsolete(True)
            self._events.write_failed.emit(error)
            return
        if changes:
            self._events.changed.emit(changes)

"""Telling the window's user when a note they saved was replaced by another member's save
that had started from an earlier text (the later save wins; theirs was later)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from app.core.changes import Changes
from app.core.errors import ToldError
from app.services.annotating import AnnotationService
from app.ui.commands.highlight_commands import EditNoteCommand
from app.ui.messages import translated


class OverwrittenNotes:
    """Looks, when changes made elsewhere come in, at the note edits of the undo stack
    that are done; each save found replaced is told once through `tell`."""

    def __init__(self, notes: AnnotationService, undo_stack: QUndoStack, tell) -> None:
        self._notes, self._stack, self._tell = notes, undo_stack, tell
        self._told: set[tuple[int, int]] = set()

    def check(self, changes: Changes) -> None:
        if not (changes.highlights_of or changes.everything):
            return
        for index in range(self._stack.index()):
            command = self._stack.command(index)
            if not isinstance(command, EditNoteCommand) or command.saved_version is None:
                continue
            if not (changes.everything or command.highlight.article_id in changes.highlights_of):
                continue
            key = (command.highlight.id, command.saved_version)
            if key in self._told:
                continue
            try:
                conflict = self._notes.overwritten(*key)
            except ToldError:  # the library cannot be read now: the next changes will tell
                return
            if conflict is not None:
                self._told.add(key)
                self._tell(translated(conflict.message()))

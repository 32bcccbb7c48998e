"""Undoable edits of highlights: create, delete, tag, untag, edit the note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.changes import Changes
from app.core.highlight import Highlight
from app.core.text import shortened
from app.services.annotating import AnnotationService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.saved import SavedCommand
from app.ui.messages import translated

translate = QCoreApplication.translate


class AddHighlightCommand(SavedCommand):
    """Create a highlight; undo deletes it, redo brings it back with the same id."""

    def __init__(self, notes: AnnotationService, events: AnnotationEvents, *, article_id: int, start: int,
                 end: int, tag_ids: tuple[int, ...] = (), label: str | None = None) -> None:
        super().__init__(events, translate("Commands", "Highlight") if label is None else label)
        self._notes = notes
        self._request = dict(article_id=article_id, start=start, end=end, tag_ids=tag_ids)
        self.highlight: Highlight | None = None

    def apply(self) -> Changes:
        if self.highlight is None:
            outcome = self._notes.add_highlight(**self._request)
            self.highlight = outcome.value
            return outcome.changes
        return self._notes.restore_highlight(self.highlight).changes

    def revert(self) -> Changes:
        return self._notes.delete_highlight(self.highlight.id).changes


class DeleteHighlightCommand(SavedCommand):
    """Delete a highlight; undo brings it back with one's private note on it."""

    def __init__(self, notes: AnnotationService, events: AnnotationEvents, highlight: Highlight) -> None:
        super().__init__(events, translate("Commands", "Delete highlight « {quote} »").format(
            quote=shortened(highlight.quote, 30)))
        self._notes, self._highlight = notes, highlight
        self._private_note = None

    def apply(self) -> Changes:
        self._private_note = self._notes.private_note(self._highlight.id)
        outcome = self._notes.delete_highlight(self._highlight.id)
        self._highlight = outcome.value
        return outcome.changes

    def revert(self) -> Changes:
        changes = self._notes.restore_highlight(self._highlight).changes
        if self._private_note is not None:
            self._notes.set_private_note(self._highlight.id, self._private_note.note)
        return changes


class TagHighlightCommand(SavedCommand):
    """Add (or, with `remove=True`, take away) one tag of a highlight."""

    def __init__(self, notes: AnnotationService, events: AnnotationEvents, highlight: Highlight, tag_id: int,
                 tag_name: str, *, remove: bool = False) -> None:
        label = translate("Commands", "Untag {tag}") if remove else translate("Commands", "Tag {tag}")
        super().__init__(events, label.format(tag=tag_name))
        self._notes = notes
        self._highlight, self._tag_id, self._remove = highlight, tag_id, remove

    def _apply(self, remove: bool) -> Changes:
        if remove:
            return self._notes.remove_tag(self._highlight.id, self._tag_id).changes
        return self._notes.add_tag(self._highlight.id, self._tag_id).changes

    def apply(self) -> Changes:
        return self._apply(self._remove)

    def revert(self) -> Changes:
        return self._apply(not self._remove)


class EditNoteCommand(SavedCommand):
    """Set a highlight's note. The saves of one editing stretch (`stretch`, counted by
    the note editor) merge into one edit, undone at once. Undo and redo put a text back
    only over this command's own save: when another member saved the note since, they are
    refused with a sentence (the command is then dropped from the stack)."""

    MERGE_ID = 1

    def __init__(self, notes: AnnotationService, events: AnnotationEvents, highlight: Highlight,
                 new_note: str, *, stretch: int | None = None) -> None:
        super().__init__(events, translate("Commands", "Edit note"))
        self._notes = notes
        self._highlight, self._old, self._new = highlight, None, new_note
        self._stretch = stretch
        self._saved_version: int | None = None
        self._conflicted = False

    @property
    def highlight(self) -> Highlight:
        return self._highlight

    @property
    def saved_version(self) -> int | None:
        """The note's version this command's last save (or undo) made."""
        return self._saved_version

    def id(self) -> int:
        return self.MERGE_ID if self._stretch is not None else -1

    def mergeWith(self, other) -> bool:
        # A save that replaced someone else's text stays an edit of its own, so that its
        # undo brings their text back rather than what this stretch started from.
        if not (isinstance(other, EditNoteCommand) and other._stretch == self._stretch and self._old is not None
                and other._highlight.id == self._highlight.id and other.failure is None
                and not other._conflicted):
            return False
        self._new = other._new
        self._saved_version = other._saved_version
        if self._new == self._old:
            self.setObsolete(True)
        return True

    def apply(self) -> Changes:
        if self._saved_version is None:
            # Saved from the text the editor showed: a save another program or member made
            # meanwhile is replaced, the window says so, and undo brings that text back.
            outcome = self._notes.set_note(self._highlight.id, self._new, based_on=self._highlight.note)
            self._old = outcome.replaced.note if outcome.replaced is not None else self._new
            if outcome.conflict is not None:
                self._conflicted = True
                self._events.told.emit(translate("Commands", "{conflict}: Undo brings theirs back").format(
                    conflict=translated(outcome.conflict.message())))
        else:
            outcome = self._notes.restore_note(self._highlight.id, self._new, replacing_version=self._saved_version)
        self._saved_version = outcome.version
        return outcome.changes

    def revert(self) -> Changes:
        outcome = self._notes.restore_note(self._highlight.id, self._old, replacing_version=self._saved_version)
        self._saved_version = outcome.version
        return outcome.changes


class EditPrivateNoteCommand(SavedCommand):
    """Set (empty text: clear) one's private note on a highlight; undo puts back the one
    it replaced. Only its author ever has it, so no one else's save can come between."""

    def __init__(self, notes: AnnotationService, events: AnnotationEvents, highlight: Highlight,
                 new_note: str) -> None:
        super().__init__(events, translate("Commands", "Edit private note"))
        self._notes, self._highlight, self._new = notes, highlight, new_note
        self._old: str | None = None

    def apply(self) -> Changes:
        if self._old is None:
            before = self._notes.private_note(self._highlight.id)
            self._old = before.note if before is not None else ""
        return self._notes.set_private_note(self._highlight.id, self._new).changes

    def revert(self) -> Changes:
        return self._notes.set_private_note(self._highlight.id, self._old).changes

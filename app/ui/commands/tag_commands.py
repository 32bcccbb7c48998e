"""Undoable edits of tags: change (rename, recolour, describe, nest, key), delete, merge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.changes import Changes
from app.core.tags import Tag
from app.services.tagging import TagDeletion, TagError, TagMerge, TagService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.saved import SavedCommand

translate = QCoreApplication.translate


class _RefusableCommand(SavedCommand):
    """A command whose first run the service may refuse (a name in use, a nesting loop):
    it then marks itself obsolete, so the undo stack drops it, and keeps the reason."""

    error: Exception | None = None

    def _first_run(self, action) -> Changes:
        """What `action` changed, or nothing when the service refused it."""
        try:
            return action()
        except (TagError, LookupError) as error:
            self.error = error
            self.setObsolete(True)
            return Changes()


class ChangeTagCommand(_RefusableCommand):
    def __init__(self, tags: TagService, events: AnnotationEvents, tag: Tag, label: str, **fields) -> None:
        super().__init__(events, label)
        self._tags, self._tag_id, self._fields = tags, tag.id, fields
        self._previous: list[Tag] = []

    def apply(self) -> Changes:
        def change():
            outcome = self._tags.change(self._tag_id, **self._fields)
            _, self._previous = outcome.value
            return outcome.changes

        return self._first_run(change)

    def revert(self) -> Changes:
        return self._tags.restore(self._previous).changes


class DeleteTagCommand(SavedCommand):
    def __init__(self, tags: TagService, events: AnnotationEvents, tag: Tag) -> None:
        super().__init__(events, translate("Commands", "Delete tag {tag}").format(tag=tag.name))
        self._tags, self._tag = tags, tag
        self._deletion: TagDeletion | None = None

    def apply(self) -> Changes:
        outcome = self._tags.delete(self._tag.id)
        self._deletion = outcome.value
        return outcome.changes

    def revert(self) -> Changes:
        return self._tags.undelete(self._deletion).changes


class MergeTagsCommand(_RefusableCommand):
    def __init__(self, tags: TagService, events: AnnotationEvents, source: Tag, target: Tag) -> None:
        super().__init__(events, translate("Commands", "Merge {source} into {target}").format(
            source=source.name, target=target.name))
        self._tags, self._source, self._target = tags, source, target
        self._merge: TagMerge | None = None

    def apply(self) -> Changes:
        def merge():
            outcome = self._tags.merge(self._source.id, self._target.id)
            self._merge = outcome.value
            return outcome.changes

        return self._first_run(merge)

    def revert(self) -> Changes:
        return self._tags.unmerge(self._merge).changes


class CreateTagCommand(_RefusableCommand):
    """Create a tag; undo deletes it, redo brings it back with the same id."""

    def __init__(self, tags: TagService, events: AnnotationEvents, name: str) -> None:
        super().__init__(events, translate("Commands", "New tag {tag}").format(tag=name))
        self._tags, self._name = tags, name
        self.tag: Tag | None = None
        self._deletion: TagDeletion | None = None

    def apply(self) -> Changes:
        def create():
            outcome = self._tags.create(self._name)
            self.tag = outcome.value
            return outcome.changes

        if self._deletion is None:
            return self._first_run(create)
        outcome = self._tags.undelete(self._deletion)
        self.tag = outcome.value
        return outcome.changes

    def revert(self) -> Changes:
        outcome = self._tags.delete(self.tag.id)
        self._deletion = outcome.value
        return outcome.changes

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

    def _first_run(self, action) -> bool:
        try:
            action()
        except (TagError, LookupError) as error:
            self.error = error
            self.setObsolete(True)
            return False
        return True


class ChangeTagCommand(_RefusableCommand):
    def __init__(self, tags: TagService, events: AnnotationEvents, tag: Tag, label: str, **fields) -> None:
        super().__init__(events, label)
        self._tags, self._tag_id, self._fields = tags, tag.id, fields
        self._previous: list[Tag] = []

    def apply(self) -> None:
        def change():
            _, self._previous = self._tags.change(self._tag_id, **self._fields)

        if self._first_run(change):
            self._events.changed.emit(Changes(tags=True))

    def revert(self) -> None:
        self._tags.restore(self._previous)
        self._events.changed.emit(Changes(tags=True))


class DeleteTagCommand(SavedCommand):
    def __init__(self, tags: TagService, events: AnnotationEvents, tag: Tag) -> None:
        super().__init__(events, translate("Commands", "Delete tag {tag}").format(tag=tag.name))
        self._tags, self._tag = tags, tag
        self._deletion: TagDeletion | None = None

    def apply(self) -> None:
        self._deletion = self._tags.delete(self._tag.id)
        self._events.changed.emit(Changes(tags=True))

    def revert(self) -> None:
        self._tags.undelete(self._deletion)
        self._events.changed.emit(Changes(tags=True))


class MergeTagsCommand(_RefusableCommand):
    def __init__(self, tags: TagService, events: AnnotationEvents, source: Tag, target: Tag) -> None:
        super().__init__(events, translate("Commands", "Merge {source} into {target}").format(
            source=source.name, target=target.name))
        self._tags, self._source, self._target = tags, source, target
        self._merge: TagMerge | None = None

    def apply(self) -> None:
        def merge():
            self._merge = self._tags.merge(self._source.id, self._target.id)

        if self._first_run(merge):
            self._events.changed.emit(Changes(tags=True))

    def revert(self) -> None:
        self._tags.unmerge(self._merge)
        self._events.changed.emit(Changes(tags=True))


class CreateTagCommand(_RefusableCommand):
    """Create a tag; undo deletes it, redo brings it back with the same id."""

    def __init__(self, tags: TagService, events: AnnotationEvents, name: str) -> None:
        super().__init__(events, translate("Commands", "New tag {tag}").format(tag=name))
        self._tags, self._name = tags, name
        self.tag: Tag | None = None
        self._deletion: TagDeletion | None = None

    def apply(self) -> None:
        def create():
            self.tag = self._tags.create(self._name)

        if self._deletion is not None:
            self.tag = self._tags.undelete(self._deletion)
        elif not self._first_run(create):
            return
        self._events.changed.emit(Changes(tags=True))

    def revert(self) -> None:
        self._deletion = self._tags.delete(self.tag.id)
        self._events.changed.emit(Changes(tags=True))

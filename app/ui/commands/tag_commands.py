"""Undoable edits of tags: change (rename, recolour, describe, nest, key), delete, merge."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.core.tags import Tag
from app.services.tagging import TagDeletion, TagMerge, TagService
from app.ui.commands.events import AnnotationEvents


class ChangeTagCommand(QUndoCommand):
    def __init__(self, tags: TagService, events: AnnotationEvents, tag: Tag, label: str, **fields) -> None:
        super().__init__(label)
        self._tags, self._events, self._tag_id, self._fields = tags, events, tag.id, fields
        self._previous: list[Tag] = []

    def redo(self) -> None:
        _, self._previous = self._tags.change(self._tag_id, **self._fields)
        self._events.tags_changed.emit()

    def undo(self) -> None:
        self._tags.restore(self._previous)
        self._events.tags_changed.emit()


class DeleteTagCommand(QUndoCommand):
    def __init__(self, tags: TagService, events: AnnotationEvents, tag: Tag) -> None:
        super().__init__(f"Delete tag {tag.name}")
        self._tags, self._events, self._tag = tags, events, tag
        self._deletion: TagDeletion | None = None

    def redo(self) -> None:
        self._deletion = self._tags.delete(self._tag.id)
        self._events.tags_changed.emit()

    def undo(self) -> None:
        self._tags.undelete(self._deletion)
        self._events.tags_changed.emit()


class MergeTagsCommand(QUndoCommand):
    def __init__(self, tags: TagService, events: AnnotationEvents, source: Tag, target: Tag) -> None:
        super().__init__(f"Merge {source.name} into {target.name}")
        self._tags, self._events, self._source, self._target = tags, events, source, target
        self._merge: TagMerge | None = None

    def redo(self) -> None:
        self._merge = self._tags.merge(self._source.id, self._target.id)
        self._events.tags_changed.emit()

    def undo(self) -> None:
        self._tags.unmerge(self._merge)
        self._events.tags_changed.emit()

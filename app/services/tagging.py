"""Topic tags: create, rename, recolour, describe, nest, key, delete and merge them.

Renaming a tag to the name of another one is refused (merge them instead), so a name
always means one tag. Every change that alters what a highlight is tagged with
re-indexes those highlights in the same transaction. Destructive changes return
what they undid, so that the window's undo can put it back.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.changes import Changes, Outcome
from app.core.errors import ToldError
from app.core.messages import Message
from app.core.tags import PALETTE, Tag, is_colour, tag_key
from app.services.highlight_index import reindex_highlights
from app.store import tags as tag_store
from app.store.database import write_transaction
from app.store.highlights import add_tags, get_highlights, highlight_ids_with_tag

if TYPE_CHECKING:
    from app.store.library import Library

# A tag's name, colour, key or nesting is shown beside every highlight that carries it.
TAGS_CHANGED = Changes(tags=True)

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def has_control_characters(text: str) -> bool:
    """Whether `text` holds a control character (line breaks and tabs included): a tag
    name is one line of text shown everywhere."""
    return _UNPRINTABLE.search(text) is not None


class TagError(ToldError, ValueError):
    """A tag change that cannot be made, with the reason."""


class KeyTaken(TagError):
    """A tag's key that another tag holds: the same refusal wherever it is typed."""

    def __init__(self, key: int, holder: Tag) -> None:
        super().__init__(Message("key {key} belongs to '{name}'", key=key, name=holder.name))
        self.key, self.holder = key, holder


class TagNotFound(ToldError, LookupError):
    def __init__(self, tag: int | str) -> None:
        super().__init__(Message("no tag with id {id}", id=tag) if isinstance(tag, int)
                         else Message("no tag named '{name}'", name=tag))
        self.tag = tag


@dataclass(frozen=True)
class TagDeletion:
    """A deleted tag, the highlights that carried it and the tags nested under it."""

    tag: Tag
    highlight_ids: tuple[int, ...]
    child_ids: tuple[int, ...]


@dataclass(frozen=True)
class TagMerge:
    """`source` merged into the tag `target_id`; `added_to` are the highlights that
    received the target only through the merge."""

    source: Tag
    target_id: int
    highlight_ids: tuple[int, ...]
    added_to: tuple[int, ...]
    child_ids: tuple[int, ...]


class TagService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def tags(self) -> list[Tag]:
        """Every tag: those with a key first, in key order, then by name."""
        return tag_store.list_tags(self._library.database())

    def tag(self, tag_id: int) -> Tag:
        found = tag_store.get_tag(self._library.database(), tag_id)
        if found is None:
            raise TagNotFound(tag_id)
        return found

    def find(self, name: str) -> Tag:
        found = tag_store.find_tag(self._library.database(), name)
        if found is None:
            raise TagNotFound(name)
        return found

    def counts(self) -> dict[int, tuple[int, int]]:
        """tag id → (highlights carrying it, articles holding those highlights)."""
        return tag_store.tag_counts(self._library.database())

    def create(self, name: str, *, colour: str | None = None, parent_id: int | None = None,
               description: str = "", shortcut: int | None = None) -> Outcome[Tag]:
        db = self._library.database()
        with write_transaction(db):
            tag = Tag(name=name.strip(), colour=colour or self._free_colour(), parent_id=parent_id,
                      description=description, shortcut=shortcut)
            self._check(db, tag)
            tag_id = tag_store.insert_tag(db, tag)
        return Outcome(self.tag(tag_id), TAGS_CHANGED)

    def change(self, tag_id: int, *, take_key: bool = False, **fields) -> Outcome[tuple[Tag, list[Tag]]]:
        """Change some of a tag's fields (name, colour, description, parent_id, shortcut,
        rules: an expression that is not one is refused).

        A shortcut key that another tag holds is refused (`KeyTaken`, naming it), unless
        `take_key`: then it moves here, and that tag gets this one's old key. Returns the
        changed tag and every tag as it was before (for `restore`).
        """
        db = self._library.database()
        with write_transaction(db):
            before = self.tag(tag_id)
            changed = dataclasses.replace(before, **fields)
            changed = dataclasses.replace(changed, name=changed.name.strip())
            previous = [before]
            holder = tag_store.tag_with_shortcut(db, changed.shortcut) if changed.shortcut else None
            if holder is not None and holder.id != tag_id and not take_key:
                raise KeyTaken(changed.shortcut, holder)
            if holder is not None and holder.id != tag_id:
                previous.append(holder)
                tag_store.update_tag(db, dataclasses.replace(holder, shortcut=None))
            self._check(db, changed, before=before)
            tag_store.update_tag(db, changed)
            if holder is not None and holder.id != tag_id:
                tag_store.update_tag(db, dataclasses.replace(holder, shortcut=before.shortcut))
            if tag_key(changed.name) != tag_key(before.name) or changed.name != before.name:
                self._reindex(db, highlight_ids_with_tag(db, tag_id))
        return Outcome((self.tag(tag_id), previous), TAGS_CHANGED)

    def restore(self, tags: list[Tag]) -> Outcome[None]:
        """Write tags back as they were (undoing `change`)."""
        db = self._library.database()
        with write_transaction(db):
            for tag in tags:  # free their keys first: shortcuts are unique
                tag_store.update_tag(db, dataclasses.replace(self.tag(tag.id), shortcut=None))
            for tag in tags:
                tag_store.update_tag(db, tag)
                self._reindex(db, highlight_ids_with_tag(db, tag.id))
        return Outcome(None, TAGS_CHANGED)

    def delete(self, tag_id: int) -> Outcome[TagDeletion]:
        """Delete a tag; its highlights keep their other tags, tags under it move to its parent."""
        db = self._library.database()
        with write_transaction(db):
            tag = self.tag(tag_id)
            deletion = TagDeletion(tag, tuple(highlight_ids_with_tag(db, tag_id)),
                                   tuple(tag_store.children_of(db, tag_id)))
            tag_store.set_parent_of(db, list(deletion.child_ids), tag.parent_id)
            tag_store.delete_tag(db, tag_id)
            self._reindex(db, deletion.highlight_ids)
        return Outcome(deletion, TAGS_CHANGED)

    def undelete(self, deletion: TagDeletion) -> Outcome[Tag]:
        db = self._library.database()
        with write_transaction(db):
            tag_store.insert_tag(db, deletion.tag)
            self._put_back(db, deletion.tag.id, deletion.highlight_ids, deletion.child_ids)
        return Outcome(self.tag(deletion.tag.id), TAGS_CHANGED)

    def merge(self, source_id: int, target_id: int) -> Outcome[TagMerge]:
        """Give every highlight of `source` the tag `target`, then delete `source`."""
        if source_id == target_id:
            raise TagError(Message("a tag cannot be merged into itself"))
        db = self._library.database()
        with write_transaction(db):
            source, target = self.tag(source_id), self.tag(target_id)
            highlight_ids = highlight_ids_with_tag(db, source_id)
            already = set(highlight_ids_with_tag(db, target_id))
            merge = TagMerge(source, target.id, tuple(highlight_ids),
                             tuple(h for h in highlight_ids if h not in already),
                             tuple(tag_store.children_of(db, source_id)))
            for highlight_id in merge.added_to:
                add_tags(db, highlight_id, [target_id])
            tag_store.set_parent_of(db, [c for c in merge.child_ids if c != target_id], target_id)
            if target.parent_id == source_id:
                tag_store.update_tag(db, dataclasses.replace(target, parent_id=source.parent_id))
            tag_store.delete_tag(db, source_id)
            self._reindex(db, highlight_ids)
        return Outcome(merge, TAGS_CHANGED)

    def unmerge(self, merge: TagMerge) -> Outcome[Tag]:
        """Undo `merge`: the source tag comes back with its highlights and children."""
        db = self._library.database()
        with write_transaction(db):
            tag_store.insert_tag(db, merge.source)
            db.conn.executemany("DELETE FROM highlight_tags WHERE highlight_id = ? AND tag_id = ?",
                                [(h, merge.target_id) for h in merge.added_to])
            self._put_back(db, merge.source.id, merge.highlight_ids, merge.child_ids)
        return Outcome(self.tag(merge.source.id), TAGS_CHANGED)

    # Helpers

    def _check(self, db, tag: Tag, *, before: Tag | None = None) -> None:
        # A tag stored before these checks existed can still be changed in other ways.
        if not tag.name:
            raise TagError(Message("a tag needs a name"))
        if (before is None or tag.name != before.name) and has_control_characters(tag.name):
            raise TagError(Message("a tag name cannot hold control characters, line breaks or tabs "
                                   "('{name}')", name=tag.name))
        if (before is None or tag.colour != before.colour) and not is_colour(tag.colour):
            raise TagError(Message("'{colour}' is not a colour: write it as #rrggbb, e.g. #f2c94c",
                                   colour=tag.colour))
        holder = tag_store.find_tag(db, tag.name)
        if holder is not None and holder.id != tag.id:
            raise TagError(Message("a tag named '{name}' exists already", name=holder.name) if before is None
                           else Message("a tag named '{name}' exists already: merge the two instead",
                                        name=holder.name))
        if tag.shortcut is not None and not 1 <= tag.shortcut <= 9:
            raise TagError(Message("a tag's key must be 1 to 9"))
        if tag.shortcut is not None:
            key_holder = tag_store.tag_with_shortcut(db, tag.shortcut)
            if key_holder is not None and key_holder.id != tag.id:
                raise KeyTaken(tag.shortcut, key_holder)
        if before is None or tag.rules != before.rules:
            self._check_rules(tag.rules)
        parent = tag.parent_id
        while parent is not None:
            if parent == tag.id:
                raise TagError(Message("'{name}' cannot be nested under itself or its own sub-tags", name=tag.name))
            parent_tag = tag_store.get_tag(db, parent)
            if parent_tag is None:
                raise TagNotFound(parent)
            parent = parent_tag.parent_id

    @staticmethod
    def _check_rules(rules: dict) -> None:
        for pattern in rules.get("patterns", []):
            try:
                re.compile(pattern)
            except re.error as error:
                raise TagError(Message("'{pattern}' is not a valid expression: {error}", pattern=pattern,
                                       error=str(error))) from error
        for field in ("keywords", "site_words"):
            if any(not isinstance(word, str) or not word.strip() for word in rules.get(field, [])):
                raise TagError(Message("a rule's words cannot be empty"))

    def _free_colour(self) -> str:
        used = {tag.colour.lower() for tag in self.tags()}
        return next((colour for colour in PALETTE if colour not in used), PALETTE[len(used) % len(PALETTE)])

    def _put_back(self, db, tag_id: int, highlight_ids, child_ids) -> None:
        live = {h.id for h in get_highlights(db, list(highlight_ids))}
        for highlight_id in highlight_ids:
            if highlight_id in live:
                add_tags(db, highlight_id, [tag_id])
        tag_store.set_parent_of(db, [c for c in child_ids if tag_store.get_tag(db, c)], tag_id)
        self._reindex(db, highlight_ids)

    @staticmethod
    def _reindex(db, highlight_ids) -> None:
        reindex_highlights(db, highlight_ids)

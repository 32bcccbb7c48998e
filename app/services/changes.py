"""What changed in a library, as one value: what a write returns, what an undo command
emits, and what the change log says another window or command did."""

from __future__ import annotations

from app.core.changes import Changes
from app.store.changes import LoggedChange, changes_after, data_version, last_change
from app.store.library import Library


class LibraryChanges:
    """Read by a window: what other programs (and other connections of this one, such as
    an import running beside the window) changed since the last look.

    `PRAGMA data_version` makes a look with no outside commit cost one statement; after
    one, the change log's new rows are read, leaving out this connection's own."""

    def __init__(self, library: Library) -> None:
        self._library = library
        db = library.database()
        self._version = data_version(db)
        self._seen = last_change(db)

    def poll(self) -> Changes:
        db = self._library.database()
        version = data_version(db)
        if version == self._version:
            return Changes()
        self._version = version
        reading = changes_after(db, self._seen, not_from=getattr(db, "change_origin", None))
        self._seen = reading.last_seen
        if reading.incomplete:
            self._seen = last_change(db)
            return Changes(everything=True)
        return changes_from_log(reading.changes)


def changes_from_log(rows: list[LoggedChange]) -> Changes:
    """What the rows of the change log amount to."""
    articles, deleted, added, highlights_of, tags, feeds = set(), set(), set(), set(), False, False
    for row in rows:
        if row.table == "articles":
            if row.kind == "delete":
                deleted.add(row.row_id)
                added.discard(row.row_id)
            elif row.kind == "insert":
                added.add(row.row_id)
            else:
                articles.add(row.row_id)
        elif row.table in ("highlights", "highlight_tags"):
            if row.article_id is not None:
                highlights_of.add(row.article_id)
        elif row.table == "tags":
            tags = True
        elif row.table == "feeds":
            feeds = True
    return Changes(articles=frozenset(articles - deleted), added_articles=frozenset(added),
                   deleted_articles=frozenset(deleted), highlights_of=frozenset(highlights_of), tags=tags,
                   feeds=feeds)

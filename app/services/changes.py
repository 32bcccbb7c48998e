"""What changed in a library, as one value: what a write returns, what an undo command
emits, and what the change log says another window or command did."""

from __future__ import annotations

from app.core.changes import Changes
from app.core.errors import ToldError
from app.store.changes import LoggedChange, changes_after, data_version, last_change
from app.store.library import Library
from app.store.team import is_team_library


class LibraryChanges:
    """Read by a window: what other programs (and other connections of this one, such as
    an import running beside the window) changed since the last look.

    `PRAGMA data_version` makes a look with no outside commit cost one statement; after
    one, the change log's new rows are read, leaving out this connection's own. A team
    library is listened to (`TeamLibrary.change_listener`): a look with nothing heard costs
    no statement. While its server cannot be reached, a look finds nothing and
    `unreachable` says why (None again once it answers)."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._team = is_team_library(library)
        if self._team:
            library.change_listener()
        self.unreachable: ToldError | None = None
        db = library.database()
        self._version = data_version(db)
        self._seen = last_change(db)

    def poll(self, *, wait: float = 0.0) -> Changes:
        """What changed since the last look. `wait`: how long a team library's listener may
        take to hear a commit made just before (a notification arrives a moment after it)."""
        if self._team:
            listener = self._library.change_listener()
            if wait:
                listener.wait_heard(wait)
            if self.unreachable is not None and not listener.listening:
                return Changes()  # the listener connects again in the background: no wait here
            if self.unreachable is None and not listener.heard():
                return Changes()
        try:
            changes = self._read()
        except ToldError as error:
            if not self._team:
                raise
            self.unreachable = error
            return Changes()
        self.unreachable = None
        return changes

    def _read(self) -> Changes:
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

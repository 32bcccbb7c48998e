"""Noticing what another window or a command line changed in an open library."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.store.changes import data_version, fingerprints

if TYPE_CHECKING:
    from app.store.library import Library


class LibraryChanges:
    """Polled by a window: which parts of the library changed since the last poll.

    `PRAGMA data_version` makes a poll with no outside commit cost one statement;
    only after a commit are the tables fingerprinted to say what changed.
    """

    def __init__(self, library: Library) -> None:
        self._library = library
        db = library.database()
        self._version = data_version(db)
        self._fingerprints = fingerprints(db)

    def poll(self) -> set[str]:
        """The parts that changed: any of "articles", "highlights", "tags"."""
        db = self._library.database()
        version = data_version(db)
        if version == self._version:
            return set()
        self._version = version
        latest = fingerprints(db)
        changed = {table for table, value in latest.items() if value != self._fingerprints.get(table)}
        self._fingerprints = latest
        if "highlight_tags" in changed:
            changed = (changed - {"highlight_tags"}) | {"highlights"}
        return changed

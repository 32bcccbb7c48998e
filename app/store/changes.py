"""Telling what other connections changed in the library since we last looked."""

from __future__ import annotations

import sqlite_utils

_FINGERPRINTS = {
    "articles": "SELECT count(*), max(id), total(id), max(title_key) FROM articles",
    "highlights": "SELECT count(*), max(id), total(id), max(modified_at) FROM highlights",
    "highlight_tags": "SELECT count(*), total(highlight_id * 31 + tag_id) FROM highlight_tags",
    "tags": "SELECT group_concat(id || '|' || name || '|' || colour || '|' || ifnull(shortcut, '') "
            "|| '|' || ifnull(parent_id, ''), ';') FROM tags",
}


def data_version(db: sqlite_utils.Database) -> int:
    """A number that changes whenever another connection commits to the database."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def fingerprints(db: sqlite_utils.Database) -> dict[str, tuple]:
    """A value per table that changes when rows are added, removed or edited.

    Read `data_version` first: a commit landing while these are read bumps it, so the
    next look fingerprints again."""
    return {table: tuple(db.execute(sql).fetchone()) for table, sql in _FINGERPRINTS.items()}

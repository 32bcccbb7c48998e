"""The tags table."""

from __future__ import annotations

import sqlite_utils

from app.core.tags import Tag, tag_key


def list_tags(db: sqlite_utils.Database) -> list[Tag]:
    """Return every tag, those with a shortcut key first, in key order, then by name."""
    rows = db.execute(
        "SELECT id, name, colour, parent_id, description, shortcut FROM tags "
        "ORDER BY shortcut IS NULL, shortcut, name_key"
    ).fetchall()
    return [
        Tag(id=row[0], name=row[1], colour=row[2], parent_id=row[3], description=row[4], shortcut=row[5])
        for row in rows
    ]


def find_tag_ids(db: sqlite_utils.Database, names: list[str]) -> dict[str, int]:
    """The ids of the tags with these names (compared case-insensitively), by name key."""
    keys = [tag_key(name) for name in names]
    if not keys:
        return {}
    rows = db.execute(
        f"SELECT name_key, id FROM tags WHERE name_key IN ({','.join('?' * len(keys))})", keys
    )
    return dict(rows.fetchall())

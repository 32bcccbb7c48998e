"""Facts about the library itself (when it was made, whether the samples went in)."""

from __future__ import annotations

import sqlite_utils


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM library_meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Record a fact; call inside a write transaction."""
    db.execute(
        "INSERT INTO library_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )

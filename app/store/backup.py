"""Consistent copies of a library database, made with SQLite's online backup API (safe
while the library is in use: readers and the writer go on)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_database(source: Path, target: Path) -> None:
    """Copy the database at `source` to `target` (a new file, written whole or not at all)."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    source_connection = sqlite3.connect(str(source))
    target_connection = sqlite3.connect(str(partial))
    try:
        source_connection.backup(target_connection)
        target_connection.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        target_connection.close()
        source_connection.close()
    partial.replace(target)


def integrity_ok(path: Path) -> bool:
    connection = sqlite3.connect(str(path))
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()

"""Backing a library up, and restoring it.

Backups are single SQLite files. `carnet backup` writes one where asked (by default in
the library's `backups/` folder); before a schema migration the library takes one by
itself and keeps the last `KEPT_BEFORE_MIGRATION`.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from app.core.messages import Message
from app.store.backup import backup_database, integrity_ok
from app.store.errors import LibraryError

BACKUP_FOLDER = "backups"
KEPT_BEFORE_MIGRATION = 5


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")


def backup_library(database: Path, target: Path | None = None, *, label: str = "backup") -> Path:
    """Write a consistent copy of the library database and return its path."""
    if target is None:
        target = database.parent / BACKUP_FOLDER / f"library-{label}-{_stamp()}.sqlite"
    elif target.is_dir():
        target = target / f"library-{label}-{_stamp()}.sqlite"
    if target.exists():
        raise LibraryError(target, Message("exists already: choose another name"))
    target.parent.mkdir(parents=True, exist_ok=True)
    backup_database(database, target)
    return target


def backup_before_migration(database: Path, from_version: int) -> Path:
    """Back up a library about to be migrated, keeping only the latest few such backups."""
    path = backup_library(database, label=f"before-migration-from-{from_version}")
    older = sorted((database.parent / BACKUP_FOLDER).glob("library-before-migration-*.sqlite"))
    for stale in older[:-KEPT_BEFORE_MIGRATION]:
        stale.unlink()
    return path


def restore_library(database: Path, backup: Path) -> Path:
    """Replace the library database with a backup; the current database is backed up
    first (its path is returned). Close the library elsewhere before restoring."""
    if not backup.is_file() or not integrity_ok(backup):
        raise LibraryError(backup, Message("is not a readable Carnet backup"))
    saved = backup_library(database, label="before-restore") if database.exists() else None
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    backup_database(backup, database)
    return saved

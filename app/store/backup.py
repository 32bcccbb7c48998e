"""Consistent copies of a library database, made with SQLite's online backup API (safe
while the library is in use: readers and the writer go on), and copies put back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.store.database import BUSY_TIMEOUT_MS
from app.store.identity import read_only_uri


def backup_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy the database at `source` (a path, or an open connection such as a read-only
    library's) to `target` (a new file, written whole or not at all)."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    own_source = not isinstance(source, sqlite3.Connection)
    source_connection = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_MS / 1000) if own_source else source
    try:
        target_connection = sqlite3.connect(str(partial))
        try:
            source_connection.backup(target_connection)
            target_connection.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target_connection.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        if own_source:
            source_connection.close()


def copy_raw(source: Path, target: Path) -> None:
    """Copy a file that SQLite cannot read (so cannot back up) byte for byte, with its
    WAL if it has one, to `target` (written whole or not at all)."""
    partial = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(source, partial)
        partial.replace(target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def put_back(backup: Path, database: Path) -> None:
    """Make the live database at `database` a copy of `backup` in one transaction of the
    library's own connection (SQLite's backup API into the live file: its WAL and
    shared memory stay, and a reader sees the library before or after, never half).

    Call only while holding the library exclusively (see `app.store.locking`).
    """
    source = sqlite3.connect(read_only_uri(backup), uri=True)
    target = sqlite3.connect(str(database), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        source_page = source.execute("PRAGMA page_size").fetchone()[0]
        target_page = target.execute("PRAGMA page_size").fetchone()[0]
        mode = target.execute("PRAGMA journal_mode").fetchone()[0]
        if mode == "wal" and source_page != target_page:
            # SQLite cannot change the page size of a WAL database: leave WAL mode
            # through SQLite itself (which refuses while any other connection is open).
            target.execute("PRAGMA journal_mode = DELETE")
        source.backup(target)
        target.execute("PRAGMA journal_mode = WAL")
    finally:
        target.close()
        source.close()


def replace_unreadable(backup: Path, database: Path) -> None:
    """Put `backup` in place of a library file that SQLite cannot open at all (bytes
    that are not a database: there is no live connection to copy into). The file and
    its WAL must have been saved first. Call only while holding the library exclusively."""
    partial = database.with_name(database.name + ".restoring")
    backup_database(backup, partial)
    for suffix in ("-wal", "-shm"):  # they belonged to the unreadable file, not to the backup
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    partial.replace(database)

"""Opening the library database and running writes in transactions."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

from app.store.errors import LibraryError

BUSY_TIMEOUT_MS = 10_000
PAGE_CACHE_KIB = 64 * 1024


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the SQLite file at `path` in WAL mode with foreign keys on.

    A connection belongs to the thread that opened it: each thread opens its own.
    """
    try:
        connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        db = sqlite_utils.Database(connection, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.enable_wal()
        # In WAL mode NORMAL keeps the database consistent after a crash; only the
        # last commits before a power loss may be lost.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    except sqlite3.DatabaseError as error:
        raise LibraryError(path, f"cannot open the library database: {error}") from None
    return db


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Run the block as one transaction that takes the write lock at once.

    Nested blocks become savepoints. `BEGIN IMMEDIATE` makes a second writer wait on
    the busy timeout instead of failing when it upgrades from reading to writing.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            db.rollback()
            raise


def utc_now() -> str:
    """The current time as stored in the library: ISO 8601, UTC, to the second."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

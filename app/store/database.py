"""Opening the library database and running writes in transactions."""

from __future__ import annotations

import collections
import contextlib
import os
import sqlite3
import threading
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

from app.core.messages import Message
from app.store.changes import has_change_log, last_change, mark_origin
from app.store.errors import IndexDamaged, LibraryBusy, LibraryError, LibraryFull, LibraryReadOnly, is_index_damage
from app.store.team import is_team_database

BUSY_TIMEOUT_MS = 10_000
PAGE_CACHE_KIB = 64 * 1024


class WriteGate:
    """One write transaction at a time per library file in this process, first come,
    first served. SQLite lets one writer in at a time anyway, but its busy handler
    retries by sleeping, so a steady writer (an import) can keep another thread (an
    edit in the window) waiting; here the edit waits for at most the transaction
    running when it asked."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy = False
        self._waiting: collections.deque[threading.Event] = collections.deque()

    def acquire(self, timeout: float) -> bool:
        with self._lock:
            if not self._busy and not self._waiting:
                self._busy = True
                return True
            turn = threading.Event()
            self._waiting.append(turn)
        if turn.wait(timeout):
            return True
        with self._lock:
            if turn.is_set():  # handed over just as the wait ran out
                return True
            self._waiting.remove(turn)
            return False

    def release(self) -> None:
        with self._lock:
            if self._waiting:
                self._waiting.popleft().set()  # the gate passes to the next writer, still busy
            else:
                self._busy = False


_GATES: dict[str, WriteGate] = {}
_GATES_LOCK = threading.Lock()


def write_gate(path: Path) -> WriteGate:
    """The gate of the library file at `path` in this process."""
    key = os.path.realpath(path)
    with _GATES_LOCK:
        return _GATES.setdefault(key, WriteGate())


def open_database(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite_utils.Database:
    """Open (creating if needed) the SQLite file at `path` in WAL mode with foreign keys on.

    `read_only` opens an existing file without writing to it; `immutable` also tells
    SQLite that nothing else writes it, which lets a WAL database on a read-only disk
    open without the shared-memory file it could not create.
    A connection belongs to the thread that opened it: each thread opens its own.
    """
    try:
        if read_only or immutable:
            flags = "mode=ro&immutable=1" if immutable else "mode=ro"
            connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?{flags}", uri=True,
                                         timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        db = sqlite_utils.Database(connection, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not (read_only or immutable):
            db.enable_wal()
            # In WAL mode NORMAL keeps the database consistent after a crash; only the
            # last commits before a power loss may be lost.
            db.execute("PRAGMA synchronous = NORMAL")
        db.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        db.write_gate = write_gate(path)
        db.change_origin = uuid.uuid4().hex  # marks this connection's rows in the change log
    except sqlite3.DatabaseError as error:
        raise LibraryError(path, Message("cannot open the library database: {error}", error=error)) from None
    return db


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Run the block as one transaction that takes the write lock at once.

    Nested blocks become savepoints. `BEGIN IMMEDIATE` makes a second writer wait on
    the busy timeout instead of failing when it upgrades from reading to writing.
    A full disk or a read-only library raises `LibraryFull` or `LibraryReadOnly` once
    the transaction is rolled back. Inside one process the transactions on a library
    take turns at its `WriteGate`; the change-log rows a transaction wrote are marked
    with its connection's origin before it commits, and the connection's `after_commit`
    hooks run once it has (outside the gate). A team library's connection runs its own
    (`PostgresDatabase.write_transaction`).
    """
    if is_team_database(db):
        with db.write_transaction():
            yield db
        return
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    gate: WriteGate | None = getattr(db, "write_gate", None)
    if gate is not None and not gate.acquire(BUSY_TIMEOUT_MS / 1000):
        raise LibraryBusy(database_path(db), Message("another task of this window kept the library busy for too "
                                                     "long: the change was not saved; try it again"))
    committed = False
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            logged_before = _last_logged(db)
            yield db
            if logged_before is not None:
                mark_origin(db, logged_before, db.change_origin)
        except BaseException:
            _roll_back(db)
            raise
        else:
            try:
                db.conn.execute("COMMIT")
                committed = True
            except BaseException:
                _roll_back(db)
                raise
    except sqlite3.Error as error:
        translated = storage_error(db, error)
        if translated is None:
            raise
        raise translated from error
    finally:
        if gate is not None:
            gate.release()
    if committed:
        for hook in getattr(db, "after_commit", ()):
            hook(db)


def _last_logged(db: sqlite_utils.Database) -> int | None:
    """Where the change log stood before this transaction (None: no log, or no origin
    to mark), so its new rows can be marked as this connection's."""
    if getattr(db, "change_origin", None) is None:
        return None
    if not getattr(db, "has_change_log", False):
        db.has_change_log = has_change_log(db)  # once it has one, it keeps it
        if not db.has_change_log:
            return None
    return last_change(db)


def _roll_back(db: sqlite_utils.Database) -> None:
    if db.conn.in_transaction:  # SQLite may have rolled back already (a full disk does)
        db.conn.rollback()


def storage_error(db: sqlite_utils.Database, error: sqlite3.Error) -> LibraryError | None:
    """The library error an SQLite error stands for, when it is about the storage."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and "full" in str(error)):
        return LibraryFull(database_path(db), Message("the disk holding the library is full: the last change "
                                                      "was not saved; everything saved before it is intact"))
    if is_index_damage(error):
        return IndexDamaged(database_path(db), Message("the search index is damaged, so the change was not saved; "
                                                       "`carnet check` rebuilds the index (articles and highlights "
                                                       "are not affected)"))
    if name.startswith("SQLITE_READONLY"):
        return LibraryReadOnly(database_path(db), Message("the library is read-only: nothing can be changed in it"))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return LibraryBusy(database_path(db), Message("another window or command kept the library busy for too long: "
                                                      "the change was not saved; try it again"))
    return None


def database_path(db: sqlite_utils.Database) -> str:
    try:
        return db.execute("PRAGMA database_list").fetchone()[2] or "library"
    except sqlite3.Error:
        return "library"


def utc_now() -> str:
    """The current time as stored in the library: ISO 8601, UTC, to the second."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

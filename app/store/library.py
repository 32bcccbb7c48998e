"""An open library folder and the connection each thread has to its database."""

from __future__ import annotations

import shutil
import tempfile
import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from app.core.messages import Message
from app.store.database import open_database
from app.store.errors import LibraryError
from app.store.locking import hold_shared

DATABASE_FILE = "library.sqlite"


@dataclass
class Library:
    """An open library folder. Each thread gets its own database connection, and each
    connection holds a shared lock on the library (see `app.store.locking`) for as long
    as it is open.

    A `read_only` library is read without ever being written: no byte, no lock file,
    no -wal or -shm is created. `on_read_only_disk` says the folder itself cannot be
    written (a read-only disk or share), not just that the user asked to look without
    changing anything."""

    folder: Path
    read_only: bool = False
    on_read_only_disk: bool = False
    _local: threading.local = field(default_factory=threading.local, repr=False)
    _snapshot: Path | None = field(default=None, repr=False)
    _snapshot_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    derived_index: object | None = field(default=None, repr=False)
    """An index derived from the library's search tables (`app.search.derived_index`), or None."""
    after_commit: list = field(default_factory=list, repr=False)
    """Called with the connection after each of its write transactions has committed."""
    on_close: list = field(default_factory=list, repr=False)
    """Called when the library is closed (by the thread that opened it)."""

    @property
    def database_path(self) -> Path:
        return self.folder / DATABASE_FILE

    @property
    def name(self) -> str:
        return self.folder.name or str(self.folder)

    def database(self) -> sqlite_utils.Database:
        """This thread's connection to the library database."""
        db = getattr(self._local, "db", None)
        if db is not None and self._local.immutable and self._opened_elsewhere():
            # Another program opened the library since: from now on read through its WAL
            # (which it created), to see its commits and never pages it is checkpointing.
            # The old connection closes once nothing reads from it.
            self._local.db = db = open_database(self.database_path, read_only=True)
            self._local.immutable = False
        if db is None:
            lock = hold_shared(self.folder, read_only=self.read_only)
            try:
                db, immutable = self._connect()
            except BaseException:
                lock.release()
                raise
            db.after_commit = self.after_commit
            self._local.db, self._local.lock, self._local.immutable = db, lock, immutable
        return db

    def _opened_elsewhere(self) -> bool:
        return (not self.on_read_only_disk and _beside(self.database_path, "-wal").exists()
                and _beside(self.database_path, "-shm").exists())

    def _connect(self) -> tuple[sqlite_utils.Database, bool]:
        """A connection, and whether it reads the file as immutable."""
        if not self.read_only:
            return open_database(self.database_path), False
        if self._opened_elsewhere():
            return open_database(self.database_path, read_only=True), False  # through the WAL it made
        wal = _beside(self.database_path, "-wal")
        if not (wal.exists() and wal.stat().st_size):
            # Everything committed is in the file itself: read it without the WAL's
            # shared memory, which SQLite would otherwise create (and leave) here.
            return open_database(self.database_path, read_only=True, immutable=True), True
        # Commits left in a WAL whose shared memory is missing (or cannot be used on a
        # read-only disk): read a private copy of the two files, which SQLite may
        # complete with its own shared memory.
        return open_database(self._private_copy(), read_only=True), False

    def _private_copy(self) -> Path:
        with self._snapshot_lock:
            if self._snapshot is None:
                try:
                    workspace = Path(tempfile.mkdtemp(prefix="carnet-read-only-"))
                    weakref.finalize(self, shutil.rmtree, workspace, True)
                    copy = workspace / DATABASE_FILE
                    shutil.copyfile(_beside(self.database_path, "-wal"), _beside(copy, "-wal"))
                    shutil.copyfile(self.database_path, copy)
                except OSError as error:
                    raise LibraryError(self.database_path, Message(
                        "its last changes are in its -wal file, without the -shm file SQLite needs beside it, "
                        "and the private copy that would let them be read could not be made ({error})",
                        error=error.strerror or str(error))) from None
                self._snapshot = copy
            return self._snapshot

    def close(self) -> None:
        """Close this thread's connection, and its hold on the library."""
        for hook in self.on_close:
            hook()
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None
            self._local.lock.release()


def _beside(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)

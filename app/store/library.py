"""An open library folder and the connection each thread has to its database."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from app.store.database import open_database

DATABASE_FILE = "library.sqlite"


@dataclass
class Library:
    """An open library folder. Each thread gets its own database connection.

    A `read_only` library is read without ever being written; `on_read_only_disk` says
    the folder itself cannot be written (a read-only disk or share), not just that the
    user asked to look without changing anything."""

    folder: Path
    read_only: bool = False
    on_read_only_disk: bool = False
    _local: threading.local = field(default_factory=threading.local, repr=False)

    @property
    def database_path(self) -> Path:
        return self.folder / DATABASE_FILE

    @property
    def name(self) -> str:
        return self.folder.name or str(self.folder)

    def database(self) -> sqlite_utils.Database:
        """This thread's connection to the library database."""
        db = getattr(self._local, "db", None)
        if db is None:
            wal = self.database_path.with_name(self.database_path.name + "-wal")
            # On a disk that cannot be written SQLite cannot make the WAL's shared-memory
            # file; "immutable" reads without it, but would miss commits left in a WAL.
            immutable = self.on_read_only_disk and not (wal.exists() and wal.stat().st_size)
            db = open_database(self.database_path, read_only=self.read_only, immutable=immutable)
            self._local.db = db
        return db

    def close(self) -> None:
        """Close this thread's connection."""
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

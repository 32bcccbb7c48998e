"""What a file that should be a library database really holds, found without writing to
it: nothing yet, a Carnet library (of which schema), or something else that must never
be initialised over (an empty file, another program's database, bytes that are not
SQLite, a database too damaged to read)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from app.store.schema import SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
CARNET_TABLES = frozenset({"library_meta", "articles", "tags", "highlights", "highlight_tags"})
TABLES_NAMED = 5


class Kind(Enum):
    MISSING = "missing"          # no file: a new library may be made
    NEW = "new"                  # an SQLite file with nothing in it yet (a library being made)
    CARNET = "carnet"            # a Carnet library, `version` being its schema
    EMPTY = "empty"              # a file of 0 bytes
    NOT_SQLITE = "not sqlite"    # bytes that are not an SQLite database
    FOREIGN = "foreign"          # an SQLite database of some other program
    UNREADABLE = "unreadable"    # SQLite, but it cannot be read (damaged, or no permission)


@dataclass(frozen=True)
class Finding:
    kind: Kind
    version: int = 0
    tables: tuple[str, ...] = ()
    error: str = ""

    @property
    def is_library(self) -> bool:
        return self.kind in (Kind.MISSING, Kind.NEW, Kind.CARNET)


def inspect_database(path: Path) -> Finding:
    """What the file at `path` holds. Reads the file only: nothing is created or changed
    (the database is opened immutable, so no -wal or -shm appears)."""
    path = Path(path)
    if not path.exists():
        return Finding(Kind.MISSING)
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        return Finding(Kind.UNREADABLE, error=error.strerror or str(error))
    if not head and not _live_wal(path):
        return Finding(Kind.EMPTY)  # (a new library's first commit may be in its WAL only)
    if head and head != SQLITE_MAGIC:
        return Finding(Kind.NOT_SQLITE)
    if _in_use(path):
        finding = _inspect_sqlite(path, immutable=False)
        if finding.kind is not Kind.UNREADABLE:
            return finding
        # (shared memory that cannot be used, on a read-only disk: read the file alone)
    return _inspect_sqlite(path, immutable=True)


def _live_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _in_use(path: Path) -> bool:
    """Whether the database has a WAL with its shared memory (a program has it open, or
    stopped without closing it): only then is it read through them, which creates
    nothing. Otherwise it is read immutable, from the file alone."""
    return _live_wal(path) and path.with_name(path.name + "-shm").exists()


def _inspect_sqlite(path: Path, *, immutable: bool) -> Finding:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?{flags}", uri=True)
    except sqlite3.Error as error:
        return Finding(Kind.UNREADABLE, error=str(error))
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = tuple(row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            return Finding(Kind.NOT_SQLITE)
        return Finding(Kind.UNREADABLE, error=str(error))
    except UnicodeDecodeError:  # a table's name is no longer text: its schema page is damaged
        return Finding(Kind.UNREADABLE, error="database disk image is malformed (the list of tables is damaged)")
    finally:
        connection.close()
    if version == 0 and not tables:
        return Finding(Kind.NEW)
    # A newer Carnet may have other tables, but keeps its meta table.
    newer = version > SCHEMA_VERSION and "library_meta" in tables
    if version == 0 or not (CARNET_TABLES <= set(tables) or newer):
        return Finding(Kind.FOREIGN, version=version, tables=tables)
    return Finding(Kind.CARNET, version=version, tables=tables)


def read_only_uri(path: Path) -> str:
    """The URI that reads the database at `path` without creating anything beside it."""
    flags = "mode=ro" if _in_use(Path(path)) else "mode=ro&immutable=1"
    return f"{Path(path).absolute().as_uri()}?{flags}"


def integrity_problems(path: Path, *, limit: int = 10) -> list[str]:
    """What SQLite's integrity check finds wrong in the database at `path` (read-only;
    empty when it is whole)."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA integrity_check({int(limit)})")]
    except sqlite3.DatabaseError as error:
        rows = [str(error)]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows

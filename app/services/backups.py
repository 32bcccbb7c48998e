"""Backing a library up, and restoring it.

Backups are single SQLite files. `carnet backup` writes one where asked (by default in
the library's `backups/` folder); before a schema migration the library takes one by
itself and keeps the last `KEPT_BEFORE_MIGRATION`.
"""

from __future__ import annotations

import errno
import shlex
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from app.core.messages import Message
from app.store import identity
from app.store.backup import backup_database, copy_raw, put_back, replace_unreadable
from app.store.errors import LibraryError, LibraryFull, LibraryReadOnly
from app.store.locking import exclusive
from app.store.schema import SCHEMA_VERSION

BACKUP_FOLDER = "backups"
KEPT_BEFORE_MIGRATION = 5


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")


def backup_library(database: Path, target: Path | None = None, *, label: str = "backup",
                   source: sqlite3.Connection | None = None) -> Path:
    """Write a consistent copy of the library database and return its path. `source`
    is a connection to read it through (a read-only library's own); by default the
    database file is opened for the copy."""
    if target is None:
        target = database.parent / BACKUP_FOLDER / f"library-{label}-{_stamp()}.sqlite"
    elif target.is_dir():
        target = target / f"library-{label}-{_stamp()}.sqlite"
    if target.exists():
        raise LibraryError(target, Message("exists already: choose another name"))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        backup_database(database if source is None else source, target)
    except OSError as error:
        raise _not_written(target, error.errno, error.strerror or str(error)) from None
    except sqlite3.Error as error:
        name = getattr(error, "sqlite_errorname", "") or ""
        code = (errno.ENOSPC if name == "SQLITE_FULL" else
                errno.EROFS if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")) else None)
        raise _not_written(target, code, str(error)) from None
    return target


def _not_written(target: Path, code: int | None, detail: str) -> LibraryError:
    if code == errno.ENOSPC:
        return LibraryFull(target, Message("the backup could not be written: the disk is full (nothing was left "
                                           "behind; the library is unchanged)"))
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return LibraryReadOnly(target, Message("the backup could not be written: its folder cannot be written "
                                               "({detail}); choose another place", detail=detail))
    return LibraryError(target, Message("the backup could not be written ({detail}); the library is unchanged",
                                        detail=detail))


def backup_before_migration(database: Path, from_version: int) -> Path:
    """Back up a library about to be migrated, keeping only the latest few such backups."""
    path = backup_library(database, label=f"before-migration-from-{from_version}")
    older = sorted((database.parent / BACKUP_FOLDER).glob("library-before-migration-*.sqlite"))
    for stale in older[:-KEPT_BEFORE_MIGRATION]:
        stale.unlink()
    return path


def newest_backup(folder: Path) -> Path | None:
    """The newest file in the library's `backups/` folder that is a Carnet library this
    version can read, or None."""
    try:
        candidates = sorted((folder / BACKUP_FOLDER).glob("*.sqlite"), key=lambda path: path.stat().st_mtime,
                            reverse=True)
    except OSError:
        return None
    for path in candidates:
        if path.name.startswith("library-before-repair-"):
            continue  # a damaged library, kept as it was before a repair
        finding = identity.inspect_database(path)
        if finding.kind is identity.Kind.CARNET and 0 < finding.version <= SCHEMA_VERSION:
            return path
    return None


def restore_command_line(folder: Path, backup: Path) -> str:
    """The command that restores `backup` into the library in `folder`."""
    return f"carnet --library {shlex.quote(str(folder))} restore {shlex.quote(str(backup))}"


def restore_advice(folder: Path) -> Message:
    """Which backup to restore and how, or that there is none."""
    backup = newest_backup(folder)
    if backup is None:
        return Message("no backup was found in {folder}", folder=folder / BACKUP_FOLDER)
    return Message("the newest backup is {backup}: restore it with `{command}`", backup=backup,
                   command=restore_command_line(folder, backup))


def check_backup(backup: Path) -> None:
    """Refuse anything but a whole Carnet library of a schema this version reads."""
    if not backup.is_file():
        raise LibraryError(backup, Message("is not a file: give the path of a backup (a .sqlite file)"))
    finding = identity.inspect_database(backup)
    if finding.kind is not identity.Kind.CARNET:
        raise LibraryError(backup, Message("is not a Carnet backup ({found}); nothing was restored",
                                           found=describe(finding)))
    if finding.version > SCHEMA_VERSION:
        raise LibraryError(backup, Message("was made by a newer version of Carnet (schema {found}, this version "
                                           "reads up to {known}); nothing was restored",
                                           found=finding.version, known=SCHEMA_VERSION))
    problems = identity.integrity_problems(backup, limit=3)
    if problems:
        raise LibraryError(backup, Message("is damaged ({problems}); nothing was restored",
                                           problems="; ".join(problems)))


def describe(finding: identity.Finding) -> Message:
    """What a file that is not a Carnet library holds, in a few words."""
    kind = identity.Kind
    if finding.kind is kind.EMPTY:
        return Message("the file is empty")
    if finding.kind is kind.NOT_SQLITE:
        return Message("the file is not an SQLite database")
    if finding.kind is kind.FOREIGN:
        shown = ", ".join(finding.tables[:identity.TABLES_NAMED]) + (", …" if len(finding.tables) >
                                                                      identity.TABLES_NAMED else "")
        return Message("an SQLite database of another program, with the tables {tables}", tables=shown or "none")
    if finding.kind is kind.UNREADABLE:
        return Message("it cannot be read: {error}", error=finding.error)
    if finding.kind is kind.NEW:
        return Message("an empty SQLite database")
    return Message("a Carnet library of schema {version}", version=finding.version)


def restore_library(database: Path, backup: Path) -> Path | None:
    """Make the library database a copy of `backup`, after checking that it is a whole
    Carnet library, and return where the replaced database was saved (None when there
    was none, or an empty file).

    Refuses (`LibraryInUse`) while any other window or command has the library open:
    what they were writing would be lost. The backup is copied into the live database
    through SQLite's backup API, so its WAL and shared memory are never removed under
    a connection."""
    backup = Path(backup)
    check_backup(backup)
    folder = database.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)  # a backup can start a library on another machine
    except OSError as error:
        raise LibraryError(folder, Message("cannot create the library folder: {error}", error=error.strerror)) from None
    with exclusive(folder):
        finding = identity.inspect_database(database)
        saved = None if finding.kind in (identity.Kind.MISSING, identity.Kind.EMPTY) else _save(database)
        if finding.kind is identity.Kind.NOT_SQLITE:
            replace_unreadable(backup, database)
            return saved
        try:
            put_back(backup, database)
        except sqlite3.DatabaseError as error:
            if not getattr(error, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
                raise LibraryError(database, Message("the backup could not be put back ({error}); the library is "
                                                     "as it was", error=error)) from None
            replace_unreadable(backup, database)  # too damaged to be written through SQLite
    return saved


def _save(database: Path) -> Path:
    """Back up the database about to be replaced; bytes SQLite cannot read are copied as
    they are, so that nothing is lost whatever the file held."""
    try:
        return backup_library(database, label="before-restore")
    except (LibraryFull, LibraryReadOnly):
        raise
    except LibraryError:
        target = database.parent / BACKUP_FOLDER / f"library-before-restore-{_stamp()}.sqlite"
        try:
            copy_raw(database, target)
        except OSError as error:
            raise _not_written(target, error.errno, error.strerror or str(error)) from None
        return target

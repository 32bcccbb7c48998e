"""Checking a library through and through, repairing what can be rebuilt, and telling
damage in a sentence."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.core.messages import Message
from app.search import index as search_index
from app.services.backups import backup_library, newest_backup, restore_advice
from app.services.indexing import rebuild_index
from app.store import repair
from app.store.backup import put_back
from app.store.errors import IndexDamaged, LibraryError
from app.store.identity import integrity_problems
from app.store.library import DATABASE_FILE, Library
from app.store.locking import LibraryInUse, exclusive

MAX_PROBLEMS_LISTED = 10


class LibraryDamaged(LibraryError):
    """The library file is damaged where it was read; nothing was changed."""


def _quoted(error: BaseException, limit: int = 160) -> str:
    """An SQLite error on one line, its control characters escaped (it may quote damaged
    text), and cut short."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(error))
    return text if len(text) <= limit else text[:limit] + "…"


def damaged_library_error(folder: Path, error: sqlite3.Error) -> LibraryError | None:
    """The sentence an SQLite error stands for when it says the library file is damaged
    or could not be read, naming the backup to restore; None for any other error."""
    name = getattr(error, "sqlite_errorname", "") or ""
    path = Path(folder) / DATABASE_FILE
    if (name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(error)
            or str(error).startswith("Could not decode to UTF-8")):
        return LibraryDamaged(path, Message("the library is damaged ({error}); nothing was changed. `carnet check` "
                                            "finds what is hit and rebuilds the search index when only that is; "
                                            "otherwise {advice}", error=_quoted(error),
                                            advice=restore_advice(Path(folder))))
    if name.startswith("SQLITE_IOERR"):
        return LibraryError(path, Message("the library could not be read from the disk ({error}); nothing was "
                                          "changed", error=_quoted(error)))
    return None


def missing_row_error(folder: Path, what: Message) -> LibraryDamaged:
    """The sentence for a row that another one refers to and that cannot be found: only
    damage to the library file can do that (SQLite's foreign keys keep it from happening)."""
    return LibraryDamaged(Path(folder) / DATABASE_FILE,
                          Message("the library is damaged ({what} cannot be found); nothing was changed. "
                                  "`carnet check` says what is hit; {advice}", what=what,
                                  advice=restore_advice(Path(folder))))


@dataclass
class CheckReport:
    """What a check found: problems in the database itself, the tables they hit (only a
    backup mends articles, highlights or tags) and the search index (rebuilt when the
    library can be written)."""

    database_problems: list[str] = field(default_factory=list)
    damaged_tables: list[str] = field(default_factory=list)
    index_problem: str | None = None
    index_rebuilt: bool = False
    repaired: bool = False
    saved_copy: str | None = None
    repair_refused: str | None = None
    latest_backup: str | None = None

    @property
    def sound(self) -> bool:
        """Whether the library is whole now (the index being whole or rebuilt)."""
        database_whole = not self.database_problems or self.repaired
        return database_whole and not self.damaged_tables and (self.index_problem is None or self.index_rebuilt)


def check_library(library: Library) -> CheckReport:
    """Run SQLite's integrity check and FTS5's over the whole library (this reads all of
    it). Damage to the search index alone is repaired unless the library is read-only:
    in place when its tables can still be written, else by copying the intact tables
    into a fresh database that replaces the damaged one (the damaged file is saved in
    `backups/` first, and no other program may have the library open meanwhile).
    Damage to the articles, highlights or tags is only reported, with the backup."""
    db = library.database()
    report = CheckReport()
    try:
        report.index_problem = search_index.rebuild_reason(db) or search_index.damage(db)
    except sqlite3.DatabaseError as error:
        report.index_problem = f"the search index cannot be read ({_quoted(error)})"
    report.database_problems = [_quoted(problem) for problem in repair.problems(db.conn, limit=MAX_PROBLEMS_LISTED)]
    if not report.database_problems:  # text that is no longer UTF-8 passes SQLite's check
        unreadable = repair.unreadable_tables(db.conn)
        report.database_problems = [f"{table}: {_quoted(error)}" for table, error in unreadable.items()]
    if report.database_problems:
        try:
            hit = repair.damaged_tables(db.conn)
        except sqlite3.DatabaseError as error:
            hit = [f"the list of tables ({_quoted(error)})"]
        report.damaged_tables = [name for name in hit if not repair.is_search_table(name)]
        search_hit = [name for name in hit if repair.is_search_table(name)]
        if report.index_problem is None and search_hit:
            report.index_problem = f"the search index is damaged (tables {', '.join(search_hit)})"
    if report.damaged_tables:
        backup = newest_backup(library.folder)
        report.latest_backup = str(backup) if backup else None
        return report
    if library.read_only or (report.index_problem is None and not report.database_problems):
        return report
    if not report.database_problems:
        try:
            rebuild_index(library)
            report.index_rebuilt = True
            return report
        except (sqlite3.DatabaseError, IndexDamaged):  # its pages cannot even be freed: rebuild in a fresh copy
            pass
    _repair_by_copy(library, report)
    return report


def _repair_by_copy(library: Library, report: CheckReport) -> None:
    library.close()  # this connection's hold on the library too: the repair needs it alone
    database = library.database_path
    try:
        with exclusive(library.folder):
            report.saved_copy = str(backup_library(database, label="before-repair"))
            workspace = Path(tempfile.mkdtemp(prefix=".repair-", dir=library.folder))
            try:
                fresh = Library(workspace)
                try:
                    repair.copy_intact_tables(database, fresh.database_path)
                    rebuild_index(fresh)
                finally:
                    fresh.close()
                problems = integrity_problems(fresh.database_path)
                if problems:
                    raise LibraryError(database, Message("the repaired copy is not whole ({problems})",
                                                         problems="; ".join(problems)))
                put_back(fresh.database_path, database)
            finally:
                shutil.rmtree(workspace, ignore_errors=True)
    except LibraryInUse as error:
        report.repair_refused = str(error.reason)
        return
    except sqlite3.DatabaseError as error:
        report.repair_refused = f"the intact tables could not be copied ({error})"
        backup = newest_backup(library.folder)
        report.latest_backup = str(backup) if backup else None
        return
    report.repaired = report.index_rebuilt = True

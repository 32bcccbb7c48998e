"""Checking a library through and through, and repairing what can be rebuilt."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.search import index as search_index
from app.services.backups import BACKUP_FOLDER
from app.services.indexing import rebuild_index

if TYPE_CHECKING:
    from app.store.library import Library

MAX_PROBLEMS_LISTED = 10


@dataclass
class CheckReport:
    """What a check found: problems in the database itself (only a backup mends those)
    and in the search index (rebuilt when the library can be written)."""

    database_problems: list[str] = field(default_factory=list)
    index_problem: str | None = None
    index_rebuilt: bool = False
    latest_backup: str | None = None

    @property
    def sound(self) -> bool:
        """Whether the library is whole now (the index being whole or rebuilt)."""
        return not self.database_problems and (self.index_problem is None or self.index_rebuilt)


def check_library(library: Library) -> CheckReport:
    """Run SQLite's integrity check and FTS5's over the whole library (this reads all of
    it); a damaged or stale search index is rebuilt unless the library is read-only."""
    db = library.database()
    report = CheckReport()
    report.index_problem = search_index.rebuild_reason(db) or search_index.damage(db)
    if report.index_problem and not library.read_only:
        rebuild_index(library)
        report.index_rebuilt = True
    try:
        rows = [row[0] for row in db.execute(f"PRAGMA integrity_check({MAX_PROBLEMS_LISTED})")]
    except sqlite3.DatabaseError as error:  # too damaged for the check to finish
        rows = [str(error)]
    report.database_problems = [] if rows == ["ok"] else rows
    if report.database_problems:
        backups = sorted((library.folder / BACKUP_FOLDER).glob("*.sqlite"), key=lambda path: path.stat().st_mtime)
        report.latest_backup = str(backups[-1]) if backups else None
    return report

"""The change log: every insert, update and delete of articles, highlights, their tags,
tags and feeds is written by SQLite triggers into `change_log`, in the same transaction as
the change itself, so a reader that asks for "the rows after the last one I saw" learns
exactly what every other program changed.

Each connection marks the rows its own transactions wrote with its `origin` (at
commit, by `write_transaction`), so a window can leave out what it did itself. The log
trims itself: each thousandth row deletes the rows more than `KEPT` behind it; a
reader that fell further behind than that is told to reload everything.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.store.team import is_team_database

KEPT = 5000

_LOGGED = {
    # table: (row id, the article it belongs to), as written for NEW or OLD
    "articles": ("{row}.id", "{row}.id"),
    "highlights": ("{row}.id", "{row}.article_id"),
    "highlight_tags": ("{row}.highlight_id",
                       "(SELECT article_id FROM highlights WHERE id = {row}.highlight_id)"),
    "tags": ("{row}.id", "NULL"),
}


def create_change_log(db: sqlite_utils.Database) -> None:
    """Make the change log and the triggers that fill it (a migration step)."""
    db.execute("CREATE TABLE change_log ("
               " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
               " table_name TEXT NOT NULL,"
               " row_id INTEGER NOT NULL,"
               " article_id INTEGER,"
               " kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),"
               " origin TEXT)")
    for table, (row_id, article_id) in _LOGGED.items():
        log_changes_of(db, table, row_id, article_id)
    db.execute(f"CREATE TRIGGER trim_change_log AFTER INSERT ON change_log WHEN NEW.seq % 1000 = 0 BEGIN "
               f"DELETE FROM change_log WHERE seq <= NEW.seq - {KEPT}; END")


def log_changes_of(db: sqlite_utils.Database, table: str, row_id: str = "{row}.id",
                   article_id: str = "NULL") -> None:
    """Make the triggers that log every insert, update and delete of `table` (a migration
    step for a table a window shows, after the log exists)."""
    for kind, event, row in (("insert", "INSERT", "NEW"), ("update", "UPDATE", "NEW"), ("delete", "DELETE", "OLD")):
        db.execute(f"CREATE TRIGGER log_{kind}_{table} AFTER {event} ON {table} BEGIN "
                   f"INSERT INTO change_log (table_name, row_id, article_id, kind) VALUES "
                   f"('{table}', {row_id.format(row=row)}, {article_id.format(row=row)}, '{kind}'); END")


def data_version(db: sqlite_utils.Database) -> int:
    """A number that changes whenever another connection commits to the database (in a
    team library: whenever anyone's commit changed what the log records)."""
    if is_team_database(db):
        return last_change(db)
    return db.execute("PRAGMA data_version").fetchone()[0]


def has_change_log(db: sqlite_utils.Database) -> bool:
    if is_team_database(db):
        return True
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'change_log'").fetchone() is not None


def last_change(db: sqlite_utils.Database) -> int:
    """The sequence number of the newest row of the log (0 for none)."""
    if is_team_database(db):
        return db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").fetchone()
    return row[0] if row else 0


def mark_origin(db: sqlite_utils.Database, after: int, origin: str) -> None:
    """Mark the log rows after `after` as written by `origin` (inside its transaction)."""
    db.execute("UPDATE change_log SET origin = ? WHERE seq > ?", [origin, after])


@dataclass(frozen=True)
class LoggedChange:
    seq: int
    table: str
    row_id: int
    article_id: int | None
    kind: str


@dataclass(frozen=True)
class LogReading:
    changes: list[LoggedChange]
    last_seen: int
    """The newest row read, the reader's own included: where the next reading starts."""
    incomplete: bool
    """The log no longer reaches back to where the reading started (it was trimmed), or
    holds too many rows to be worth reading one by one: reload everything."""


def changes_after(db: sqlite_utils.Database, seq: int, *, not_from: str | None = None,
                  limit: int = KEPT) -> LogReading:
    """The logged changes after `seq`, leaving out those written by `not_from`.

    One statement reads them, so what it returns is one consistent view of the log."""
    rows = db.execute("SELECT seq, table_name, row_id, article_id, kind, origin, "
                      " (SELECT min(seq) FROM change_log) FROM change_log "
                      "WHERE seq > ? ORDER BY seq LIMIT ?", [seq, limit + 1]).fetchall()
    if not rows:
        return LogReading([], seq, False)
    oldest = rows[0][6]
    changes = [LoggedChange(*row[:5]) for row in rows[:limit] if row[5] is None or row[5] != not_from]
    return LogReading(changes, rows[min(len(rows), limit) - 1][0], oldest > seq + 1 or len(rows) > limit)

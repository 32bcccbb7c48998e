"""Finding which tables of a damaged library are hit, and copying the intact ones into
a fresh database.

A damaged page in the search tables cannot always be dropped: SQLite frees a table's
pages by walking them, and stops at the damaged one. Rather than editing the schema by
hand (`PRAGMA writable_schema`, which leaves the damaged pages in the file), the tables
that are whole are copied row by row into a new file, their indexes rebuilt there; the
caller rebuilds the search index in it and puts it in place of the damaged one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store.identity import read_only_uri

SEARCH_TABLE_PREFIXES = ("article_index", "highlight_index", "search_words", "search_state")


def is_search_table(name: str) -> bool:
    """Whether a table belongs to the search index (rebuilt from the others)."""
    return name.startswith(SEARCH_TABLE_PREFIXES)


def problems(db: sqlite3.Connection, *, limit: int) -> list[str]:
    """What SQLite's integrity check finds wrong in the whole database (at most `limit`
    problems; none when it is whole)."""
    try:
        rows = [row[0] for row in db.execute(f"PRAGMA integrity_check({int(limit)})")]
    except sqlite3.DatabaseError as error:  # too damaged for the check to finish
        rows = [str(error)]
    return [] if rows == ["ok"] else rows


def _tables(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def damaged_tables(db: sqlite3.Connection) -> list[str]:
    """The ordinary tables (with their indexes) that SQLite's integrity check finds
    damaged, or that cannot be read whole, the search tables included."""
    damaged = []
    for name in _tables(db):
        try:
            whole = db.execute(f'PRAGMA integrity_check("{name}")').fetchall() == [("ok",)]
        except sqlite3.DatabaseError:
            whole = False
        if not whole or unreadable(db, name):
            damaged.append(name)
    return damaged


def unreadable_tables(db: sqlite3.Connection) -> dict[str, str]:
    """The tables whose rows cannot all be read (text that is not UTF-8 any more, pages
    the integrity check does not follow), with the error each gave."""
    found = {}
    for name in _tables(db):
        error = unreadable(db, name)
        if error:
            found[name] = error
    return found


def unreadable(db: sqlite3.Connection, table: str) -> str | None:
    """Why the rows of `table` cannot all be read, or None."""
    try:
        for _ in db.execute(f'SELECT * FROM "{table}"'):
            pass
    except (sqlite3.DatabaseError, ValueError) as error:
        return str(error)
    return None


def copy_intact_tables(source: Path, target: Path) -> None:
    """Write a new database at `target` holding every table of `source` but the search
    tables, with the same schema version, indexes and rows. Raises `sqlite3.Error` when
    a table cannot be read whole."""
    connection = sqlite3.connect(target.absolute().as_uri(), uri=True)  # so that ATTACH reads a URI
    try:
        connection.execute("ATTACH DATABASE ? AS damaged", [read_only_uri(source)])
        schema = connection.execute(
            "SELECT type, name, sql FROM damaged.sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid").fetchall()
        version = connection.execute("PRAGMA damaged.user_version").fetchone()[0]
        connection.execute("BEGIN")
        for kind, name, sql in schema:
            if kind == "table" and not is_search_table(name):
                connection.execute(sql)
                connection.execute(f'INSERT INTO main."{name}" SELECT * FROM damaged."{name}"')
        for kind, name, sql in schema:
            if kind != "table" and not is_search_table(name) and not _on_search_table(connection, name):
                connection.execute(sql)
        connection.execute(f"PRAGMA user_version = {int(version)}")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE damaged")
    finally:
        connection.close()


def _on_search_table(connection: sqlite3.Connection, name: str) -> bool:
    row = connection.execute("SELECT tbl_name FROM damaged.sqlite_master WHERE name = ?", [name]).fetchone()
    return row is not None and is_search_table(row[0])

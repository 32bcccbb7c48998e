"""The versions of highlights' notes (`highlights.note_version`, `note_by`, `note_at`, and
the texts they replaced in `note_history`) and the private notes (`private_notes`), one
per highlight and author.

In a team library each row names a PostgreSQL role, filled in by the server
(`current_user`), and row-level security shows a private note to its author alone; in a
local library the one author is the library's owner, written ''. The queries here also
name the author, so that a role the server lets past row-level security (a superuser)
still reads only its own private notes through Carnet."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.store.database import utc_now
from app.store.team import is_team_database

LOCAL_AUTHOR = ""
"""The author of every note of a local library."""


@dataclass(frozen=True)
class NoteVersion:
    """One text a highlight's note had: its `version` (counted from 0, the note a new
    highlight has), who saved it and when."""

    highlight_id: int
    version: int
    note: str
    written_by: str
    written_at: str


@dataclass(frozen=True)
class ReplacedNote(NoteVersion):
    """A text of the note history, with who replaced it and when; `unseen`: the save that
    replaced it had started from an earlier text (two members edited the note at once)."""

    replaced_by: str = ""
    replaced_at: str = ""
    unseen: bool = False


@dataclass(frozen=True)
class PrivateNote:
    highlight_id: int
    note: str
    created_at: str
    modified_at: str


def create_note_tables(db: sqlite_utils.Database) -> None:
    """The local library's note versions, note history and private notes."""
    db.execute("ALTER TABLE highlights ADD COLUMN note_version INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE highlights ADD COLUMN note_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE highlights ADD COLUMN note_at TEXT NOT NULL DEFAULT ''")
    db.execute("""CREATE TABLE note_history (
        id INTEGER PRIMARY KEY,
        highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        note TEXT NOT NULL,
        written_by TEXT NOT NULL,
        written_at TEXT NOT NULL,
        replaced_by TEXT NOT NULL DEFAULT '',
        replaced_at TEXT NOT NULL,
        unseen INTEGER NOT NULL DEFAULT 0 CHECK (unseen IN (0, 1)),
        UNIQUE (highlight_id, version))""")
    db.execute("""CREATE TABLE private_notes (
        highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
        author TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        PRIMARY KEY (highlight_id, author)) WITHOUT ROWID""")


def _me(db) -> str:
    """The SQL naming the author connected."""
    return "current_user" if is_team_database(db) else "''"


def current_author(db) -> str:
    """Who writes through this connection: the role in a team library, '' in a local one."""
    if is_team_database(db):
        return db.execute("SELECT current_user").fetchone()[0]
    return LOCAL_AUTHOR


# The note's versions

def current_note(db, highlight_id: int, *, lock: bool = False) -> NoteVersion | None:
    """The note a highlight has now; `lock` (inside a write transaction) keeps other
    writers of the team library off the highlight's row until the transaction ends (a
    local library's transaction holds the whole file already)."""
    row = db.execute("SELECT note_version, note, note_by, CASE WHEN note_at = '' THEN created_at ELSE note_at END "
                     "FROM highlights WHERE id = ?" + (" FOR UPDATE" if lock and is_team_database(db) else ""),
                     [highlight_id]).fetchone()
    return NoteVersion(highlight_id, *row) if row else None


def save_note(db, before: NoteVersion, note: str, *, unseen: bool) -> int:
    """Replace the note `before` (read with `lock`) by `note`, keeping `before` in the
    history; the new version. Call inside a write transaction."""
    now = utc_now()
    db.execute("INSERT INTO note_history (highlight_id, version, note, written_by, written_at, replaced_at, unseen) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)",
               [before.highlight_id, before.version, before.note, before.written_by, before.written_at, now, unseen])
    version = before.version + 1
    db.execute(f"UPDATE highlights SET note = ?, note_version = ?, note_by = {_me(db)}, note_at = ?, modified_at = ? "
               "WHERE id = ?", [note, version, now, now, before.highlight_id])
    return version


def note_history(db, highlight_id: int) -> list[ReplacedNote]:
    """The texts a highlight's note had before its current one, oldest first."""
    rows = db.execute("SELECT highlight_id, version, note, written_by, written_at, replaced_by, replaced_at, unseen "
                      "FROM note_history WHERE highlight_id = ? ORDER BY version", [highlight_id]).fetchall()
    return [ReplacedNote(*row[:7], unseen=bool(row[7])) for row in rows]


def note_version(db, highlight_id: int, version: int) -> NoteVersion | None:
    """One version of a highlight's note, the current one or one of its history."""
    current = current_note(db, highlight_id)
    if current is not None and current.version == version:
        return current
    return next((kept for kept in note_history(db, highlight_id) if kept.version == version), None)


# Private notes

def get_private_note(db, highlight_id: int) -> PrivateNote | None:
    row = db.execute(f"SELECT highlight_id, note, created_at, modified_at FROM private_notes "
                     f"WHERE highlight_id = ? AND author = {_me(db)}", [highlight_id]).fetchone()
    return PrivateNote(*row) if row else None


def private_notes(db, highlight_ids: list[int]) -> dict[int, PrivateNote]:
    """The private notes of the author connected on these highlights, by highlight."""
    if not highlight_ids:
        return {}
    marks = ",".join("?" * len(highlight_ids))
    rows = db.execute(f"SELECT highlight_id, note, created_at, modified_at FROM private_notes "
                      f"WHERE author = {_me(db)} AND highlight_id IN ({marks})", list(highlight_ids)).fetchall()
    return {row[0]: PrivateNote(*row) for row in rows}


def set_private_note(db, highlight_id: int, note: str) -> None:
    """Write the connected author's private note on a highlight. Call inside a write transaction."""
    now = utc_now()
    updated = db.execute(f"UPDATE private_notes SET note = ?, modified_at = ? "
                         f"WHERE highlight_id = ? AND author = {_me(db)}", [note, now, highlight_id])
    if not updated.rowcount:
        db.execute("INSERT INTO private_notes (highlight_id, note, created_at, modified_at) VALUES (?, ?, ?, ?)",
                   [highlight_id, note, now, now])


def insert_private_note(db, note: PrivateNote) -> None:
    """Store a private note of the connected author with its own times (one copied from
    another library). Call inside a write transaction."""
    db.execute("INSERT INTO private_notes (highlight_id, note, created_at, modified_at) VALUES (?, ?, ?, ?)",
               [note.highlight_id, note.note, note.created_at, note.modified_at])


def clear_private_note(db, highlight_id: int) -> bool:
    """Delete the connected author's private note on a highlight; whether there was one."""
    return bool(db.execute(f"DELETE FROM private_notes WHERE highlight_id = ? AND author = {_me(db)}",
                           [highlight_id]).rowcount)

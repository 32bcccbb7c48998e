"""The highlights and highlight_tags tables."""

from __future__ import annotations

from typing import Iterable, Iterator

import sqlite_utils

from app.core.anchoring import Anchor, AnchorStatus
from app.core.highlight import Highlight
from app.store.database import utc_now

_SELECT = """
SELECT h.id, h.article_id, h.start_offset, h.end_offset, h.exact, h.prefix, h.suffix, h.note,
       h.anchor_status, h.anchor_score, h.created_at, h.modified_at, h.created_by,
       (SELECT group_concat(id || char(30) || name, char(31)) FROM (
            SELECT t.id, t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id
            WHERE ht.highlight_id = h.id ORDER BY t.shortcut IS NULL, t.shortcut, t.name_key) AS tag_rows)
FROM highlights h
"""


def _highlight(row) -> Highlight:
    (highlight_id, article_id, start, end, exact, prefix, suffix, note, status, score,
     created, modified, author, tags) = row
    pairs = [pair.split("\x1e", 1) for pair in tags.split("\x1f")] if tags else []
    return Highlight(
        id=highlight_id, article_id=article_id, anchor=Anchor(start, end, exact, prefix, suffix),
        note=note, tag_ids=tuple(int(tag_id) for tag_id, _ in pairs), tags=tuple(name for _, name in pairs),
        status=AnchorStatus(status), score=score, created_at=created, modified_at=modified,
        author=author,
    )


def insert_highlight(db: sqlite_utils.Database, highlight: Highlight) -> int:
    """Store a highlight with its tags and return its id (its own id, when it has one:
    that is how an undone deletion comes back). Call inside a write transaction."""
    now = utc_now()
    anchor = highlight.anchor
    # Without an author the column's default signs it: NULL (the owner) in a local
    # library, the connected role in a team library.
    author_column, author_mark = (", created_by", ", ?") if highlight.author is not None else ("", "")
    cursor = db.execute(
        "INSERT INTO highlights (id, article_id, start_offset, end_offset, exact, prefix, suffix, note, "
        f"anchor_status, anchor_score, created_at, modified_at{author_column}) "
        f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?{author_mark})",
        [highlight.id, highlight.article_id, anchor.start, anchor.end, anchor.exact, anchor.prefix,
         anchor.suffix, highlight.note, highlight.status.value, highlight.score,
         highlight.created_at or now, highlight.modified_at or now,
         *([highlight.author] if highlight.author is not None else [])],
    )
    highlight_id = cursor.lastrowid
    add_tags(db, highlight_id, highlight.tag_ids)
    return highlight_id


def delete_highlight(db: sqlite_utils.Database, highlight_id: int) -> None:
    db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])


def add_tags(db: sqlite_utils.Database, highlight_id: int, tag_ids: Iterable[int]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)",
        [(highlight_id, tag_id) for tag_id in tag_ids],
    )


def remove_tag(db: sqlite_utils.Database, highlight_id: int, tag_id: int) -> None:
    db.execute("DELETE FROM highlight_tags WHERE highlight_id = ? AND tag_id = ?", [highlight_id, tag_id])


def touch(db: sqlite_utils.Database, highlight_id: int) -> None:
    db.execute("UPDATE highlights SET modified_at = ? WHERE id = ?", [utc_now(), highlight_id])


def set_note(db: sqlite_utils.Database, highlight_id: int, note: str) -> None:
    db.execute("UPDATE highlights SET note = ?, modified_at = ? WHERE id = ?", [note, utc_now(), highlight_id])


def set_anchor(db: sqlite_utils.Database, highlight_id: int, *, start: int, end: int,
               status: AnchorStatus, score: float) -> None:
    """Record where a highlight now lands (the quote and context stay as they were)."""
    db.execute(
        "UPDATE highlights SET start_offset = ?, end_offset = ?, anchor_status = ?, anchor_score = ? WHERE id = ?",
        [start, end, status.value, score, highlight_id],
    )


def get_highlight(db: sqlite_utils.Database, highlight_id: int) -> Highlight | None:
    row = db.execute(f"{_SELECT} WHERE h.id = ?", [highlight_id]).fetchone()
    return _highlight(row) if row else None


def get_highlights(db: sqlite_utils.Database, highlight_ids: list[int]) -> list[Highlight]:
    """The highlights with these ids, by article and position."""
    if not highlight_ids:
        return []
    marks = ",".join("?" * len(highlight_ids))
    rows = db.execute(f"{_SELECT} WHERE h.id IN ({marks}) ORDER BY h.article_id, h.start_offset, h.id",
                      list(highlight_ids))
    return [_highlight(row) for row in rows]


def list_highlights(db: sqlite_utils.Database, *, article_id: int | None = None,
                    tag_id: int | None = None) -> list[Highlight]:
    """Highlights in text order, of one article and/or carrying one tag."""
    conditions, params = [], []
    if article_id is not None:
        conditions.append("h.article_id = ?")
        params.append(article_id)
    if tag_id is not None:
        conditions.append("h.id IN (SELECT highlight_id FROM highlight_tags WHERE tag_id = ?)")
        params.append(tag_id)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = db.execute(f"{_SELECT} {where} ORDER BY h.article_id, h.start_offset, h.end_offset, h.id", params)
    return [_highlight(row) for row in rows]


def highlight_ids_with_tag(db: sqlite_utils.Database, tag_id: int) -> list[int]:
    rows = db.execute("SELECT highlight_id FROM highlight_tags WHERE tag_id = ? ORDER BY highlight_id", [tag_id])
    return [row[0] for row in rows]


def all_highlights(db: sqlite_utils.Database) -> Iterator[tuple[Highlight, str]]:
    """Every highlight with its article's language, for rebuilding the index."""
    rows = db.execute(f"{_SELECT.replace('FROM highlights h', ', a.language FROM highlights h')} "
                      "JOIN articles a ON a.id = h.article_id ORDER BY h.id")
    for *values, language in rows:
        yield _highlight(values), language

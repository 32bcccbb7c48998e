"""The highlights and highlight_tags tables."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.store.database import utc_now


@dataclass(frozen=True)
class HighlightRow:
    id: int
    article_id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    note: str
    tags: tuple[str, ...]


def insert_highlight(db: sqlite_utils.Database, *, article_id: int, start: int, end: int, exact: str,
                     prefix: str, suffix: str, note: str = "") -> int:
    """Store a highlight and return its id. Call inside a write transaction."""
    now = utc_now()
    cursor = db.execute(
        "INSERT INTO highlights (article_id, start_offset, end_offset, exact, prefix, suffix, note, "
        "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [article_id, start, end, exact, prefix, suffix, note, now, now],
    )
    return cursor.lastrowid


def add_tags(db: sqlite_utils.Database, highlight_id: int, tag_ids: list[int]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)",
        [(highlight_id, tag_id) for tag_id in tag_ids],
    )


_SELECT = """
SELECT h.id, h.article_id, h.start_offset, h.end_offset, h.exact, h.prefix, h.suffix, h.note,
       (SELECT group_concat(name, char(31)) FROM (
            SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id
            WHERE ht.highlight_id = h.id ORDER BY t.shortcut IS NULL, t.shortcut, t.name_key))
FROM highlights h
"""


def _row(values) -> HighlightRow:
    *fields, tags = values
    return HighlightRow(*fields, tags=tuple(tags.split("\x1f")) if tags else ())


def get_highlights(db: sqlite_utils.Database, highlight_ids: list[int]) -> list[HighlightRow]:
    """The highlights with these ids, by article and position."""
    if not highlight_ids:
        return []
    marks = ",".join("?" * len(highlight_ids))
    rows = db.execute(f"{_SELECT} WHERE h.id IN ({marks}) ORDER BY h.article_id, h.start_offset",
                      list(highlight_ids))
    return [_row(values) for values in rows]


def highlights_of_article(db: sqlite_utils.Database, article_id: int) -> list[HighlightRow]:
    rows = db.execute(f"{_SELECT} WHERE h.article_id = ? ORDER BY h.start_offset, h.id", [article_id])
    return [_row(values) for values in rows]


def all_highlights(db: sqlite_utils.Database):
    """Every highlight with its article's language, for rebuilding the index."""
    rows = db.execute(f"{_SELECT.replace('FROM highlights h', ', a.language FROM highlights h')} "
                      "JOIN articles a ON a.id = h.article_id ORDER BY h.id")
    for *values, language in rows:
        yield _row(values), language

"""The tags table."""

from __future__ import annotations

import json

import sqlite_utils

from app.core.tags import Tag, tag_key

_COLUMNS = "id, name, colour, parent_id, description, shortcut, rules"


def _tag(row) -> Tag:
    return Tag(id=row[0], name=row[1], colour=row[2], parent_id=row[3], description=row[4], shortcut=row[5],
               rules=json.loads(row[6] or "{}"))


def list_tags(db: sqlite_utils.Database) -> list[Tag]:
    """Every tag, those with a shortcut key first, in key order, then by name."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM tags ORDER BY shortcut IS NULL, shortcut, name_key")
    return [_tag(row) for row in rows]


def get_tag(db: sqlite_utils.Database, tag_id: int) -> Tag | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM tags WHERE id = ?", [tag_id]).fetchone()
    return _tag(row) if row else None


def find_tag(db: sqlite_utils.Database, name: str) -> Tag | None:
    """The tag with this name, compared without case or Unicode form."""
    row = db.execute(f"SELECT {_COLUMNS} FROM tags WHERE name_key = ?", [tag_key(name)]).fetchone()
    return _tag(row) if row else None


def find_tag_ids(db: sqlite_utils.Database, names: list[str]) -> dict[str, int]:
    """The ids of the tags with these names (compared case-insensitively), by name key."""
    keys = [tag_key(name) for name in names]
    if not keys:
        return {}
    rows = db.execute(
        f"SELECT name_key, id FROM tags WHERE name_key IN ({','.join('?' * len(keys))})", keys
    )
    return dict(rows.fetchall())


def tag_with_shortcut(db: sqlite_utils.Database, key: int) -> Tag | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM tags WHERE shortcut = ?", [key]).fetchone()
    return _tag(row) if row else None


def insert_tag(db: sqlite_utils.Database, tag: Tag) -> int:
    """Store a tag (with its own id when it has one) and return its id."""
    cursor = db.execute(
        "INSERT INTO tags (id, name, name_key, colour, parent_id, description, shortcut, rules) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [tag.id, tag.name.strip(), tag_key(tag.name), tag.colour, tag.parent_id, tag.description, tag.shortcut,
         json.dumps(tag.rules, ensure_ascii=False)],
    )
    return cursor.lastrowid


def update_tag(db: sqlite_utils.Database, tag: Tag) -> None:
    """Write every field of an existing tag."""
    db.execute(
        "UPDATE tags SET name = ?, name_key = ?, colour = ?, parent_id = ?, description = ?, shortcut = ?, "
        "rules = ? WHERE id = ?",
        [tag.name.strip(), tag_key(tag.name), tag.colour, tag.parent_id, tag.description, tag.shortcut,
         json.dumps(tag.rules, ensure_ascii=False), tag.id],
    )


def delete_tag(db: sqlite_utils.Database, tag_id: int) -> None:
    db.execute("DELETE FROM tags WHERE id = ?", [tag_id])


def children_of(db: sqlite_utils.Database, tag_id: int) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM tags WHERE parent_id = ? ORDER BY id", [tag_id])]


def set_parent_of(db: sqlite_utils.Database, tag_ids: list[int], parent_id: int | None) -> None:
    db.conn.executemany("UPDATE tags SET parent_id = ? WHERE id = ?", [(parent_id, t) for t in tag_ids])


def tag_counts(db: sqlite_utils.Database) -> dict[int, tuple[int, int]]:
    """For each tag id: how many highlights carry it, and in how many articles."""
    rows = db.execute(
        "SELECT t.id, count(h.id), count(DISTINCT h.article_id) FROM tags t "
        "LEFT JOIN highlight_tags ht ON ht.tag_id = t.id LEFT JOIN highlights h ON h.id = ht.highlight_id "
        "GROUP BY t.id"
    )
    return {tag_id: (highlights, articles) for tag_id, highlights, articles in rows}


def tag_article_counts(db: sqlite_utils.Database) -> list[tuple[int, int, str | None, int]]:
    """(tag id, article id, article publication date, highlights) for every pair that has any."""
    rows = db.execute(
        "SELECT ht.tag_id, h.article_id, a.published, count(*) FROM highlight_tags ht "
        "JOIN highlights h ON h.id = ht.highlight_id JOIN articles a ON a.id = h.article_id "
        "GROUP BY ht.tag_id, h.article_id, a.published ORDER BY ht.tag_id, h.article_id"
    )
    return [tuple(row) for row in rows]


def describe_tags(db: sqlite_utils.Database, descriptions: dict[str, str]) -> None:
    """Set the description of the tags named (name → description). Call inside a write
    transaction."""
    for name, description in descriptions.items():
        db.execute("UPDATE tags SET description = ? WHERE name_key = ?", [description, tag_key(name)])

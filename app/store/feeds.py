"""The feeds a library follows and the entries already seen of each."""

from __future__ import annotations

from typing import Iterable

import json

import sqlite_utils

from app.core.feeds import Feed
from app.core.messages import Message
from app.store.changes import log_changes_of
from app.store.database import utc_now

FEEDS_SCHEMA = """
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT,
    tag TEXT,
    title TEXT,
    site_url TEXT,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT,
    last_error TEXT,
    new_entries INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);
CREATE TABLE feed_entries (
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    entry_key TEXT NOT NULL,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
) WITHOUT ROWID;
CREATE INDEX feed_entries_article ON feed_entries (article_id);
CREATE INDEX articles_url ON articles (url);
"""

_COLUMNS = ("id, url, name, tag, title, site_url, etag, last_modified, checked_at, last_error, new_entries, "
            "(SELECT count(*) FROM feed_entries WHERE feed_id = feeds.id)")


def create_feed_tables(db: sqlite_utils.Database) -> None:
    """The feeds tables, their changes logged for the window's Feeds panel (a migration
    step); also an index to find articles by address."""
    for statement in FEEDS_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    log_changes_of(db, "feeds")


def _feed(row) -> Feed:
    return Feed(*row[:9], _message_from_json(row[9]), *row[10:])


def _message_json(message: Message) -> str:
    """A message as JSON, its values that are messages too: the window translates it."""
    def plain(value: Message) -> dict:
        return {"template": value.template,
                "values": {name: plain(v) if isinstance(v, Message) else v if isinstance(v, (int, float)) else str(v)
                           for name, v in value.values.items()}}
    return json.dumps(plain(message), ensure_ascii=False)


def _message_from_json(text: str | None) -> Message | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return Message("{error}", error=text)

    def build(value):
        if isinstance(value, dict) and isinstance(value.get("template"), str):
            return Message(value["template"], **{k: build(v) for k, v in (value.get("values") or {}).items()})
        return value
    built = build(data)
    return built if isinstance(built, Message) else Message("{error}", error=text)


def list_feeds(db: sqlite_utils.Database) -> list[Feed]:
    return [_feed(row) for row in db.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY id")]


def get_feed(db: sqlite_utils.Database, feed_id: int) -> Feed | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE id = ?", [feed_id]).fetchone()
    return _feed(row) if row else None


def find_feed_by_url(db: sqlite_utils.Database, url: str) -> Feed | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", [url]).fetchone()
    return _feed(row) if row else None


def insert_feed(db: sqlite_utils.Database, url: str, *, name: str | None, tag: str | None,
                title: str | None = None) -> int:
    """Call inside a write transaction."""
    return db.execute("INSERT INTO feeds (url, name, tag, title, added_at) VALUES (?, ?, ?, ?, ?)",
                      [url, name, tag, title, utc_now()]).lastrowid


def delete_feed(db: sqlite_utils.Database, feed_id: int) -> None:
    db.execute("DELETE FROM feeds WHERE id = ?", [feed_id])


def unseen_keys(db: sqlite_utils.Database, feed_id: int, keys: Iterable[str]) -> list[str]:
    """The keys among `keys` of entries not seen yet in this feed, in their order."""
    wanted = list(dict.fromkeys(keys))
    seen: set[str] = set()
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        marks = ", ".join("?" * len(part))
        seen.update(row[0] for row in db.execute(
            f"SELECT entry_key FROM feed_entries WHERE feed_id = ? AND entry_key IN ({marks})", [feed_id, *part]))
    return [key for key in wanted if key not in seen]


def record_update(db: sqlite_utils.Database, feed_id: int, *, seen: Iterable[tuple[str, int | None]],
                  title: str | None, site_url: str | None, etag: str | None, last_modified: str | None,
                  error: str | None, new_entries: int) -> None:
    """Remember the entries seen (with the article each became) and how the update went.
    Call inside a write transaction."""
    now = utc_now()
    db.conn.executemany(
        "INSERT OR IGNORE INTO feed_entries (feed_id, entry_key, article_id, seen_at) VALUES (?, ?, ?, ?)",
        [(feed_id, key, article_id, now) for key, article_id in seen])
    db.execute("UPDATE feeds SET title = coalesce(?, title), site_url = coalesce(?, site_url), etag = ?, "
               "last_modified = ?, checked_at = ?, last_error = ?, new_entries = ? WHERE id = ?",
               [title, site_url, etag, last_modified, now, error, new_entries, feed_id])


def record_failure(db: sqlite_utils.Database, feed_id: int, error: Message) -> None:
    """An update that failed: the feed keeps its validators and entries."""
    db.execute("UPDATE feeds SET checked_at = ?, last_error = ?, new_entries = 0 WHERE id = ?",
               [utc_now(), _message_json(error), feed_id])

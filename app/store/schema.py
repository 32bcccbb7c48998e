"""The library schema and its migrations, versioned by `PRAGMA user_version`.

Each migration runs in its own transaction together with the version bump, so a
library is always at exactly one version.
"""

from __future__ import annotations

import json
from typing import Callable

import sqlite_utils

from app.core.article import sort_key
from app.core.messages import Message
from app.core.tags import DEFAULT_TAGS, PALETTE, is_colour, tag_key
from app.store.articles import new_citation_key, set_citation_key
from app.store.changes import create_change_log
from app.store.database import write_transaction
from app.store.errors import LibraryError
from app.store.exchange_guids import create_exchange_guid_table
from app.store.feeds import create_feed_tables
from app.store.images import create_image_table
from app.store.notes import create_note_tables
from app.store.stories import create_story_tables

_SCHEMA_1 = """
CREATE TABLE library_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    source TEXT,
    author TEXT,
    url TEXT,
    published TEXT,
    language TEXT NOT NULL DEFAULT 'und',
    body TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    original_path TEXT,
    format TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]',
    extras TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_original_path ON articles (original_path);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    colour TEXT NOT NULL,
    parent_id INTEGER REFERENCES tags (id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    shortcut INTEGER UNIQUE CHECK (shortcut BETWEEN 1 AND 9)
);
CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (end_offset > start_offset)
);
CREATE INDEX highlights_article ON highlights (article_id, start_offset);
CREATE TABLE highlight_tags (
    highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (highlight_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX highlight_tags_tag ON highlight_tags (tag_id, highlight_id);
"""


def _create_schema_1(db: sqlite_utils.Database) -> None:
    for statement in _SCHEMA_1.split(";"):
        if statement.strip():
            db.execute(statement)
    db["tags"].insert_all(
        {
            "name": tag.name,
            "name_key": tag_key(tag.name),
            "colour": tag.colour,
            "description": tag.description,
            "shortcut": tag.shortcut,
        }
        for tag in DEFAULT_TAGS
    )


def _add_anchor_status(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE highlights ADD COLUMN anchor_status TEXT NOT NULL DEFAULT 'exact' "
               "CHECK (anchor_status IN ('exact', 'moved', 'fuzzy', 'orphan'))")
    db.execute("ALTER TABLE highlights ADD COLUMN anchor_score REAL NOT NULL DEFAULT 1.0")


def _add_topic_rules(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE tags ADD COLUMN rules TEXT NOT NULL DEFAULT '{}'")
    db.execute(
        "CREATE TABLE rejected_suggestions ("
        " article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
        " sentence_hash TEXT NOT NULL,"
        " tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
        " PRIMARY KEY (article_id, sentence_hash, tag_id)) WITHOUT ROWID"
    )
    for tag in DEFAULT_TAGS:
        db.execute("UPDATE tags SET rules = ? WHERE name_key = ? AND rules = '{}'",
                   [json.dumps(tag.rules, ensure_ascii=False), tag_key(tag.name)])


def _add_sort_keys(db: sqlite_utils.Database) -> None:
    db.conn.create_function("carnet_sort_key", 1, sort_key, deterministic=True)
    db.execute("ALTER TABLE articles ADD COLUMN title_key TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE articles ADD COLUMN source_key TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE articles SET title_key = carnet_sort_key(title), source_key = carnet_sort_key(source)")
    db.execute("CREATE INDEX articles_by_title ON articles (title_key, id)")
    db.execute("CREATE INDEX articles_by_source ON articles (source_key, id)")
    db.execute("CREATE INDEX articles_by_published ON articles (ifnull(published, ''), id)")


def _log_changes_and_check_colours(db: sqlite_utils.Database) -> None:
    create_change_log(db)
    # Colours were not checked before: one that is not #rrggbb (it could break the
    # markup it is drawn in) becomes a colour of the palette.
    for number, (tag_id, colour) in enumerate(db.execute("SELECT id, colour FROM tags").fetchall()):
        if not is_colour(colour):
            db.execute("UPDATE tags SET colour = ? WHERE id = ?", [PALETTE[number % len(PALETTE)], tag_id])


def _index_languages(db: sqlite_utils.Database) -> None:
    # Search filters on the articles are turned into sets of ids read from indexes:
    # `lang:` needs this one, `date:` uses articles_published.
    db.execute("CREATE INDEX articles_language ON articles (language)")


def _group_stories(db: sqlite_utils.Database) -> None:
    # Only the tables: the signatures of the articles already there are computed after
    # the migration, a short transaction at a time (`app.services.stories.sign_unsigned`).
    create_story_tables(db)


def _require_site_words(db: sqlite_utils.Database) -> None:
    # The sites rule of a library made before site words existed proposes every sentence
    # naming a place, the summit's city included; new libraries' rule wants one of its
    # site words in the sentence too. A rule that has site words (or none on purpose:
    # a tag not named sites, a rule without places) is left as it is.
    default = next(tag for tag in DEFAULT_TAGS if tag.name == "sites")
    row = db.execute("SELECT id, rules FROM tags WHERE name_key = ?", [tag_key(default.name)]).fetchone()
    if row is None:
        return
    try:
        rules = json.loads(row[1] or "{}")
    except ValueError:
        return
    if isinstance(rules, dict) and rules.get("places") and "site_words" not in rules:
        rules["site_words"] = list(default.rules["site_words"])
        db.execute("UPDATE tags SET rules = ? WHERE id = ?", [json.dumps(rules, ensure_ascii=False), row[0]])


def _add_citation_keys(db: sqlite_utils.Database) -> None:
    if "citation_key" not in db["articles"].columns_dict:
        db.execute("ALTER TABLE articles ADD COLUMN citation_key TEXT")
    for article_id, title, source, author, published in db.execute(
            "SELECT id, title, source, author, published FROM articles WHERE citation_key IS NULL "
            "ORDER BY id").fetchall():
        set_citation_key(db, article_id, new_citation_key(db, title=title, source=source, author=author,
                                                          published=published))
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS articles_citation_key ON articles (citation_key)")


def _sign_highlights(db: sqlite_utils.Database) -> None:
    # Who made a highlight, as a team library records it: NULL is the library's owner,
    # the one person of a local library.
    if "created_by" not in db["highlights"].columns_dict:
        db.execute("ALTER TABLE highlights ADD COLUMN created_by TEXT")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _create_schema_1, _add_anchor_status, _add_topic_rules, _add_sort_keys, _index_languages,
    _log_changes_and_check_colours, _group_stories, create_feed_tables, _require_site_words, create_image_table,
    _add_citation_keys, create_exchange_guid_table, _sign_highlights, create_note_tables)
"""MIGRATIONS[n] takes a library from version n to version n + 1."""

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, *, path: str = "library", before=None,
            target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to `SCHEMA_VERSION` (or to `target`, an older version, as a
    library made by an earlier Carnet would be); return the version it was at.

    A library written by a newer Carnet is refused untouched. `before(version)` is
    called before migrating a library that holds a schema already (to back it up).
    """
    start = schema_version(db)
    if 0 < start < SCHEMA_VERSION and before is not None:
        before(start)
    if start > SCHEMA_VERSION:
        raise LibraryError(
            path,
            Message("this library was made by a newer version of Carnet (schema {found}, "
                    "this version reads up to {known}); it was left unchanged", found=start, known=SCHEMA_VERSION),
        )
    for version in range(start, target):
        with write_transaction(db):
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
    return start

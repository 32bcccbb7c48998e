"""The GUIDs a REFI-QDA project gave the library's items when it was imported, so that
exporting them again writes the same project. Each row is deleted with its item
(`ON DELETE CASCADE`); an item keeps the first GUID it was given, and a GUID is never
given to two items."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import sqlite_utils

Kind = Literal["source", "code", "selection", "note", "user"]

CREATE_EXCHANGE_GUIDS = """
CREATE TABLE exchange_guids (
    guid TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('source', 'code', 'selection', 'note', 'user')),
    article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    tag_id INTEGER REFERENCES tags (id) ON DELETE CASCADE,
    highlight_id INTEGER REFERENCES highlights (id) ON DELETE CASCADE,
    user_name TEXT,
    created TEXT,
    CHECK ((kind = 'source') = (article_id IS NOT NULL) AND (kind = 'code') = (tag_id IS NOT NULL)
           AND (kind IN ('selection', 'note')) = (highlight_id IS NOT NULL) AND (kind = 'user') = (user_name IS NOT NULL))
);
CREATE UNIQUE INDEX exchange_guids_of_sources ON exchange_guids (article_id) WHERE article_id IS NOT NULL;
CREATE UNIQUE INDEX exchange_guids_of_codes ON exchange_guids (tag_id) WHERE tag_id IS NOT NULL;
CREATE UNIQUE INDEX exchange_guids_of_highlights ON exchange_guids (kind, highlight_id) WHERE highlight_id IS NOT NULL;
CREATE UNIQUE INDEX exchange_guids_of_users ON exchange_guids (user_name) WHERE user_name IS NOT NULL
"""

_COLUMN = {"source": "article_id", "code": "tag_id", "selection": "highlight_id", "note": "highlight_id",
           "user": "user_name"}


@dataclass(frozen=True)
class ExchangeGuid:
    guid: str
    created: str | None = None
    """The creation time the project gave the item (xsd:dateTime), if any."""


def create_exchange_guid_table(db: sqlite_utils.Database) -> None:
    for statement in CREATE_EXCHANGE_GUIDS.split(";"):
        db.execute(statement)


def remember_guid(db: sqlite_utils.Database, kind: Kind, item: int | str, guid: str,
                  created: str | None = None) -> None:
    """Keep `guid` for the item (an article, tag or highlight id; a user's name) unless it
    has one already or the GUID is another's; call inside a write transaction."""
    db.execute(f"INSERT OR IGNORE INTO exchange_guids (guid, kind, {_COLUMN[kind]}, created) VALUES (?, ?, ?, ?)",
               [guid, kind, item, created])


def known_guids(db: sqlite_utils.Database) -> dict[tuple[Kind, int | str], ExchangeGuid]:
    """Every GUID kept, by (kind, item)."""
    rows = db.execute("SELECT kind, article_id, tag_id, highlight_id, user_name, guid, created "
                      "FROM exchange_guids").fetchall()
    return {(kind, next(item for item in items if item is not None)): ExchangeGuid(guid, created)
            for kind, *items, guid, created in rows}

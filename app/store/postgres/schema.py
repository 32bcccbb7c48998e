"""The team library's schema and its migrations, versioned by the `schema_version` table.

Each migration runs in its own transaction together with the version bump, so a team
library is always at exactly one version; one made by a newer Carnet is left untouched.
"""

from __future__ import annotations

import json
from typing import Callable

import psycopg

from app.core.messages import Message
from app.core.tags import DEFAULT_TAGS, tag_key
from app.store.postgres.connection import TeamLibraryError
from app.store.postgres.schema_sql import EXCHANGE_GUIDS, NOTES, SCHEMA_1, SCHEMA_3


def _create_schema_1(connection: psycopg.Connection) -> None:
    connection.execute(SCHEMA_1)
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO tags (name, name_key, colour, description, shortcut, rules) VALUES (%s, %s, %s, %s, %s, %s)",
            [(tag.name, tag_key(tag.name), tag.colour, tag.description, tag.shortcut,
              json.dumps(tag.rules, ensure_ascii=False)) for tag in DEFAULT_TAGS])


def _add_exchange_guids(connection: psycopg.Connection) -> None:
    connection.execute(EXCHANGE_GUIDS)


def _choose_ids_and_add_citation_keys(connection: psycopg.Connection) -> None:
    from app.store.articles import new_citation_key, set_citation_key
    from app.store.postgres.database import PostgresDatabase

    connection.execute(SCHEMA_3)
    db = PostgresDatabase(connection, address="")
    for article_id, title, source, author, published in connection.execute(
            "SELECT id, title, source, author, published FROM articles ORDER BY id").fetchall():
        set_citation_key(db, article_id, new_citation_key(db, title=title, source=source, author=author,
                                                          published=published))
    connection.execute("CREATE UNIQUE INDEX articles_citation_key ON articles (citation_key)")


def _add_note_versions_and_private_notes(connection: psycopg.Connection) -> None:
    connection.execute(NOTES)


MIGRATIONS: tuple[Callable[[psycopg.Connection], None], ...] = (
    _create_schema_1, _add_exchange_guids, _choose_ids_and_add_citation_keys, _add_note_versions_and_private_notes)
"""MIGRATIONS[n] takes a team library from version n to version n + 1."""

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: psycopg.Connection) -> int:
    """The version of the team library's schema (0: the database holds none yet)."""
    exists = connection.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    return connection.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(connection: psycopg.Connection, *, address: str) -> int:
    """Bring the team library up to `SCHEMA_VERSION`; return the version it was at.

    The connection must not be in autocommit mode. Concurrent calls take turns on an
    advisory lock, so two people running `carnet team init` at once do not both migrate.
    """
    try:
        with connection.transaction():
            connection.execute("SELECT pg_advisory_xact_lock(hashtext('carnet schema'))")
            start = schema_version(connection)
            if start > SCHEMA_VERSION:
                raise TeamLibraryError(address, Message(
                    "this team library was made by a newer version of Carnet (schema {found}, this version "
                    "reads up to {known}); it was left unchanged", found=start, known=SCHEMA_VERSION))
            if start == 0:
                connection.execute("CREATE TABLE schema_version (version integer PRIMARY KEY, "
                                   "migrated_at timestamptz NOT NULL DEFAULT now(), "
                                   "migrated_by text NOT NULL DEFAULT current_user)")
            for version in range(start, SCHEMA_VERSION):
                with connection.transaction():
                    MIGRATIONS[version](connection)
                    connection.execute("INSERT INTO schema_version (version) VALUES (%s)", [version + 1])
    except psycopg.errors.InsufficientPrivilege as error:
        raise TeamLibraryError(address, Message(
            "this role may not create the team library's tables ({error}): run `carnet team init` as the "
            "database's owner", error=str(error).splitlines()[0])) from None
    return start


def check_version(connection: psycopg.Connection, *, address: str) -> None:
    """Refuse a database that holds no team library, or one this Carnet cannot read."""
    version = schema_version(connection)
    if version == 0:
        raise TeamLibraryError(address, Message(
            "this database holds no team library yet: `carnet team init` creates one"))
    if version > SCHEMA_VERSION:
        raise TeamLibraryError(address, Message(
            "this team library was made by a newer version of Carnet (schema {found}, this version reads up "
            "to {known}): update Carnet to open it", found=version, known=SCHEMA_VERSION))
    if version < SCHEMA_VERSION:
        raise TeamLibraryError(address, Message(
            "this team library has an older schema ({found}, this version needs {known}): "
            "`carnet team init` brings it up to date", found=version, known=SCHEMA_VERSION))

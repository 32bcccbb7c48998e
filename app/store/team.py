"""Telling a team library's connection (PostgreSQL) from an SQLite library's, without
loading the PostgreSQL driver."""

from __future__ import annotations

TEAM_DIALECT = "postgresql"


def is_team_database(db) -> bool:
    """Whether `db` is a connection to a team library rather than an SQLite library."""
    return getattr(db, "dialect", None) == TEAM_DIALECT


def is_team_library(library) -> bool:
    """Whether `library` is a team library (`TeamLibrary`) rather than a local one."""
    return getattr(library, "is_team", False)


def is_team_address(text: str) -> bool:
    """Whether `text` names a team library (a libpq URI or `service=NAME`) rather than a folder."""
    return text.startswith(("postgresql://", "postgres://")) or text.startswith("service=")

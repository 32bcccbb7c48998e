"""Creating a team library and opening a connection to one."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from app.store.postgres.connection import connect, shown_address
from app.store.postgres.members import Member, add_member
from app.store.postgres.schema import SCHEMA_VERSION, check_version, migrate


@dataclass(frozen=True)
class InitOutcome:
    address: str
    version_before: int
    version: int
    member: Member | None
    """The role connected as a member (None: it is not one)."""


def init_team_library(uri: str, *, password: str | None = None) -> InitOutcome:
    """Create the team library's schema in the database at `uri` (or bring it up to date),
    and record the role connected as its first administrator when it has no member yet."""
    address = shown_address(uri)
    with connect(uri, password=password) as connection:
        before = migrate(connection, address=address)
        with connection.transaction():
            role = connection.execute("SELECT current_user").fetchone()[0]
            if connection.execute("SELECT count(*) FROM members").fetchone()[0] == 0:
                add_member(connection, role, access="admin")
            member = _member(connection, role)
    return InitOutcome(address, before, SCHEMA_VERSION, member)


def _member(connection: psycopg.Connection, role: str) -> Member | None:
    row = connection.execute("SELECT role_name, name, colour, access FROM members WHERE role_name = %s",
                             [role]).fetchone()
    return Member(*row) if row else None


def open_team_connection(uri: str, *, password: str | None = None) -> psycopg.Connection:
    """A connection to an existing team library this Carnet can read and write."""
    connection = connect(uri, password=password)
    try:
        check_version(connection, address=shown_address(uri))
        connection.rollback()
    except BaseException:
        connection.close()
        raise
    return connection

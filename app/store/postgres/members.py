"""The members of a team library: each a PostgreSQL role, with a name and a colour."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from app.core.tags import PALETTE


@dataclass(frozen=True)
class Member:
    role_name: str
    name: str
    colour: str
    access: str


def add_member(connection: psycopg.Connection, role_name: str, *, name: str | None = None,
               access: str = "editor") -> Member:
    """Record a role as a member (its name by default the role's), with a colour of its own
    while the palette has one free. A member already there keeps its name and colour."""
    taken = {row[0] for row in connection.execute("SELECT lower(colour) FROM members")}
    count = connection.execute("SELECT count(*) FROM members").fetchone()[0]
    colour = next((colour for colour in PALETTE if colour not in taken), PALETTE[count % len(PALETTE)])
    connection.execute("INSERT INTO members (role_name, name, colour, access) VALUES (%s, %s, %s, %s) "
                       "ON CONFLICT (role_name) DO UPDATE SET access = excluded.access",
                       [role_name, name or role_name, colour, access])
    return get_member(connection, role_name)


def current_role(connection: psycopg.Connection) -> str:
    return connection.execute("SELECT current_user").fetchone()[0]


def count_members(connection: psycopg.Connection) -> int:
    return connection.execute("SELECT count(*) FROM members").fetchone()[0]


def get_member(connection: psycopg.Connection, role_name: str) -> Member | None:
    row = connection.execute("SELECT role_name, name, colour, access FROM members WHERE role_name = %s",
                             [role_name]).fetchone()
    return Member(*row) if row else None

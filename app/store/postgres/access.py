"""Who may do what in a team library, enforced by PostgreSQL's own grants: three group
roles per team library (reader, editor, admin), each member's role in one of them.

Readers may read every table; editors may also write the library's content (and the
change log its triggers write) and add to the notes' history, which only admins may
change; admins may also change who the members are."""

from __future__ import annotations

import psycopg
from psycopg import sql

ACCESS_LEVELS = ("reader", "editor", "admin")
_MEMBERSHIP_TABLES = ("members", "schema_version")
_APPEND_ONLY_TABLES = ("note_history",)


def group_role(database: str, access: str) -> str:
    """The group role of one access level of the team library in `database` (role names are
    shared by every database of a server, so they carry the database's name)."""
    return f"{database[:50]}_{access}"


def ensure_group_roles(connection: psycopg.Connection) -> dict[str, str]:
    """Create the three group roles if missing and give them their rights on every table
    and sequence of the library; access level → role name."""
    database = connection.execute("SELECT current_database()").fetchone()[0]
    roles = {access: group_role(database, access) for access in ACCESS_LEVELS}
    for role in roles.values():
        if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone() is None:
            connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    reader, editor, admin = (sql.Identifier(roles[access]) for access in ACCESS_LEVELS)
    content_tables = [sql.Identifier(name) for (name,) in connection.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND NOT tablename = ANY(%s)",
        [list(_MEMBERSHIP_TABLES + _APPEND_ONLY_TABLES)])]
    append_only = [sql.Identifier(name) for (name,) in connection.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY(%s)",
        [list(_APPEND_ONLY_TABLES)])]
    statements = [
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}, {}").format(sql.Identifier(database), reader, editor, admin),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}, {}, {}").format(reader, editor, admin),
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}, {}, {}").format(reader, editor, admin),
        sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}, {}").format(sql.SQL(", ").join(content_tables),
                                                                        editor, admin),
        *(statement for table in append_only for statement in (
            sql.SQL("GRANT INSERT ON {} TO {}").format(table, editor),
            sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(table, admin))),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}, {}").format(editor, admin),
        sql.SQL("GRANT INSERT, UPDATE, DELETE ON members TO {}").format(admin),
    ]
    for statement in statements:
        connection.execute(statement)
    return roles


def has_group_roles(connection: psycopg.Connection) -> bool:
    """Whether access was ever given in this team library (its group roles exist)."""
    database = connection.execute("SELECT current_database()").fetchone()[0]
    return role_exists(connection, group_role(database, "reader"))


def role_exists(connection: psycopg.Connection, role: str) -> bool:
    return connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone() is not None


def set_access(connection: psycopg.Connection, role: str, access: str, roles: dict[str, str]) -> None:
    """Put `role` in the group of `access`, and out of the other two."""
    for level, group in roles.items():
        statement = "GRANT {} TO {}" if level == access else "REVOKE {} FROM {}"
        connection.execute(sql.SQL(statement).format(sql.Identifier(group), sql.Identifier(role)))

"""Creating a team library and opening a connection to one."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from app.core.messages import Message
from app.store.postgres.access import ACCESS_LEVELS, ensure_group_roles, has_group_roles, role_exists, set_access
from app.store.postgres.connection import TeamLibraryError, connect, shown_address
from app.store.postgres.members import Member, add_member, count_members, current_role, get_member
from app.store.postgres.schema import SCHEMA_VERSION, check_version, migrate


@dataclass(frozen=True)
class InitOutcome:
    address: str
    version_before: int
    version: int
    member: Member | None
    """The role connected as a member (None: it is not one)."""


def init_team_library(uri: str, *, password: str | None = None) -> InitOutcome:
    """Create the team library's schema in the database at `uri` (or bring it up to date,
    the members' rights extended to the tables added), and record the role connected as its
    first administrator when it has no member yet."""
    address = shown_address(uri)
    with connect(uri, password=password) as connection:
        before = migrate(connection, address=address)
        with connection.transaction():
            role = current_role(connection)
            if count_members(connection) == 0:
                add_member(connection, role, access="admin")
            member = get_member(connection, role)
            if before < SCHEMA_VERSION and has_group_roles(connection):
                ensure_group_roles(connection)  # the members' rights reach the tables a migration added
    return InitOutcome(address, before, SCHEMA_VERSION, member)


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


def grant_access(uri: str, role: str, access: str, *, password: str | None = None) -> Member:
    """Make the PostgreSQL role `role` a member of the team library at `uri` with `access`
    (reader, editor or admin), enforced by the server's grants."""
    address = shown_address(uri)
    if access not in ACCESS_LEVELS:
        raise TeamLibraryError(address, Message("{access} is not an access level: reader, editor or admin",
                                                access=access))
    with open_team_connection(uri, password=password) as connection:
        try:
            with connection.transaction():
                if not role_exists(connection, role):
                    raise TeamLibraryError(address, Message(
                        "the server has no role named {role}: create it first (`createuser --pwprompt {role}`)",
                        role=role))
                set_access(connection, role, access, ensure_group_roles(connection))
                add_member(connection, role, access=access)
                return get_member(connection, role)
        except psycopg.errors.InsufficientPrivilege as error:
            raise TeamLibraryError(address, Message(
                "this role may not give access to the team library ({error}): ask its administrator",
                error=str(error).splitlines()[0])) from None

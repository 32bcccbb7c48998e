"""Connecting to a team library: a libpq URI or service name, the password only through
libpq's own means (~/.pgpass, a service file, PGPASSWORD) or asked for by the caller,
and every failure told in one sentence."""

from __future__ import annotations

import re

import psycopg
from psycopg import conninfo

from app.core.errors import ToldError
from app.core.messages import Message

CONNECT_TIMEOUT_SECONDS = 10


class TeamLibraryError(ToldError):
    """A team library that cannot be reached, opened or written, with the reason."""

    def __init__(self, address: str, reason: Message) -> None:
        self.address = address
        self.reason = reason
        super().__init__(Message("{library}: {reason}", library=address, reason=reason))


class ServerUnreachable(TeamLibraryError):
    """The server did not answer, or the connection to it was lost: trying again later may work."""

    retry_later = True


class PasswordNeeded(TeamLibraryError):
    """The server asks for a password that libpq was not given (a prompt may ask for it)."""


class WrongPassword(TeamLibraryError):
    """The server refused the password."""


def shown_address(uri: str) -> str:
    """The address with any password left out, as it may be shown or logged."""
    try:
        parts = conninfo.conninfo_to_dict(uri)
    except psycopg.ProgrammingError:
        return re.sub(r"(://[^:/@]*):[^@]*@", r"\1@", uri)
    if "password" not in parts:
        return uri
    parts.pop("password")
    return conninfo.make_conninfo(**parts)


def connect(uri: str, *, password: str | None = None, autocommit: bool = False) -> psycopg.Connection:
    """A connection to the team library at `uri`; `password` only when the person typed it."""
    extra = {"password": password} if password is not None else {}
    try:
        return psycopg.connect(uri, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT_SECONDS,
                               application_name="carnet", **extra)
    except psycopg.ProgrammingError as error:  # the address itself cannot be read
        raise TeamLibraryError(shown_address(uri), Message(
            "this is not a PostgreSQL address Carnet can read ({error})", error=_first_line(error))) from None
    except psycopg.OperationalError as error:
        raise connection_error(uri, error) from None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    text = re.sub(r"^connection failed: ", "", text)
    text = re.sub(r"^connection to server (at|on) [^:]* failed: ", "", text)
    text = re.sub(r"^FATAL:\s+", "", text)
    return text.splitlines()[0] if text else type(error).__name__


def connection_error(uri: str, error: psycopg.OperationalError) -> TeamLibraryError:
    """The sentence for a connection that failed."""
    address, text = shown_address(uri), str(error)
    parts = _parts(uri)
    host = parts.get("host") or "localhost"
    if "failed to resolve host" in text or "could not translate host name" in text:
        return ServerUnreachable(address, Message(
            "the server {host} is unknown: check the name in the address", host=host))
    if "password authentication failed" in text:
        return WrongPassword(address, Message(
            "the server refused the password of {user}: check it (in ~/.pgpass, the service file or "
            "PGPASSWORD)", user=_user_in(text, parts)))
    if "no password supplied" in text or "password is required" in text:
        return PasswordNeeded(address, Message(
            "the server wants a password for {user}: give it in ~/.pgpass, a service file or PGPASSWORD",
            user=_user_in(text, parts)))
    missing = re.search(r'database "([^"]*)" does not exist', text)
    if missing:
        return TeamLibraryError(address, Message(
            "the server has no database named {database}: ask its administrator to create it, then run "
            "`carnet team init`", database=missing.group(1)))
    missing_role = re.search(r'role "([^"]*)" does not exist', text)
    if missing_role:
        return TeamLibraryError(address, Message(
            "the server has no role named {user}: ask the team library's administrator to add you",
            user=missing_role.group(1)))
    if "permission denied for database" in text or "not permitted to log in" in text:
        return TeamLibraryError(address, Message(
            "the server does not let this role connect to the database: ask the team library's administrator"))
    if "Connection refused" in text or "No such file or directory" in text:
        return ServerUnreachable(address, Message(
            "no PostgreSQL server answers at {host}: check that it runs and the address is right", host=host))
    if "timeout expired" in text:
        return ServerUnreachable(address, Message(
            "the server {host} did not answer within {seconds} seconds", host=host,
            seconds=CONNECT_TIMEOUT_SECONDS))
    return TeamLibraryError(address, Message("cannot connect to the team library: {error}",
                                             error=_first_line(error)))


def _parts(uri: str) -> dict[str, str]:
    try:
        return conninfo.conninfo_to_dict(uri)
    except psycopg.ProgrammingError:
        return {}


def _user_in(text: str, parts: dict[str, str]) -> str:
    named = re.search(r'for user "([^"]*)"', text)
    return named.group(1) if named else parts.get("user") or "this role"

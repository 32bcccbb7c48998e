"""A connection to a team library, offering the store what an SQLite library's
`sqlite_utils.Database` offers it: `execute` returning a cursor (with `lastrowid`),
`query` giving rows as dicts, `conn.executemany`, `atomic` and write transactions.

The store's SQL reaches PostgreSQL through `app.store.postgres.dialect`. The connection
is in autocommit mode, so a read holds no transaction open between statements; a write
transaction is `BEGIN … COMMIT`, its nested blocks savepoints."""

from __future__ import annotations

import contextlib
import uuid
from typing import Any, Callable, Iterator, Sequence

import psycopg
from psycopg.rows import dict_row

from app.core.messages import Message
from app.store.errors import LibraryBusy, LibraryReadOnly
from app.store.postgres.connection import ServerUnreachable
from app.store.postgres.dialect import returns_new_id, to_postgres
from app.store.team import TEAM_DIALECT

WRITE_WAIT_SECONDS = 10


class PostgresCursor:
    """The rows of one statement, read as an `sqlite3.Cursor`'s are."""

    def __init__(self, cursor: psycopg.Cursor, *, returns_id: bool) -> None:
        self._cursor = cursor
        self.lastrowid: int | None = None
        if returns_id:
            row = cursor.fetchone()
            self.lastrowid = row[0] if row else None

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self):
        return self._cursor.description

    def fetchone(self):
        return self._cursor.fetchone() if self._cursor.description is not None and self.lastrowid is None else None

    def fetchall(self) -> list:
        return self._cursor.fetchall() if self._cursor.description is not None and self.lastrowid is None else []

    def fetchmany(self, size: int) -> list:
        return self._cursor.fetchmany(size) if self._cursor.description is not None else []

    def __iter__(self):
        return iter(self.fetchall())


class _Connection:
    """What the store reaches through `db.conn`."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._database = database

    @property
    def in_transaction(self) -> bool:
        return self._database.in_transaction

    def execute(self, sql: str, parameters: Sequence = ()):
        return self._database.execute(sql, parameters)

    def executemany(self, sql: str, rows) -> None:
        self._database.executemany(sql, rows)

    def rollback(self) -> None:
        self._database.raw.rollback()


class PostgresDatabase:
    """One thread's connection to a team library."""

    dialect = TEAM_DIALECT

    def __init__(self, connection: psycopg.Connection, *, address: str,
                 release: Callable[[psycopg.Connection], None] | None = None) -> None:
        self.raw = connection
        self.address = address
        self.conn = _Connection(self)
        self.change_origin = uuid.uuid4().hex
        self.after_commit: list = []
        self._release = release
        self._depth = 0

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Sequence | None = None) -> PostgresCursor:
        returns_id = returns_new_id(sql)
        text = to_postgres(sql) + (" RETURNING id" if returns_id else "")
        with _told(self.address):
            cursor = self.raw.execute(text, _params(parameters))
        return PostgresCursor(cursor, returns_id=returns_id)

    def executemany(self, sql: str, rows) -> None:
        rows = [_params(row) for row in rows]
        if not rows:
            return
        with _told(self.address), self.raw.cursor() as cursor:
            cursor.executemany(to_postgres(sql), rows)

    def query(self, sql: str, parameters: Sequence | None = None) -> Iterator[dict[str, Any]]:
        with _told(self.address), self.raw.cursor(row_factory=dict_row) as cursor:
            cursor.execute(to_postgres(sql), _params(parameters))
            yield from cursor.fetchall()

    def table_names(self) -> list[str]:
        return [row[0] for row in self.raw.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")]

    @contextlib.contextmanager
    def atomic(self) -> Iterator[PostgresDatabase]:
        with _told(self.address), self.raw.transaction():
            yield self

    @contextlib.contextmanager
    def write_transaction(self) -> Iterator[PostgresDatabase]:
        """A transaction whose change-log rows carry this connection's origin; the
        `after_commit` hooks run once it has committed. Nested: a savepoint.

        It takes the library's write lock first, as a local library's `BEGIN IMMEDIATE`
        does: write transactions take turns (each is short), so the change log's rows are
        committed in the order of their numbers and a reader of the log never steps over
        one committed late. A writer waits at most `WRITE_WAIT_SECONDS` for its turn."""
        if self.in_transaction:
            with self.atomic():
                yield self
            return
        with _told(self.address):
            with self.raw.transaction():
                self.raw.execute(f"SET LOCAL lock_timeout = '{WRITE_WAIT_SECONDS}s'")
                self.raw.execute("SELECT pg_advisory_xact_lock(hashtext('carnet write'))")
                self.raw.execute("SELECT set_config('carnet.origin', %s, true)", [self.change_origin])
                yield self
        for hook in self.after_commit:
            hook(self)

    def close(self) -> None:
        if self._release is not None:
            self._release(self.raw)
        else:
            self.raw.close()


def _params(parameters) -> Sequence | dict:
    if parameters is None:
        return ()
    if isinstance(parameters, dict):
        return parameters
    return list(parameters)


@contextlib.contextmanager
def _told(address: str) -> Iterator[None]:
    """Errors of the server that are about the library turned into the sentence saying so."""
    try:
        yield
    except psycopg.errors.InsufficientPrivilege:
        raise LibraryReadOnly(address, Message(
            "your role in this team library may not make this change (a reader's role, or a right the "
            "administrator has not given): nothing was changed")) from None
    except psycopg.errors.LockNotAvailable:
        raise LibraryBusy(address, Message("another member's change kept this part of the team library busy "
                                           "for too long: the change was not saved; try it again")) from None
    except psycopg.errors.ReadOnlySqlTransaction:
        raise LibraryReadOnly(address, Message("the team library's server only reads at the moment (a standby "
                                               "or a read-only server): nothing was changed")) from None
    except psycopg.OperationalError as error:
        raise ServerUnreachable(address, Message(
            "the connection to the team library's server was lost ({error}): the last change was not saved",
            error=str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__)) from None

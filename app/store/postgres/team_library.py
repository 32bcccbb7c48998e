"""An open team library: what `app.store.library.Library` is for a folder, for a
PostgreSQL database. Each thread gets a connection from one pool and keeps it until it
closes the library or ends."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from app.core.messages import Message
from app.store.postgres.connection import (CONNECT_TIMEOUT_SECONDS, ServerUnreachable, TeamLibraryError, connect,
                                           shown_address)
from app.store.postgres.database import PostgresDatabase
from app.store.postgres.listening import ChangeListener
from app.store.postgres.members import Member, current_role, get_member
from app.store.postgres.schema import check_version

POOL_SIZE = 8
POOL_WAIT_SECONDS = 3.0
RETRY_SECONDS = 2.0
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 2}
"""A network cut is noticed within about ten seconds, not TCP's two hours."""


@dataclass
class TeamLibrary:
    """A team library at `address` (a libpq URI or service name). `member` is the role
    connected as, with its access: a reader's library is `read_only`, as the server's
    grants enforce anyway."""

    address: str
    password: str | None = field(default=None, repr=False)
    member: Member | None = None
    read_only: bool = False
    on_read_only_disk: bool = False
    derived_index: object | None = field(default=None, repr=False)
    after_commit: list = field(default_factory=list, repr=False)
    on_close: list = field(default_factory=list, repr=False)
    _pool: ConnectionPool | None = field(default=None, repr=False)
    _held: dict = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _listener: ChangeListener | None = field(default=None, repr=False)
    _away: tuple[float, ServerUnreachable] | None = field(default=None, repr=False)

    is_team = True

    @property
    def shown_address(self) -> str:
        return shown_address(self.address)

    @property
    def database_path(self) -> str:
        """Where the library is, as messages name it (the address, without a password)."""
        return self.shown_address

    @property
    def name(self) -> str:
        return self.database().raw.info.dbname

    @property
    def folder(self) -> Path:
        """A folder of this computer for what Carnet keeps beside a team library (the
        derived files a local library keeps in its own folder)."""
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        digest = hashlib.sha256(self.shown_address.encode()).hexdigest()[:16]
        folder = base / "carnet" / "team" / digest
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def change_listener(self) -> ChangeListener:
        """The listener hearing every member's commits (started on first use)."""
        with self._lock:
            if self._listener is None:
                self._listener = ChangeListener(self.address, password=self.password)
            return self._listener

    def database(self) -> PostgresDatabase:
        thread = threading.current_thread()
        with self._lock:
            held = self._held.get(thread.ident)
            if held is not None and held[0] is thread and not (held[1].raw.broken or held[1].raw.closed):
                return held[1]
            if held is not None:  # the server went away since: connect again
                del self._held[thread.ident]
                held[1].close()
            self._reclaim_ended_threads()
        db = PostgresDatabase(self._connection(), address=self.shown_address, release=self._give_back)
        db.after_commit = self.after_commit
        with self._lock:
            self._held[thread.ident] = (thread, db)
        return db

    def _connection(self) -> psycopg.Connection:
        with self._lock:
            if self._pool is None:
                self._pool = _pool(self.address, self.password)
            away = self._away
        listener = self._listener
        if away is not None and (time.monotonic() < away[0] or (listener is not None and not listener.listening)):
            # Told a moment ago: asked again once the listener, which tries in the background,
            # reaches the server (or after `RETRY_SECONDS` without one): never waited for here.
            raise away[1]
        try:
            connection = self._pool.getconn(timeout=POOL_WAIT_SECONDS)
        except PoolTimeout:
            # The pool's own message says only that it waited: connect once to say why.
            try:
                connect(self.address, password=self.password, autocommit=True).close()
            except ServerUnreachable as error:
                with self._lock:
                    self._away = (time.monotonic() + RETRY_SECONDS, error)
                raise
            raise TeamLibraryError(self.shown_address, Message(
                "every connection to the team library's server is in use: try again in a moment")) from None
        with self._lock:
            self._away = None
        return connection

    def _give_back(self, connection: psycopg.Connection) -> None:
        if self._pool is not None and not self._pool.closed:
            self._pool.putconn(connection)
        else:
            connection.close()

    def _reclaim_ended_threads(self) -> None:
        for ident, (thread, db) in list(self._held.items()):
            if not thread.is_alive():
                del self._held[ident]
                db.close()

    def close(self) -> None:
        """Give this thread's connection back; once no running thread holds one, the pool
        closes too (a later `database()` connects again)."""
        for hook in self.on_close:
            hook()
        with self._lock:
            held = self._held.pop(threading.current_thread().ident, None)
            self._reclaim_ended_threads()
            idle = not self._held
        if held is not None:
            held[1].close()
        if idle:
            self.shut()

    def shut(self) -> None:
        """Close every connection of the library."""
        with self._lock:
            held, self._held = list(self._held.values()), {}
            listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        for _, db in held:
            db.close()
        if self._pool is not None:
            self._pool.close()
            self._pool = None


def open_team_library(address: str, *, password: str | None = None) -> TeamLibrary:
    """Open the team library at `address`, refusing (one sentence) a server that cannot be
    reached, a database with no library or one made by a newer Carnet, and a role that is
    not a member."""
    shown = shown_address(address)
    with connect(address, password=password) as first:
        check_version(first, address=shown)
        role = current_role(first)
        member = get_member(first, role)
        first.rollback()
    if member is None:
        raise TeamLibraryError(shown, Message(
            "the role {role} is not a member of this team library: ask its administrator to run "
            "`carnet team grant {role} editor`", role=role))
    return TeamLibrary(address, password=password, member=member, read_only=member.access == "reader",
                       _pool=_pool(address, password))


def _pool(address: str, password: str | None) -> ConnectionPool:
    extra = {"password": password} if password is not None else {}
    return ConnectionPool(address, min_size=1, max_size=POOL_SIZE, open=True, name="carnet",
                          kwargs={"autocommit": True, "application_name": "carnet",
                                  "connect_timeout": CONNECT_TIMEOUT_SECONDS, **KEEPALIVES, **extra})

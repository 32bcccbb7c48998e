"""Hearing of other members' commits as they happen: a connection of its own that
LISTENs on the channel the change log's trigger notifies, once per transaction.

While it listens, a look at the log with nothing heard costs no statement; when it
cannot (the server went away, a proxy drops notifications), `heard()` says yes every
time, so that the caller falls back to reading the log at each look."""

from __future__ import annotations

import threading

import psycopg

from app.store.postgres.connection import CONNECT_TIMEOUT_SECONDS
from app.store.postgres.schema_sql import CHANGES_CHANNEL

RETRY_SECONDS = 2.0


class ChangeListener:
    def __init__(self, address: str, *, password: str | None = None) -> None:
        self._address, self._password = address, password
        self._heard = threading.Event()
        self._listening = threading.Event()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="carnet-team-listener", daemon=True)
        self._thread.start()

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    def wait_until_listening(self, timeout: float) -> bool:
        return self._listening.wait(timeout)

    def heard(self) -> bool:
        """Whether a commit may have happened since the last call (always, while not listening)."""
        if not self._listening.is_set():
            return True
        heard = self._heard.is_set()
        self._heard.clear()
        return heard

    def wait_heard(self, timeout: float) -> None:
        """Wait until a commit is heard (or `timeout` has passed), without taking it."""
        if self._listening.is_set():
            self._heard.wait(timeout)

    def stop(self) -> None:
        self._stopped.set()

    def _listen(self) -> None:
        extra = {"password": self._password} if self._password is not None else {}
        while not self._stopped.is_set():
            try:
                with psycopg.connect(self._address, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS,
                                     application_name="carnet listener", **extra) as connection:
                    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
                    self._listening.set()
                    self._heard.set()  # what was committed while nobody listened
                    while not self._stopped.is_set():
                        for _ in connection.notifies(timeout=0.5, stop_after=1):
                            self._heard.set()
            except psycopg.Error:
                pass
            self._listening.clear()
            self._stopped.wait(RETRY_SECONDS)

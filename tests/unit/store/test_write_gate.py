"""One write transaction at a time per library in a process, first come, first served."""

import threading
import time

import pytest

from app.store.database import WriteGate, write_transaction
from app.store.errors import LibraryBusy
from app.store.library import Library


def test_writers_of_one_process_take_their_turns_in_the_order_they_asked(library):
    order, started = [], threading.Event()
    release = threading.Event()

    def hold():
        db = Library(library.folder).database()
        with write_transaction(db):
            started.set()
            release.wait(5)
            order.append("first")

    def write(name, ready):
        db = Library(library.folder).database()
        ready.set()
        with write_transaction(db):
            order.append(name)

    holder = threading.Thread(target=hold)
    holder.start()
    started.wait(5)
    waiters = []
    for name in ("second", "third", "fourth"):
        ready = threading.Event()
        thread = threading.Thread(target=write, args=(name, ready))
        thread.start()
        ready.wait(5)
        time.sleep(0.05)  # let it queue before the next one asks
        waiters.append(thread)
    release.set()
    for thread in (holder, *waiters):
        thread.join(10)
    assert order == ["first", "second", "third", "fourth"]


def test_a_writer_that_waits_too_long_is_told_the_library_is_busy(library, monkeypatch):
    gate = library.database().write_gate
    assert gate.acquire(1)
    try:
        monkeypatch.setattr("app.store.database.BUSY_TIMEOUT_MS", 100)
        other = Library(library.folder).database()
        with pytest.raises(LibraryBusy):
            with write_transaction(other):
                pass
    finally:
        gate.release()
    with write_transaction(library.database()):  # the gate is free again
        pass


def test_a_gate_handed_over_as_its_wait_runs_out_is_kept():
    gate = WriteGate()
    assert gate.acquire(1)
    results = []
    thread = threading.Thread(target=lambda: results.append(gate.acquire(0.2)))
    thread.start()
    time.sleep(0.05)
    gate.release()
    thread.join(2)
    assert results == [True]
    gate.release()
    assert gate.acquire(0.01)

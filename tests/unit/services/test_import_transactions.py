"""An import reads its files outside any transaction and writes in short ones, bounded
in count (duplicates and updates count) and in time, so that another writer (an edit in
the window) never waits behind a file being read."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from app.importers.workers import Budget
from app.services import importing
from app.services.importing import BATCH_SIZE, import_paths
from tests.hostile_files import TEXT, pdf_repeating_one_page

pytestmark = pytest.mark.sqlite_only  # watches SQLite's own statements and write lock


def _text_files(folder, count, tag=""):
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"{n:04d}.txt").write_text(f"{TEXT} numéro {n}{tag}", encoding="utf-8")
    return folder


def _transactions(statements: list[str]) -> list[list[str]]:
    """The statements of each write transaction, from BEGIN to COMMIT."""
    transactions, current = [], None
    for statement in statements:
        if statement.startswith("BEGIN IMMEDIATE"):
            current = []
        elif statement.startswith("COMMIT") and current is not None:
            transactions.append(current)
            current = None
        elif current is not None:
            current.append(statement)
    return transactions


def _traced_import(library, folder):
    """Import `folder`; the report and every SQL statement the import ran."""
    statements: list[str] = []
    library.database().conn.set_trace_callback(statements.append)
    try:
        return import_paths(library, [folder]), statements
    finally:
        library.database().conn.set_trace_callback(None)


def _outcomes_in(transaction: list[str]) -> int:
    """Each file's outcome starts with the lookup of its text."""
    return sum(1 for statement in transaction if "WHERE content_hash = " in statement)


def test_duplicates_count_toward_the_batch_so_a_reimport_commits_in_short_transactions(empty_library, tmp_path):
    folder = _text_files(tmp_path / "in", 250)
    import_paths(empty_library, [folder])
    report, statements = _traced_import(empty_library, folder)
    assert report.count("duplicate") == 250
    transactions = _transactions(statements)
    assert sum(_outcomes_in(t) for t in transactions) == 250
    assert len(transactions) >= 3 and max(_outcomes_in(t) for t in transactions) <= BATCH_SIZE


def test_a_transaction_ends_after_its_time_even_before_its_count(empty_library, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH_SECONDS", 0.0)  # every transaction is over its time at once
    folder = _text_files(tmp_path / "in", 30)
    report, statements = _traced_import(empty_library, folder)
    assert report.count("imported") == 30
    assert [_outcomes_in(t) for t in _transactions(statements)] == [1] * 30


def test_the_library_can_be_written_while_an_import_reads_a_slow_file(empty_library, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "READ_BUDGET", Budget(seconds=5))
    folder = _text_files(tmp_path / "in", 5)
    slow = folder / "9999-slow.pdf"
    slow.write_bytes(pdf_repeating_one_page())
    done = {}
    importer = threading.Thread(target=lambda: done.update(report=import_paths(empty_library, [folder])))
    started = time.monotonic()
    importer.start()
    other = sqlite3.connect(empty_library.database_path, timeout=0)
    try:
        while other.execute("SELECT count(*) FROM articles").fetchone()[0] < 5:
            assert time.monotonic() - started < 10, "the files read before the slow one were never stored"
            time.sleep(0.02)
        for _ in range(5):  # while the slow file is read, no write waits
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            time.sleep(0.05)
        assert importer.is_alive()  # it was still reading the slow file
    except sqlite3.OperationalError as error:
        pytest.fail(f"the import held the write lock while it read a file: {error}")
    finally:
        other.close()
        importer.join()
    assert [o.status for o in done["report"].outcomes] == ["imported"] * 5 + ["rejected"]

"""Restoring a backup: never under a running program, never from something that is not a
whole Carnet library, and always into the live database through SQLite."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from app.services.articles import ArticleService
from app.services.backups import backup_library, restore_library
from app.services.library import open_library
from app.store.errors import LibraryError
from app.store.locking import LibraryInUse
from app.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.sqlite_only  # about the local library's file


def _carnet(*args, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kwargs)


def _count(folder) -> int:
    connection = sqlite3.connect(f"{(folder / 'library.sqlite').as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


@pytest.fixture
def backup(library, tmp_path):
    path = backup_library(library.database_path, tmp_path / "backup.sqlite")
    library.close()
    return path


def test_restore_is_refused_while_an_import_runs_and_the_import_keeps_everything(library, backup, tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    total = 5000
    for n in range(total):
        (folder / f"{n:04d}.txt").write_text(f"Article {n}\n\nmot{n} " * 3, encoding="utf-8")
    importing = _carnet("--library", str(library.folder), "import", str(folder))
    deadline = time.monotonic() + 60
    while _count(library.folder) <= 5 and importing.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert importing.poll() is None, "the import finished before the restore could be tried"
    restoring = subprocess.run([sys.executable, "-m", "app", "--library", str(library.folder), "restore",
                                str(backup)], capture_output=True, text=True, timeout=60)
    out, _ = importing.communicate(timeout=120)
    assert restoring.returncode == 1
    assert "close the window and the other commands first" in restoring.stderr
    assert "Traceback" not in restoring.stderr
    assert importing.returncode == 0 and out.splitlines()[-1] == f"{total} imported"
    assert _count(library.folder) == 5 + total
    # Once the import is over, the restore goes through, and the library is the backup.
    again = subprocess.run([sys.executable, "-m", "app", "--library", str(library.folder), "restore",
                            str(backup)], capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert _count(library.folder) == 5


def test_restore_is_refused_while_a_window_or_a_reader_has_the_library_open(library, backup):
    holder = _carnet("--library", str(library.folder), "--read-only", "search", "usines")
    holder.communicate(timeout=60)  # a read-only command leaves nothing behind to be refused for
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sys; from app.services.library import open_library; "
         "from app.services.articles import ArticleService; "
         f"library = open_library({str(library.folder)!r}); print(ArticleService(library).count(), flush=True); "
         "sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "5"
        with pytest.raises(LibraryInUse, match="close the window and the other commands first"):
            restore_library(library.database_path, backup)
    finally:
        reader.communicate("", timeout=30)
    assert restore_library(library.database_path, backup) is not None


def test_restore_is_refused_while_this_process_has_the_library_open(library, backup):
    opened = open_library(library.folder)
    ArticleService(opened).count()
    with pytest.raises(LibraryInUse):
        restore_library(library.database_path, backup)
    opened.close()
    restore_library(library.database_path, backup)


def test_restore_writes_through_the_live_database(library, backup):
    opened = open_library(library.folder)
    ArticleService(opened).delete(ArticleService(opened).summaries()[0].id)
    opened.close()
    # A connection outside Carnet's lock (another SQLite program): a file replaced under
    # it, or a WAL deleted, would leave it reading the old library.
    outside = sqlite3.connect(library.database_path)
    assert outside.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    saved = restore_library(library.database_path, backup)
    assert outside.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    outside.close()
    assert ArticleService(open_library(library.folder)).count() == 5
    saved_connection = sqlite3.connect(saved)
    assert saved_connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    saved_connection.close()


def _foreign(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()


def _newer(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()


def _damaged_copy_of(backup):
    def damage(path):
        data = bytearray(backup.read_bytes())
        connection = sqlite3.connect(backup)
        page = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
        connection.close()
        data[(root - 1) * page + 8:(root - 1) * page + 108] = b"\xff" * 100
        path.write_bytes(bytes(data))
    return damage


@pytest.mark.parametrize("make, says", [
    (lambda path: path.write_bytes(b""), "is not a Carnet backup (the file is empty)"),
    (lambda path: path.write_bytes(b"GIF89a" + bytes(5000)), "is not a Carnet backup (the file is not an SQLite"),
    (_foreign, "is not a Carnet backup (an SQLite database of another program, with the tables moz_places)"),
    (_newer, "was made by a newer version of Carnet"),
    ("damaged", "is damaged ("),
])
def test_only_a_whole_carnet_library_of_a_known_schema_is_restored(library, backup, tmp_path, make, says):
    candidate = tmp_path / "candidate.sqlite"
    (_damaged_copy_of(backup) if make == "damaged" else make)(candidate)
    before = library.database_path.read_bytes()
    with pytest.raises(LibraryError, match="nothing was restored") as raised:
        restore_library(library.database_path, candidate)
    assert says in str(raised.value)
    assert library.database_path.read_bytes() == before
    assert not (library.folder / "backups").exists()


def test_a_backup_restores_over_an_empty_or_foreign_file_which_is_kept(library, backup):
    for spoil in (lambda path: path.write_bytes(b""), lambda path: path.write_bytes(b"garbage " * 1000), _foreign):
        library.database_path.unlink()
        for suffix in ("-wal", "-shm"):
            (library.folder / f"library.sqlite{suffix}").unlink(missing_ok=True)
        spoil(library.database_path)
        spoiled = library.database_path.read_bytes()
        saved = restore_library(library.database_path, backup)
        assert saved is None if not spoiled else saved.read_bytes() == spoiled or _count_tables(saved)
        reopened = open_library(library.folder)
        assert ArticleService(reopened).count() == 5
        reopened.close()


def _count_tables(path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM moz_places").fetchone()[0] == 1
    finally:
        connection.close()


def test_a_backup_of_another_page_size_is_restored(library, backup, tmp_path):
    other = tmp_path / "other-page-size.sqlite"
    connection = sqlite3.connect(backup)
    connection.execute("PRAGMA page_size = 8192")
    connection.execute(f"VACUUM INTO '{other}'")
    connection.close()
    restore_library(library.database_path, other)
    reopened = open_library(library.folder)
    assert ArticleService(reopened).count() == 5
    assert reopened.database().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_backup_restored_into_a_new_folder_makes_the_library(backup, tmp_path):
    folder = tmp_path / "elsewhere" / "library"
    assert restore_library(folder / "library.sqlite", backup) is None
    assert ArticleService(open_library(folder)).count() == 5


def test_opening_waits_for_a_restore_then_says_why_it_gave_up(library, backup, monkeypatch):
    from app.store import locking

    monkeypatch.setattr(locking, "WAIT_FOR_EXCLUSIVE_S", 0.2)
    with locking.exclusive(library.folder):
        with pytest.raises(LibraryError, match="the library is being restored or repaired by another command"):
            open_library(library.folder)
    assert ArticleService(open_library(library.folder)).count() == 5

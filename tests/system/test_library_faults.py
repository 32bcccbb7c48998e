"""Backups and read-only libraries on real full and read-only file systems."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from app.services.articles import ArticleService
from app.services.library import open_library


def _carnet(*args):
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=60)


def _grow(library, count=300):
    db = library.database()
    from app.store.database import write_transaction

    with write_transaction(db):
        for n in range(count):
            db.execute("INSERT INTO library_meta (key, value) VALUES (?, ?)", [f"filler-{n}", "x" * 4000])


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(small_disk, library):
    _grow(library)
    library.close()
    disk = small_disk(256)
    result = _carnet("--library", str(library.folder), "backup", str(disk))
    assert result.returncode == 1
    assert "the backup could not be written: the disk is full" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(disk.iterdir()) == []


def test_a_backup_into_a_folder_that_cannot_be_written_says_so(read_only_view, library, tmp_path):
    library.close()
    folder = tmp_path / "shelf"
    folder.mkdir()
    view = read_only_view(folder)
    for target in (view, view / "sub" / "copy.sqlite"):
        result = _carnet("--library", str(library.folder), "backup", str(target))
        assert result.returncode == 1, result.stderr
        assert "the backup could not be written: its folder cannot be written" in result.stderr
        assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []


def test_a_read_only_library_is_backed_up_where_asked_and_only_there(read_only_view, library, tmp_path):
    library.close()
    view = read_only_view(library.folder)
    result = _carnet("--library", str(view), "backup")
    assert result.returncode == 1
    assert "the library's backups folder cannot be written (its folder cannot be written): give a PATH" \
        in result.stderr
    result = _carnet("--library", str(view), "backup", str(tmp_path / "copy.sqlite"))
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(tmp_path / "copy.sqlite")
    assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    connection.close()


def test_a_read_only_disk_with_a_wal_and_no_shared_memory_opens(read_only_view, library):
    library.close()
    script = ("import os, sqlite3; c = sqlite3.connect('library.sqlite'); c.execute('PRAGMA wal_autocheckpoint = 0');"
              "c.execute(\"UPDATE articles SET title = 'Dans le WAL seulement' WHERE id = 1\"); c.commit();"
              "os._exit(0)")
    subprocess.run([sys.executable, "-c", script], cwd=library.folder, check=True)
    (library.folder / "library.sqlite-shm").unlink()
    before = sorted(os.listdir(library.folder))
    view = read_only_view(library.folder)
    opened = open_library(view)
    assert opened.on_read_only_disk
    assert ArticleService(opened).article(1).title == "Dans le WAL seulement"
    opened.close()
    result = _carnet("--library", str(view), "search", "usines")
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(library.folder)) == before

"""A library.sqlite that is not a Carnet library is never made into one: opening says what
it holds, and which backup to restore with which command."""

from __future__ import annotations

import sqlite3

import pytest

from app.cli.main import main
from app.services.backups import backup_library
from app.services.library import open_library
from app.store.errors import LibraryError

pytestmark = pytest.mark.sqlite_only  # about the local library's file


def _foreign(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("CREATE TABLE moz_origins (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()


SPOILERS = {
    "empty": (lambda path: path.write_bytes(b""), "the file is empty"),
    "garbage": (lambda path: path.write_bytes(b"\x89PNG\r\n" + bytes(9000)), "the file is not an SQLite database"),
    "foreign": (_foreign, "an SQLite database of another program, with the tables moz_origins, moz_places"),
}


@pytest.fixture
def backed_up(library):
    backup = backup_library(library.database_path)
    library.close()
    return library.folder, backup


def _spoil(folder, how):
    database = folder / "library.sqlite"
    database.unlink()
    for suffix in ("-wal", "-shm"):
        (folder / f"library.sqlite{suffix}").unlink(missing_ok=True)
    SPOILERS[how][0](database)
    return database.read_bytes()


@pytest.mark.parametrize("how", SPOILERS)
@pytest.mark.parametrize("read_only", [False, True])
def test_opening_refuses_what_is_not_a_library_and_names_the_backup(backed_up, how, read_only):
    folder, backup = backed_up
    spoiled = _spoil(folder, how)
    with pytest.raises(LibraryError) as raised:
        open_library(folder, read_only=read_only)
    said = str(raised.value)
    assert f"library.sqlite: this is not a Carnet library that can be opened ({SPOILERS[how][1]})" in said
    assert "it was left as it is" in said
    assert f"the newest backup is {backup}: restore it with `carnet --library {folder} restore {backup}`" in said
    assert (folder / "library.sqlite").read_bytes() == spoiled
    assert not (folder / "library.sqlite-wal").exists()


@pytest.mark.parametrize("command", [["list"], ["check"], ["search", "usines"], ["backup"]])
def test_commands_on_an_emptied_library_say_so_and_change_nothing(backed_up, capsys, command):
    folder, backup = backed_up
    _spoil(folder, "empty")
    assert main(["--library", str(folder), *command]) == 1
    captured = capsys.readouterr()
    assert "this is not a Carnet library that can be opened (the file is empty)" in captured.err
    assert str(backup) in captured.err and captured.out == ""
    assert (folder / "library.sqlite").stat().st_size == 0


def test_without_a_backup_the_message_says_there_is_none(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    _foreign(folder / "library.sqlite")
    with pytest.raises(LibraryError, match=r"and no backup was found in .*backups$"):
        open_library(folder)


def test_the_newest_backup_named_is_one_that_is_a_library(backed_up):
    folder, backup = backed_up
    (folder / "backups" / "library-zz-newer.sqlite").write_bytes(b"not a backup at all")
    _spoil(folder, "empty")
    with pytest.raises(LibraryError, match=f"the newest backup is {backup}"):
        open_library(folder)


def test_a_database_left_empty_by_a_library_being_made_is_made_into_one(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    connection = sqlite3.connect(folder / "library.sqlite")  # as a first opening stopped before migrating
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    library = open_library(folder, add_samples=False)
    assert "articles" in library.database().table_names()

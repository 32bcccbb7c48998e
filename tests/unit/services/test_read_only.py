"""A library opened for reading only: everything reads, nothing writes, and saying so."""

import hashlib
import sqlite3

import pytest

from app.cli.main import main
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.library import open_library
from app.services.searching import SearchService
from app.services.tagging import TagService
from app.store.errors import LibraryError, LibraryReadOnly
from app.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.sqlite_only  # about the local library's file


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mark_schema(folder, version):
    connection = sqlite3.connect(folder / "library.sqlite")
    connection.execute(f"PRAGMA user_version = {version}")
    connection.commit()
    connection.close()


@pytest.fixture
def closed_library(library):
    library.close()
    return library.folder


def test_reading_and_searching_work_and_writing_is_refused_by_name(closed_library):
    before = _digest(closed_library / "library.sqlite")
    library = open_library(closed_library, read_only=True)
    assert library.read_only and not library.on_read_only_disk
    assert ArticleService(library).count() == 5
    assert SearchService(library).search("gigafactories").hits
    first = ArticleService(library).summaries()[0].id
    with pytest.raises(LibraryReadOnly, match="library.sqlite: the library is read-only"):
        AnnotationService(library).add_highlight(article_id=first, start=0, end=10)
    with pytest.raises(LibraryReadOnly):
        TagService(library).create("énergie")
    library.close()
    assert _digest(closed_library / "library.sqlite") == before


def test_a_folder_without_a_library_is_not_created_read_only(tmp_path):
    with pytest.raises(LibraryError, match="holds no Carnet library"):
        open_library(tmp_path / "nothing", read_only=True)
    assert not (tmp_path / "nothing").exists()


def test_an_older_library_cannot_be_upgraded_read_only(closed_library):
    _mark_schema(closed_library, SCHEMA_VERSION - 1)
    with pytest.raises(LibraryReadOnly, match="must be upgraded, which cannot be done while it is read-only"):
        open_library(closed_library, read_only=True)


def test_a_newer_library_is_refused_read_only_too(closed_library):
    _mark_schema(closed_library, SCHEMA_VERSION + 1)
    with pytest.raises(LibraryError, match="newer version of Carnet"):
        open_library(closed_library, read_only=True)


def test_the_command_line_reads_read_only_and_refuses_changes(closed_library, capsys):
    assert main(["--library", str(closed_library), "--read-only", "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1 + 5  # the header, then the articles
    assert main(["--library", str(closed_library), "--read-only", "tag", "add", "énergie"]) == 1
    assert "the library is read-only" in capsys.readouterr().err


def _files(folder):
    return {path.relative_to(folder): _digest(path) for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("command", [
    ["list"], ["show", "1"], ["search", "usines"], ["highlights"], ["facts"], ["tag", "list"],
    ["export", "--format", "json"], ["check"], ["backup"], ["gazetteer", "Zorglub", "--kind", "person"],
])
def test_read_only_commands_write_no_byte_in_the_library(closed_library, capsys, command):
    (closed_library / "library.lock").unlink()  # not even the lock file is made
    before = _files(closed_library)
    main(["--library", str(closed_library), "--read-only", *command])
    assert _files(closed_library) == before
    assert "Traceback" not in capsys.readouterr().err


def test_the_gazetteer_is_not_written_read_only(closed_library, capsys):
    assert main(["--library", str(closed_library), "--read-only", "gazetteer", "Zorglub", "--kind", "person"]) == 1
    assert "the library is read-only" in capsys.readouterr().err
    assert not (closed_library / "gazetteer.json").exists()


def _leave_commits_in_the_wal(folder):
    """A program that committed and then died: its WAL holds the commit, its -shm is gone."""
    import subprocess
    import sys

    script = ("import os, sqlite3; c = sqlite3.connect('library.sqlite'); c.execute('PRAGMA wal_autocheckpoint = 0');"
              "c.execute(\"UPDATE articles SET title = 'Dans le WAL seulement' WHERE id = 1\"); c.commit();"
              "os._exit(0)")
    subprocess.run([sys.executable, "-c", script], cwd=folder, check=True)
    (folder / "library.sqlite-shm").unlink()
    assert (folder / "library.sqlite-wal").stat().st_size > 0


def test_a_wal_without_its_shared_memory_is_read_without_writing_it(closed_library):
    _leave_commits_in_the_wal(closed_library)
    before = _files(closed_library)
    library = open_library(closed_library, read_only=True)
    assert ArticleService(library).article(1).title == "Dans le WAL seulement"
    library.close()
    assert _files(closed_library) == before


def test_a_wal_that_cannot_be_copied_to_be_read_is_told(closed_library, tmp_path, monkeypatch, capsys):
    import tempfile

    _leave_commits_in_the_wal(closed_library)
    not_a_folder = tmp_path / "not-a-folder"
    not_a_folder.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    assert main(["--library", str(closed_library), "--read-only", "list"]) == 1
    assert "the private copy that would let them be read could not be made" in capsys.readouterr().err


def test_a_read_only_library_sees_what_a_program_opened_later_commits(closed_library):
    import subprocess
    import sys

    library = open_library(closed_library, read_only=True)
    assert ArticleService(library).article(1).title != "Écrit pendant la lecture"
    before = set(closed_library.iterdir())
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect('library.sqlite');"
         "c.execute(\"UPDATE articles SET title = 'Écrit pendant la lecture' WHERE id = 1\"); c.commit();"
         "print('written', flush=True); sys.stdin.read()"],
        cwd=closed_library, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "written"
        assert ArticleService(library).article(1).title == "Écrit pendant la lecture"
        made = set(closed_library.iterdir()) - before
        assert {path.name for path in made} == {"library.sqlite-wal", "library.sqlite-shm"}  # the writer's own
    finally:
        writer.communicate("", timeout=30)
    library.close()

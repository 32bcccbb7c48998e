"""A library whose disk fills up: the write that fails is rolled back and reported,
everything stored before it stays."""

import errno
import os
import sqlite3

import pytest

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.exporting import ExportError, write_atomically
from app.services.importing import import_paths
from app.services.library import open_library
from app.store.errors import LibraryFull

pytestmark = pytest.mark.sqlite_only  # about the local library's file


def _folder_of_articles(folder, count, size=4000):
    folder.mkdir()
    for n in range(count):
        words = " ".join(f"mot{n}x{k}" for k in range(size // 8))
        (folder / f"{n:03d}.txt").write_text(f"Article {n}\n\n{words}\n", encoding="utf-8")
    return folder


def _limit_growth(library, pages):
    """Let the library's database grow by only `pages` more pages, as a full disk would."""
    db = library.database()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    used = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {used + pages}")


def test_a_full_disk_stops_the_import_and_keeps_what_was_stored(library, tmp_path):
    first = ArticleService(library).summaries()[0].id
    highlight = AnnotationService(library).add_highlight(article_id=first, start=0, end=10, tags=["funding"]).value
    folder = _folder_of_articles(tmp_path / "many", 300)
    _limit_growth(library, 1500)
    report = import_paths(library, [folder])
    assert "disk holding the library is full" in str(report.stopped)
    imported = report.count("imported")
    assert 0 < imported < 300
    stored_paths = {row[0] for row in library.database().execute("SELECT original_path FROM articles")}
    # Whole transactions only: what the report calls imported is stored, and only that.
    assert {str(o.path) for o in report.outcomes if o.status == "imported"} == {
        path for path in stored_paths if path.startswith(str(folder))}
    not_stored = [o for o in report.outcomes if o.status == "rejected"]
    assert not_stored and all(str(o.reason).startswith("not stored: the disk") for o in not_stored)
    assert ArticleService(library).count() == 5 + imported
    assert AnnotationService(library).highlight(highlight.id) == highlight
    db = library.database()
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM article_index_docsize").fetchone()[0] == 5 + imported
    library.close()
    reopened = open_library(library.folder)  # with room again, importing once more completes it
    import_paths(reopened, [folder])
    assert ArticleService(reopened).count() == 305
    reopened.close()


def test_a_full_disk_refuses_a_highlight_with_a_clear_error(library):
    first = ArticleService(library).summaries()[0].id
    _limit_growth(library, 0)
    with pytest.raises(LibraryFull, match="library.sqlite: the disk holding the library is full"):
        AnnotationService(library).add_highlight(article_id=first, start=0, end=10, note="x" * 20000)
    assert AnnotationService(library).highlights() == []


def test_the_command_line_says_the_import_stopped(tmp_path, capsys, monkeypatch):
    from app.cli.main import main

    folder = _folder_of_articles(tmp_path / "many", 250)
    library = open_library(tmp_path / "lib")
    library.close()
    original = sqlite3.connect

    def connect_with_little_room(*args, **kwargs):
        connection = original(*args, **kwargs)
        used = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {used + 300}")
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect_with_little_room)
    status = main(["--library", str(tmp_path / "lib"), "import", str(folder)])
    out, err = capsys.readouterr()
    assert status == 1
    assert "carnet: the import stopped: the disk holding the library is full" in err
    assert "not stored: the disk holding the library is full" in out


def test_an_export_on_a_full_disk_says_so_and_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "digest.md"
    target.write_text("the digest of yesterday", encoding="utf-8")

    def no_space(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(ExportError, match=r"digest\.md could not be written \(No space left on device\)"):
        write_atomically(target, "# New digest\n" * 1000, overwrite=True)
    assert target.read_text(encoding="utf-8") == "the digest of yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["digest.md"]

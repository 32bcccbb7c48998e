"""A disk that fills up and a disk that cannot be written, as real file systems."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from app.core.digest import DigestScope
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.exporting import ExportError, ExportService, write_atomically
from app.services.importing import import_paths
from app.services.library import open_library
from app.services.searching import SearchService


def _articles(folder, count):
    folder.mkdir()
    for n in range(count):
        words = " ".join(f"mot{n}x{k}" for k in range(500))
        (folder / f"{n:03d}.txt").write_text(f"Article {n}\n\n{words}\n", encoding="utf-8")
    return folder


def test_importing_onto_a_disk_that_fills_up(small_disk, tmp_path):
    disk = small_disk(4096)
    library = open_library(disk / "library")
    first = ArticleService(library).summaries()[0].id
    highlight = AnnotationService(library).add_highlight(article_id=first, start=0, end=12, note="à garder").value
    report = import_paths(library, [_articles(tmp_path / "many", 600)])
    assert "disk holding the library is full" in str(report.stopped)
    imported = report.count("imported")
    assert ArticleService(library).count() == 5 + imported < 605
    library.close()
    connection = sqlite3.connect(disk / "library" / "library.sqlite")
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    reopened = open_library(disk / "library")
    assert AnnotationService(reopened).highlight(highlight.id) == highlight
    assert ArticleService(reopened).count() == 5 + imported
    assert SearchService(reopened).search("gigafactories").hits
    reopened.close()


def test_an_export_onto_a_full_disk_leaves_nothing_half_written(small_disk, library):
    disk = small_disk(64)
    first = ArticleService(library).summaries()[0].id
    notes = AnnotationService(library)
    for n in range(400):
        notes.add_highlight(article_id=first, start=n, end=n + 60, note="une note assez longue " * 5)
    with pytest.raises(ExportError, match=r"digest\.md could not be written \(No space left on device\)"):
        write_atomically(disk / "digest.md", ExportService(library).render(DigestScope(), format="md"))
    assert list(disk.iterdir()) == []


def test_a_library_on_a_read_only_disk_opens_read_only(read_only_view, library, tmp_path):
    first = ArticleService(library).summaries()[0].id
    AnnotationService(library).add_highlight(article_id=first, start=0, end=12, note="lue seulement")
    library.close()
    view = read_only_view(library.folder)
    before = hashlib.sha256((library.folder / "library.sqlite").read_bytes()).hexdigest()
    opened = open_library(view)
    assert opened.read_only and opened.on_read_only_disk
    assert [h.note for h in AnnotationService(opened).highlights()] == ["lue seulement"]
    assert SearchService(opened).search("gigafactories").hits
    opened.close()
    new_file = tmp_path / "new.txt"
    new_file.write_text("Un article\n\nDu texte.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "app", "--library", str(view), "import", str(new_file)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "the library is read-only" in result.stderr + result.stdout
    assert hashlib.sha256((library.folder / "library.sqlite").read_bytes()).hexdigest() == before

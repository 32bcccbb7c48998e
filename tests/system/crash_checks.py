"""What must hold of a library after its writer was killed at any moment."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.core.text import normalise_text
from app.importers import importer_for
from app.services.library import open_library
from app.store.library import Library
from app.services.searching import SearchService
from app.store.highlights import all_highlights

CORPUS_SIZE = 1000


def write_corpus(folder: Path, count: int = CORPUS_SIZE) -> Path:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"{n:04d}.txt").write_text(
            f"Article numéro {n}\n\nLe texte de l'article {n} parle des usines d'IA et du jeton{n}x.\n" * 3,
            encoding="utf-8")
    return folder


def carnet(folder: Path, *args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app", "--library", str(folder), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)


def copy_library(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def highlight_snapshot(library: Library) -> list[tuple]:
    return sorted((h.id, h.article_id, h.quote, h.note, h.tags) for h, _ in all_highlights(library.database()))


def assert_sound(folder: Path, corpus: Path, highlights: list[tuple]) -> int:
    """Check a library after a crash and return how many corpus articles it holds."""
    connection = sqlite3.connect(folder / "library.sqlite")
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # Read before opening (which signs what it finds unsigned): each article committed
    # has its signature, and no band outlives its article.
    assert connection.execute("SELECT count(*) FROM articles WHERE id NOT IN "
                              "(SELECT article_id FROM article_signatures)").fetchone() == (0,)
    assert connection.execute("SELECT count(*) FROM story_bands WHERE article_id NOT IN "
                              "(SELECT id FROM articles)").fetchone() == (0,)
    connection.close()
    library = open_library(folder)
    try:
        db = library.database()
        assert highlight_snapshot(library) == highlights
        imported = db.execute("SELECT title, body, original_path FROM articles WHERE original_path LIKE ?",
                              [f"{corpus}%"]).fetchall()
        for title, body, path in imported:
            expected = importer_for(Path(path))(Path(path))
            assert (title, body) == (expected.title, normalise_text(expected.body))
        for table, rows in (("article_index", "articles"), ("highlight_index", "highlights")):
            assert db.execute(f"SELECT count(*) FROM {table}_docsize").fetchone() == \
                db.execute(f"SELECT count(*) FROM {rows}").fetchone()
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        if library.derived_index is not None:  # not with CARNET_SEARCH_ENGINE=fts5
            assert library.derived_index.disagreement(db) is None
        if imported:
            number = Path(imported[-1][2]).stem.lstrip("0") or "0"
            hits = SearchService(library).search(f"jeton{number}x").hits
            assert [hit.article.title for hit in hits] == [imported[-1][0]]
        return len(imported)
    finally:
        library.close()

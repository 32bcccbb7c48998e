"""A real `carnet` process killed with SIGKILL while it imports, reindexes or exports:
the library it leaves behind opens whole, with every highlight and a matching index."""

from __future__ import annotations

import random
import signal
import sqlite3
import time

import pytest

from app.core.digest import DigestScope
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.exporting import ExportService
from app.services.importing import BATCH_SIZE, import_paths
from app.services.indexing import rebuild_index
from app.services.library import open_library
from app.store.database import utc_now, write_transaction
from tests.system.crash_checks import (CORPUS_SIZE, assert_sound, carnet, copy_library, highlight_snapshot,
                                       write_corpus)

KILL_MOMENTS = 10
EXPORT_HIGHLIGHTS = 3000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus") / "articles")


@pytest.fixture(scope="module")
def annotated_library(tmp_path_factory):
    """The sample articles, with three highlights carrying tags and notes."""
    folder = tmp_path_factory.mktemp("annotated") / "library"
    library = open_library(folder)
    notes = AnnotationService(library)
    for number, summary in enumerate(ArticleService(library).summaries()[:3]):
        first_line = ArticleService(library).article(summary.id).body.split("\n")[0]
        highlight = notes.add_highlight(article_id=summary.id, start=0, end=len(first_line),
                                        tags=["funding"] if number % 2 else ["sites", "Commission"]).value
        notes.set_note(highlight.id, f"note {number}")
    snapshot = highlight_snapshot(library)
    library.close()
    return folder, snapshot


@pytest.fixture(scope="module")
def large_library(tmp_path_factory, corpus, annotated_library):
    """The annotated library with the corpus imported and thousands of highlights more."""
    folder = copy_library(annotated_library[0], tmp_path_factory.mktemp("large") / "library")
    library = open_library(folder)
    import_paths(library, [corpus])
    db = library.database()
    with write_transaction(db):
        ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
        now = utc_now()
        for n in range(EXPORT_HIGHLIGHTS):
            article_id = ids[n % len(ids)]
            db.execute("INSERT INTO highlights (article_id, start_offset, end_offset, exact, note, created_at,"
                       " modified_at) SELECT id, 0, 7, substr(body, 1, 7), ?, ?, ? FROM articles WHERE id = ?",
                       [f"note {n}", now, now, article_id])
            db.execute("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (last_insert_rowid(), 1)")
    rebuild_index(library)
    snapshot = highlight_snapshot(library)
    reference = ExportService(library).render(DigestScope(), format="csv")
    library.close()
    return folder, snapshot, reference


def _kill_at(process, delay: float) -> bool:
    """SIGKILL the process after `delay` seconds; True when it was still running then."""
    time.sleep(delay)
    running = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    return running


MOMENTS = [round(random.Random(moment).uniform(0.35, 1.4), 3) for moment in range(KILL_MOMENTS)]


@pytest.mark.parametrize("delay", MOMENTS)
def test_an_import_killed_at_any_moment_leaves_a_sound_library(tmp_path, corpus, annotated_library, delay):
    source, highlights = annotated_library
    folder = copy_library(source, tmp_path / "library")
    _kill_at(carnet(folder, "import", str(corpus)), delay)
    assert_sound(folder, corpus, highlights)
    library = open_library(folder)
    import_paths(library, [corpus])  # importing again completes the library, with no duplicate
    assert ArticleService(library).count() == 5 + CORPUS_SIZE
    library.close()


@pytest.mark.parametrize("batches", [1, 5])
def test_an_import_killed_between_batches_keeps_the_batches_committed(tmp_path, corpus, annotated_library,
                                                                       batches):
    """Killed as soon as `batches` batches are in: the kill surely falls inside the import."""
    source, highlights = annotated_library
    folder = copy_library(source, tmp_path / "library")
    process = carnet(folder, "import", str(corpus))
    _wait_for_articles(folder, 5 + batches * BATCH_SIZE, process)
    assert _kill_at(process, 0)
    assert BATCH_SIZE * batches <= assert_sound(folder, corpus, highlights) < CORPUS_SIZE


def _wait_for_articles(folder, count, process, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            connection = sqlite3.connect(f"file:{folder / 'library.sqlite'}?mode=ro", uri=True)
            stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
            connection.close()
        except sqlite3.OperationalError:  # the schema is being written
            stored = 0
        if stored >= count:
            return
        time.sleep(0.002)
    raise AssertionError(f"the import never stored {count} articles")


@pytest.mark.parametrize("done", [0, 400, 900])
def test_a_reindex_killed_midway_leaves_the_index_whole(tmp_path, corpus, large_library, done):
    """Killed once its progress says `done` articles are indexed (in its one transaction)."""
    source, highlights, _ = large_library
    folder = copy_library(source, tmp_path / "library")
    process = carnet(folder, "reindex")
    for line in process.stderr:
        if line.startswith(f"Indexing articles: {done}/".encode()):
            break
    assert _kill_at(process, 0)
    assert assert_sound(folder, corpus, highlights) == CORPUS_SIZE


@pytest.mark.parametrize("delay", [0.45, 0.55, 0.65, 0.75])
def test_an_export_killed_midway_leaves_no_half_written_file(tmp_path, corpus, large_library, delay):
    source, highlights, reference = large_library
    folder = copy_library(source, tmp_path / "library")
    target = tmp_path / "out" / "highlights.csv"
    target.parent.mkdir()
    _kill_at(carnet(folder, "export", "--format", "csv", "-o", str(target)), delay)
    assert not target.exists() or target.read_bytes().decode("utf-8") == reference
    assert_sound(folder, corpus, highlights)

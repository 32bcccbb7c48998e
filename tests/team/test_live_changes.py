"""Other members' changes reach a watching window within a second (LISTEN/NOTIFY on the
change log), and a server that goes away and comes back is said, then picked up again."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from app.services.annotating import AnnotationService
from app.services.changes import LibraryChanges
from app.services.child_process import LibraryPlace
from app.services.library import open_library
from app.team.library import init_team_library
from tests.postgres_server import PostgresServer

ROOT = Path(__file__).resolve().parents[2]


def _watch_until(changes: LibraryChanges, seconds: float, wanted) -> tuple[object, float]:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        seen = changes.poll()
        if wanted(seen):
            return seen, time.monotonic() - started
        time.sleep(0.02)
    return None, seconds


@pytest.fixture
def team_library(team_database):
    init_team_library(team_database)
    library = open_library(team_database)
    yield library
    library.close()


def test_a_highlight_made_by_another_process_is_seen_within_a_second(team_library, team_database):
    changes = LibraryChanges(team_library)
    assert team_library.change_listener().wait_until_listening(5)
    (Path(tempfile.gettempdir()) / "carnet-live.txt").write_text("Une usine d'IA à Bruxelles.", encoding="utf-8")
    added = subprocess.run([sys.executable, "-m", "app", "--library", team_database, "import",
                            str(Path(tempfile.gettempdir()) / "carnet-live.txt")],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert added.returncode == 0, added.stderr
    seen, delay = _watch_until(changes, 1.0, lambda changes: changes.added_articles)
    assert seen is not None and delay < 1.0
    article_id = next(iter(seen.added_articles))

    other = LibraryPlace.of(team_library).open()  # a second program's connection
    try:
        AnnotationService(other).add_highlight(article_id=article_id, start=0, end=9)
    finally:
        other.close()
    seen, delay = _watch_until(changes, 1.0, lambda changes: changes.highlights_of)
    assert seen is not None and seen.highlights_of == {article_id}


def test_a_look_with_nothing_heard_asks_the_server_nothing(team_library):
    changes = LibraryChanges(team_library)
    assert team_library.change_listener().wait_until_listening(5)
    changes.poll()  # what was committed before it listened
    db = team_library.database()
    before = db.execute("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()").fetchone()[0]
    for _ in range(20):
        assert changes.poll().__bool__() is False
    after = db.execute("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()").fetchone()[0]
    assert after - before <= 1  # the statement reading the count; polls made none


def test_a_server_gone_is_said_and_its_changes_are_seen_when_it_returns():
    server = PostgresServer().start()
    try:
        uri = server.create_database("team")
        init_team_library(uri)
        library = open_library(uri)
        changes = LibraryChanges(library)
        assert library.change_listener().wait_until_listening(5)
        changes.poll()
        server._run("pg_ctl", "-D", str(server.data), "-m", "fast", "-w", "stop")
        deadline = time.monotonic() + 10
        while changes.unreachable is None and time.monotonic() < deadline:
            assert not changes.poll()
            time.sleep(0.1)
        assert changes.unreachable is not None
        assert "server" in str(changes.unreachable)
        server.start()
        other = LibraryPlace.of(library).open()
        try:
            AnnotationService(other).add_highlight(article_id=_an_article(other), start=0, end=5)
        finally:
            other.close()
        seen, _ = _watch_until(changes, 10, lambda changes: changes.highlights_of)
        assert seen is not None and changes.unreachable is None
        library.close()
    finally:
        server.stop()


def _an_article(library) -> int:
    from app.services.importing import import_paths

    path = Path(tempfile.mkdtemp()) / "note.txt"
    path.write_text("Un texte sur les usines.", encoding="utf-8")
    import_paths(library, [path])
    return library.database().execute("SELECT max(id) FROM articles").fetchone()[0]


def test_a_write_waits_for_the_one_before_it_so_no_change_is_read_past(team_library):
    """The library's write lock makes a second writer wait for the first to commit: the
    change log is committed in the order of its numbers, and a reader looking between
    the two never steps over the first."""
    import threading

    from app.store.database import write_transaction

    notes = AnnotationService(team_library)
    first, second = _an_article(team_library), _an_article(team_library)
    changes = LibraryChanges(team_library)
    changes.poll(wait=1)
    other = LibraryPlace.of(team_library).open()
    started, done = threading.Event(), {}

    def first_writer():
        db = team_library.database()
        with write_transaction(db):
            notes.add_highlight(article_id=first, start=0, end=5)
            started.set()
            time.sleep(1.0)  # still open while the second member writes

    writer = threading.Thread(target=first_writer)
    writer.start()
    started.wait(5)
    began = time.monotonic()
    AnnotationService(other).add_highlight(article_id=second, start=0, end=5)
    done["waited"] = time.monotonic() - began
    writer.join()
    other.close()
    assert done["waited"] > 0.5  # the second write waited for the first to commit
    seen, _ = _watch_until(changes, 3, lambda changes: changes.highlights_of)
    assert seen is not None and seen.highlights_of == {first, second}

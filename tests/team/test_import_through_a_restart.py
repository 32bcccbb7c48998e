"""An import into a team library whose server restarts midway goes on from the batch it
was writing once the server is back: every file stored once."""

from __future__ import annotations

import threading
import time

from app.services import importing
from app.services.importing import import_paths
from app.services.library import open_library
from app.team.library import init_team_library
from tests.postgres_server import PostgresServer


def _count(uri: str) -> int:
    import psycopg

    try:
        with psycopg.connect(uri, connect_timeout=2) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except psycopg.OperationalError:
        return -1


def test_an_import_goes_on_after_the_server_restarts(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH_SIZE", 5)
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(150):
        (folder / f"{number:03}.txt").write_text(f"Article {number}\n\nUne usine d'IA numéro {number} ouvre ses "
                                                 f"portes ({'x' * number}).", encoding="utf-8")
    server = PostgresServer().start()
    try:
        uri = server.create_database("team")
        init_team_library(uri)
        library = open_library(uri)
        done = {}
        importer = threading.Thread(target=lambda: done.update(report=import_paths(library, [folder])))
        importer.start()
        deadline = time.monotonic() + 60
        while _count(uri) < 10 and time.monotonic() < deadline:
            time.sleep(0.01)
        server._run("pg_ctl", "-D", str(server.data), "-m", "immediate", "-w", "stop")
        stopped_at = time.monotonic()
        time.sleep(2)
        server.start()
        importer.join(120)
        assert not importer.is_alive()
        report = done["report"]
        assert report.stopped is None
        assert _count(uri) == 150
        statuses = report.counts
        assert statuses["imported"] + statuses.get("duplicate", 0) == 150
        assert time.monotonic() - stopped_at < 60
        library.close()
    finally:
        server.stop()

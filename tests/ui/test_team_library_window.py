"""A team library in the window: opened by its address, remembered without a password,
showing what another program writes to it, and read-only for a reader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.team.library import grant_access
from app.ui.application import Session
from app.ui.libraries import RecentLibraries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def team_address(team_templates):
    uri = team_templates.copy("samples")
    yield uri
    team_templates.drop(uri)


def _opened(qtbot, settings, address) -> Session:
    application = Session(settings)
    assert application.open(address)
    qtbot.addWidget(application.window)
    qtbot.waitExposed(application.window)
    return application


def test_a_team_library_opens_in_the_window_and_is_remembered_by_its_address(qtbot, settings, team_address):
    window = _opened(qtbot, settings, team_address).window
    assert window.article_model.total() == 5
    database = team_address.split("@/", 1)[1].split("?", 1)[0]
    assert window.windowTitle().startswith(database)
    assert RecentLibraries(settings).last() == team_address
    assert not window.menu["backup"].isEnabled()
    window.close()


def test_an_import_by_another_program_shows_up_in_the_window(qtbot, settings, team_address, tmp_path):
    window = _opened(qtbot, settings, team_address).window
    new_file = tmp_path / "nouvel-article.txt"
    new_file.write_text("Un article d'un autre membre\n\nLes usines d'IA ouvrent à Bologne.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "app", "--library", team_address, "import", str(new_file)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.article_model.total() == 6, timeout=3000)
    window.close()


def test_a_readers_window_offers_no_edit(qtbot, settings, team_address, postgres_server):
    postgres_server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reading_rita') "
                            "THEN CREATE ROLE reading_rita LOGIN PASSWORD 'rita'; END IF; END $$")
    grant_access(team_address, "reading_rita", "reader")
    database = team_address.split("@/", 1)[1].split("?", 1)[0]
    address = postgres_server.uri(database, user="reading_rita", password="rita", tcp=True)
    window = _opened(qtbot, settings, address).window
    assert window.article_model.total() == 5
    assert "reader" in window.read_only_banner.text()
    assert not window.menu["import_files"].isEnabled()
    assert not window.menu["manage_tags"].isEnabled()
    assert "rita" not in str(RecentLibraries(settings).last())  # the password is not kept
    window.close()


def test_a_note_typed_while_the_server_is_away_is_kept_and_saved_when_it_returns(qtbot, settings):
    from app.services.importing import import_paths
    from app.services.library import open_library
    from app.team.library import init_team_library
    from tests.postgres_server import PostgresServer
    from tests.team_libraries import SEEDS

    server = PostgresServer().start()
    try:
        uri = server.create_database("team")
        init_team_library(uri)
        filling = open_library(uri)
        import_paths(filling, [SEEDS])
        filling.close()
        window = _opened(qtbot, settings, uri).window
        assert window._library.change_listener().wait_until_listening(5)
        article = window.reader.article
        window.undo_stack.push(__import__("app.ui.commands.highlight_commands", fromlist=["x"]).AddHighlightCommand(
            window._notes, window.events, article_id=article.id, start=0, end=12))
        qtbot.waitUntil(lambda: window.highlights_panel.list.model().rowCount() == 1, timeout=3000)
        window.highlights_panel.list.setCurrentIndex(window.highlights_panel.list.model().index(0, 0))

        server._run("pg_ctl", "-D", str(server.data), "-m", "fast", "-w", "stop")
        qtbot.waitUntil(lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=10_000)
        window.highlights_panel.note.setPlainText("Écrit pendant la coupure")
        window.highlights_panel.commit_note()
        assert window.away_edits.pending == 1
        assert "1 waiting" in window.statusBar().currentMessage()
        assert "server" in window.statusBar().toolTip()

        server.start()
        qtbot.waitUntil(lambda: window.away_edits.pending == 0, timeout=15_000)
        check = open_library(uri)
        notes = [row[0] for row in check.database().execute("SELECT note FROM highlights")]
        check.close()
        assert notes == ["Écrit pendant la coupure"]
        window.close()
    finally:
        server.stop()

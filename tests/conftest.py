from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services.library import Library, open_library  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def seeds_folder() -> Path:
    return SEEDS


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """A migrated library in a temporary folder holding the five sample articles."""
    library = open_library(tmp_path / "library", language="en")
    yield library
    library.close()


@pytest.fixture
def empty_library(tmp_path: Path) -> Library:
    """A migrated library with no articles."""
    library = open_library(tmp_path / "empty-library", add_samples=False, language="en")
    yield library
    library.close()


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server (`tests/postgres_server.py`), started once for the session;
    a server that cannot start fails the tests that need it, with the reason."""
    from tests.postgres_server import PostgresServer, ServerUnavailable

    try:
        server = PostgresServer().start()
    except ServerUnavailable as error:
        pytest.fail(f"the PostgreSQL server for the team-library tests could not start: {error}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def team_templates(postgres_server):
    """Team libraries to copy for a test (`tests/team_libraries.py`)."""
    from tests.team_libraries import TeamTemplates

    return TeamTemplates(postgres_server)


@pytest.fixture
def web_server():
    """A real HTTP server on 127.0.0.1 whose routes the test sets (`tests/web_server.py`)."""
    from tests.web_server import WebServer

    server = WebServer().start()
    yield server
    server.stop()

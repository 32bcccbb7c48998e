"""A real PostgreSQL server for the whole session (`tests/postgres_server.py`), and a new
database on it for each test."""

from __future__ import annotations

import itertools

import pytest

from tests.postgres_server import PostgresServer, ServerUnavailable

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server():
    """The server, started once; a server that cannot start fails the tests with the reason."""
    try:
        server = PostgresServer().start()
    except ServerUnavailable as error:
        pytest.fail(f"the PostgreSQL server for the team-library tests could not start: {error}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def team_database(postgres_server) -> str:
    """The superuser's URI of a new, empty database."""
    return postgres_server.create_database(f"team_{next(_numbers)}")

"""A new database for each test on the session's PostgreSQL server (`postgres_server`,
in `tests/conftest.py`)."""

from __future__ import annotations

import itertools

import pytest

_numbers = itertools.count(1)


@pytest.fixture
def team_database(postgres_server) -> str:
    """The superuser's URI of a new, empty database."""
    return postgres_server.create_database(f"team_{next(_numbers)}")

"""The services' tests run over both databases: `library` and `empty_library` are an
SQLite library and a team library (PostgreSQL). A test module about what only a local
library's file has (backups, damage, locks) is marked `sqlite_only`."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.library import open_library

DATABASES = ("sqlite", "team")


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about the local library's SQLite file alone")


def _opened(request, tmp_path: Path, *, samples: bool):
    if request.param == "sqlite" or request.node.get_closest_marker("sqlite_only"):
        library = open_library(tmp_path / "library", add_samples=samples, language="en")
        yield library
        library.close()
        return
    templates = request.getfixturevalue("team_templates")
    uri = templates.copy("samples" if samples else "empty")
    library = open_library(uri)
    yield library
    library.close()
    templates.drop(uri)


@pytest.fixture(params=DATABASES)
def library(request, tmp_path: Path):
    """A library holding the five sample articles: an SQLite library in a temporary
    folder, or a team library in a new database of the session's PostgreSQL server."""
    yield from _opened(request, tmp_path, samples=True)


@pytest.fixture(params=DATABASES)
def empty_library(request, tmp_path: Path):
    """A library with no articles, on either database."""
    yield from _opened(request, tmp_path, samples=False)


def pytest_collection_modifyitems(config, items) -> None:
    """A `sqlite_only` test runs once, over SQLite."""
    items[:] = [item for item in items if not (item.get_closest_marker("sqlite_only")
                                               and getattr(item, "callspec", None) is not None
                                               and item.callspec.params.get("library",
                                                                            item.callspec.params.get(
                                                                                "empty_library")) == "team")]

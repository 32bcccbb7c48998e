"""Some of the crash tests again with FTS5 ranking alone (CARNET_SEARCH_ENGINE=fts5), as a
read-only library or a program without Tantivy searches: the other crash tests run
with the derived Tantivy index, which `crash_checks.assert_sound` checks too."""

from __future__ import annotations

import os

import pytest

from app.services.library import ENGINE_ENV
from tests.system import test_crash_safety as crash


corpus, annotated_library, large_library = crash.corpus, crash.annotated_library, crash.large_library


@pytest.fixture(scope="module", autouse=True)
def fts5_engine():
    """Set before the module's libraries are made, and for the `carnet` processes started."""
    before = os.environ.get(ENGINE_ENV)
    os.environ[ENGINE_ENV] = "fts5"
    yield
    if before is None:
        del os.environ[ENGINE_ENV]
    else:
        os.environ[ENGINE_ENV] = before


@pytest.mark.parametrize("delay", crash.MOMENTS[:1])
def test_an_import_killed_at_any_moment_leaves_the_index_sound(tmp_path, corpus, annotated_library, delay):
    crash.test_an_import_killed_at_any_moment_leaves_a_sound_library(tmp_path, corpus, annotated_library, delay)


@pytest.mark.parametrize("batches", [1, 5])
def test_an_import_killed_between_batches_leaves_the_index_sound(tmp_path, corpus, annotated_library, batches):
    crash.test_an_import_killed_between_batches_keeps_the_batches_committed(tmp_path, corpus, annotated_library,
                                                                           batches)


@pytest.mark.parametrize("done", [400])
def test_a_reindex_killed_midway_leaves_the_index_sound(tmp_path, corpus, large_library, done):
    crash.test_a_reindex_killed_midway_leaves_the_index_whole(tmp_path, corpus, large_library, done)

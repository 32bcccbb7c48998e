"""Every damage to a library file ends in a sentence: what is hit, what was saved, the
backup to restore; the search index alone is rebuilt from the articles."""

from __future__ import annotations

import gc
import os
import random
import shutil
import sqlite3

import pytest

from app.cli.main import main
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.backups import backup_library
from app.services.library import open_library
from app.store.errors import LibraryError
from tests.damage import damage, fill_library

pytestmark = pytest.mark.sqlite_only  # about the local library's file

FUZZ_RUNS = int(os.environ.get("CARNET_DAMAGE_RUNS", "12"))
COMMANDS = (["check"], ["list"], ["search", "usines"], ["export", "--format", "json"], ["show", "1"])


def _run(capsys, folder, *args):
    gc.collect()  # each command runs as its own process would: drop the last one's connections
    status = main(["--library", str(folder), *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _pages_of(folder, table):
    connection = sqlite3.connect(folder / "library.sqlite")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    connection.close()
    return page_size, root


def _scribble(folder, page_size, page, at=8, length=200):
    with open(folder / "library.sqlite", "r+b") as handle:
        handle.seek((page - 1) * page_size + at)
        handle.write(b"\xff" * length)


@pytest.fixture
def noted(library):
    first = ArticleService(library).summaries()[0].id
    AnnotationService(library).add_highlight(article_id=first, start=0, end=30, note="une note à garder")
    backup = backup_library(library.database_path)
    library.close()
    return library.folder, backup


@pytest.mark.parametrize("table", ["article_index_docsize", "article_index_content", "article_index_data",
                                   "article_index_idx", "highlight_index_content", "search_words"])
def test_check_rebuilds_an_index_whose_pages_are_damaged(noted, capsys, table):
    folder, _ = noted
    _, listed, _ = _run(capsys, folder, "list")
    _scribble(folder, *_pages_of(folder, table))
    status, out, err = _run(capsys, folder, "check")
    assert status == 0, out + err
    assert "the other tables were copied whole into a fresh database, the index rebuilt in it" in out
    saved = out.split("The damaged file was saved to ")[1].strip()
    assert os.path.exists(saved) and "backups" in saved
    assert _run(capsys, folder, "check")[1] == "search index: ok\ndatabase: ok\n"
    assert _run(capsys, folder, "list")[1] == listed
    library = open_library(folder)
    assert [h.note for h in AnnotationService(library).highlights()] == ["une note à garder"]
    assert ArticleService(library).count() == 5
    library.close()
    status, out, _ = _run(capsys, folder, "search", "usines")
    assert status == 0 and "usines" in out.lower()


def test_a_repair_waits_for_the_other_programs_to_close(noted, capsys):
    folder, _ = noted
    _scribble(folder, *_pages_of(folder, "article_index_docsize"))
    other = open_library(folder, prepare=False)
    other.database().execute("SELECT count(*) FROM articles").fetchone()
    status, out, _ = _run(capsys, folder, "check")
    assert status == 1
    assert "close the window and the other commands first" in out
    assert "in the search index's tables only: the articles, highlights and tags are whole" in out
    other.close()
    assert _run(capsys, folder, "check")[0] == 0


@pytest.mark.parametrize("table", ["articles", "highlights", "tags"])
def test_damaged_articles_highlights_or_tags_are_told_with_the_backup_by_every_command(noted, capsys, table):
    folder, backup = noted
    _scribble(folder, *_pages_of(folder, table))
    before = (folder / "library.sqlite").read_bytes()
    for command in COMMANDS:
        status, out, err = _run(capsys, folder, *command)
        said = out + err
        if status == 0:  # a command that does not read the damaged table
            continue
        assert status == 1, said
        assert str(backup) in said and "restore" in said, said
        if command == ["check"]:
            assert f"database: damaged ({table}" in out and "Nothing was changed." in out
        else:
            assert err.startswith("carnet: ") and "the library is damaged" in err and out == ""
    check = _run(capsys, folder, "check")
    assert check[0] == 1
    assert (folder / "library.sqlite").read_bytes() == before


def test_a_damaged_library_is_restored_from_its_backup(noted, capsys):
    folder, backup = noted
    _scribble(folder, *_pages_of(folder, "articles"))
    status, out, _ = _run(capsys, folder, "check")
    command = out.split("Restore the newest backup with: ")[1].split()
    assert command[1:3] == ["--library", str(folder)] and command[3:] == ["restore", str(backup)]
    assert _run(capsys, folder, *command[3:])[0] == 0
    assert _run(capsys, folder, "check")[0] == 0


# The fuzzer: random damage to a real library, then every command; none may end in a
# traceback (main() raising), and each failure is one sentence on standard error.

@pytest.fixture(scope="module")
def fuzz_library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz") / "library"
    library = open_library(folder)
    fill_library(library, tmp_path_factory.mktemp("articles"))
    backup_library(library.database_path)
    library.close()
    return folder


def _fuzz_once(seed, fuzz_library, tmp_path, capsys):
    rng = random.Random(seed)
    folder = tmp_path / f"run-{seed}"
    shutil.copytree(fuzz_library, folder)
    kind = damage(folder / "library.sqlite", rng)
    try:
        open_library(folder).close()
    except LibraryError:
        pass
    for command in COMMANDS + (["check"], ["list"]):
        status, out, err = _run(capsys, folder, *command)
        assert status in (0, 1), (seed, kind, command, status, err)
        if status == 1 and command != ["check"]:
            assert err.startswith("carnet: ") and len(err.strip().splitlines()) == 1, (seed, kind, command, err)
        assert "Traceback" not in out + err


@pytest.mark.parametrize("seed", range(FUZZ_RUNS))
def test_random_damage_never_ends_in_a_traceback(seed, fuzz_library, tmp_path, capsys):
    _fuzz_once(seed, fuzz_library, tmp_path, capsys)

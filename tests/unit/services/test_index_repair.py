"""A damaged or stale search index is rebuilt from the library, which it never affects."""

import sqlite3

import pytest

from app.cli.main import main
from app.services.articles import ArticleService
from app.services.checking import check_library
from app.services.library import open_library
from app.services.searching import SearchService
from app.store.errors import IndexDamaged

pytestmark = pytest.mark.sqlite_only  # about the local library's file


def _damage_index(folder, table="article_index"):
    connection = sqlite3.connect(folder / "library.sqlite")
    connection.execute(f"UPDATE {table}_data SET block = substr(replace(hex(zeroblob(length(block))), '0', 'A'), 1, length(block)) WHERE id > 1")
    connection.commit()
    connection.close()


@pytest.fixture
def folder(library):
    library.close()
    return library.folder


def test_a_search_on_a_damaged_index_rebuilds_it_and_answers(folder):
    _damage_index(folder)
    library = open_library(folder)
    hits = SearchService(library).search("gigafactories").hits
    assert hits and all("gigafactor" in (h.article.title + " ".join(s.text for s in h.snippets)).lower().replace("-", "")
                        for h in hits)
    assert check_library(library).index_problem is None


def test_a_read_only_library_says_its_index_is_damaged(folder):
    _damage_index(folder)
    library = open_library(folder, read_only=True)
    with pytest.raises(IndexDamaged, match="read-only library cannot rebuild it"):
        SearchService(library).search("gigafactories")


def test_check_finds_the_damage_and_rebuilds_the_index(folder, capsys):
    _damage_index(folder, "highlight_index")
    _damage_index(folder)
    assert main(["--library", str(folder), "check"]) == 0
    out = capsys.readouterr().out
    assert "the search index is damaged (article_index" in out and "rebuilt it" in out
    assert "database: ok" in out
    assert main(["--library", str(folder), "check"]) == 0
    assert capsys.readouterr().out == "search index: ok\ndatabase: ok\n"


@pytest.mark.parametrize("harm", [
    "DELETE FROM article_index WHERE rowid = 3",
    "DROP TABLE highlight_index",
    "DELETE FROM search_state",
])
def test_opening_rebuilds_an_index_that_does_not_match_the_library(folder, harm):
    connection = sqlite3.connect(folder / "library.sqlite")
    connection.execute(harm)
    connection.commit()
    connection.close()
    library = open_library(folder)
    assert check_library(library).index_problem is None
    third = ArticleService(library).article(3)
    assert any(hit.article.id == 3 for hit in SearchService(library).search(f'"{third.title}"').hits)


def test_a_damaged_database_is_reported_with_the_backup_to_restore(folder, capsys):
    assert main(["--library", str(folder), "backup"]) == 0
    connection = sqlite3.connect(folder / "library.sqlite")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles_by_title'").fetchone()[0]
    connection.close()
    with open(folder / "library.sqlite", "r+b") as handle:  # scribble over an index page
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 200)
    capsys.readouterr()
    assert main(["--library", str(folder), "check"]) == 1
    out = capsys.readouterr().out
    assert "database: damaged" in out and " restore " in out and "backups" in out

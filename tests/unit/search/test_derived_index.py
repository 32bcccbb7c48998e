"""The derived Tantivy index: fed by the outbox in the data's own transaction, applied
after commit and on opening, and searched with Carnet's own query language."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.core.article import Article
from app.search import derived_index
from app.services.importing import add_articles, replace_text
from app.services.articles import ArticleService
from app.services.library import ENGINE_ENV, attach_derived_index, open_library
from app.services.searching import SearchService
from app.store.database import write_transaction



@pytest.fixture
def derived(tmp_path, monkeypatch):
    monkeypatch.delenv(ENGINE_ENV, raising=False)  # the default
    library = open_library(tmp_path / "library")
    assert library.derived_index is not None
    assert library.derived_index.catch_up(library.database())
    yield library
    library.derived_index.release()
    library.close()


def _fresh_process_view(folder: Path):
    """The library as a new program would open it: its own derived index object."""
    derived_index._OPEN.pop(str(folder.resolve()), None)
    return open_library(folder)


def _ids(library, query: str) -> list[int]:
    return [hit.article.id for hit in SearchService(library).search(query, snippets=False).hits]


QUERIES = ["gigafactories", "usines d'IA", '"usines IA"', "giga*", "title:IA", "IA -usine", "IA OR Commission",
           "lang:fr IA", "souverain", "giga-factories", "(IA OR usine) AND NOT Commission", "source:Monde"]


def test_each_query_finds_the_same_articles_as_fts5(derived):
    assert derived.derived_index.ready(derived.database())
    through_tantivy = {query: sorted(_ids(derived, query)) for query in QUERIES}
    index, derived.derived_index = derived.derived_index, None
    try:
        assert through_tantivy == {query: sorted(_ids(derived, query)) for query in QUERIES}
    finally:
        derived.derived_index = index
    assert any(through_tantivy.values())


def test_a_new_and_an_edited_article_are_found_once_committed(derived):
    stored = add_articles(derived, [Article(title="Neuf", body="Un mot rare : zorglub.", format="txt",
                                            language="fr")])[0]
    assert _ids(derived, "zorglub") == [stored.article_id]
    replace_text(derived, stored.article_id, Article(title="Neuf", body="Un autre mot : bidulex.", format="txt",
                                                     language="fr"))
    assert _ids(derived, "zorglub") == [] and _ids(derived, "bidulex") == [stored.article_id]
    ArticleService(derived).delete(stored.article_id)
    assert _ids(derived, "bidulex") == []
    assert derived.derived_index.disagreement(derived.database()) is None


def test_a_search_never_waits_for_the_index_to_catch_up(derived):
    """Right after a commit FTS5 answers (it holds every commit); the index catches up
    in the background, and searches rank with it again."""
    db = derived.database()
    index = derived.derived_index
    derived.after_commit.clear()  # not applied on commit: the search below starts it
    stored = add_articles(derived, [Article(title="Neuf", body="Un mot rare : zorglub.", format="txt",
                                            language="fr")])[0]
    with index._lock:  # held here: the applier it starts cannot finish before the search
        assert not index.ready(db)
        assert _ids(derived, "zorglub") == [stored.article_id]
    deadline = time.monotonic() + 30
    while not index.ready(db) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert index.ready(db)
    assert _ids(derived, "zorglub") == [stored.article_id]


def test_a_library_replaced_under_an_open_index_only_stops_it_ranking(derived):
    db = derived.database()
    db.execute("DROP TABLE search_outbox")  # as a foreign file put in its place would have
    assert derived.derived_index.is_current(db) is False
    assert derived.derived_index.ready(db) is False


def test_the_outbox_is_written_in_the_transaction_of_the_data(derived):
    db = derived.database()
    before = db.execute("SELECT count(*) FROM search_outbox").fetchone()[0]
    with pytest.raises(RuntimeError):
        with write_transaction(db):
            db.execute("UPDATE articles SET title = 'x' WHERE id = 1")
            assert db.execute("SELECT count(*) FROM search_outbox").fetchone()[0] == before + 1
            raise RuntimeError("rolled back")
    assert db.execute("SELECT count(*) FROM search_outbox").fetchone()[0] == before


def test_commits_left_unapplied_by_a_stopped_program_are_applied_on_opening(derived, tmp_path):
    folder = derived.folder
    derived.after_commit.clear()  # as if the program stopped right after its commit
    add_articles(derived, [Article(title="Tard", body="Le mot perdu : quasimodo.", format="txt", language="fr")])
    derived.derived_index.release()
    derived.close()
    reopened = _fresh_process_view(folder)
    try:
        assert reopened.derived_index is not None and reopened.derived_index is not derived.derived_index
        assert len(_ids(reopened, "quasimodo")) == 1
        assert reopened.derived_index.disagreement(reopened.database()) is None
    finally:
        reopened.derived_index.release()
        reopened.close()


def test_applying_the_same_rows_again_gives_the_same_index(derived):
    db = derived.database()
    index = derived.derived_index
    expected = {query: _ids(derived, query) for query in QUERIES}
    with index._lock:
        index._applied = 0  # forget what was applied: every row of the outbox again
        index._writer.delete_documents_by_query(index._id_query(0))
        index._writer.commit()
    assert index.catch_up(db)
    assert index.disagreement(db) is None
    assert {query: _ids(derived, query) for query in QUERIES} == expected


def test_an_index_left_behind_the_kept_outbox_is_rebuilt(derived):
    db = derived.database()
    index = derived.derived_index
    index.release()
    derived.after_commit.clear()
    with write_transaction(db):  # many changes while no program applied them
        for _ in range(derived_index.KEPT + 1000):
            db.execute("UPDATE articles SET title = title || '' WHERE id = 1")
    assert db.execute("SELECT min(seq) FROM search_outbox").fetchone()[0] > index.applied() + 1
    assert index.catch_up(db)
    assert index.disagreement(db) is None


def test_a_second_program_searches_fts5_while_the_first_holds_the_writer(derived):
    db = derived.database()
    first = derived.derived_index
    assert first.catch_up(db)
    other = derived_index.DerivedIndex(derived.folder)  # another program's view of the same index
    assert other.catch_up(db)  # what the first applied is what the library holds
    derived.after_commit.clear()  # a commit the first has not applied yet
    add_articles(derived, [Article(title="Autre", body="Encore un mot : pataques.", format="txt", language="fr")])
    assert not other.catch_up(db)  # the first holds the writer
    derived.derived_index = other
    try:
        assert len(_ids(derived, "pataques")) == 1  # through FTS5, never a stale index
    finally:
        derived.derived_index = first


def test_a_read_only_opening_neither_uses_nor_writes_the_derived_index(derived, monkeypatch):
    folder = derived.folder
    derived.derived_index.release()
    derived.close()
    before = sorted((path, path.stat().st_mtime_ns, path.stat().st_size) for path in folder.rglob("*"))
    library = open_library(folder, read_only=True)
    try:
        assert library.derived_index is None
        assert _ids(library, "gigafactories")
        assert attach_derived_index(library) is False
    finally:
        library.close()
    assert sorted((path, path.stat().st_mtime_ns, path.stat().st_size) for path in folder.rglob("*")) == before


def test_with_the_fts5_setting_fts5_alone_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv(ENGINE_ENV, "fts5")
    library = open_library(tmp_path / "library")
    try:
        assert library.derived_index is None
        assert not (tmp_path / "library" / derived_index.FOLDER).exists()
    finally:
        library.close()

"""Article lists in every order the window offers, page by page."""

import pytest

from app.core.article import Article, ArticleOrder, SortColumn
from app.store.articles import _order_by, insert_article, list_summaries, position_of
from app.store.database import open_database, write_transaction
from app.store.schema import migrate

ARTICLES = [
    ("Zéro émission", "Les Echos", "2024-03-01"),
    ("état des lieux", None, "2023-12-24"),
    ("Avenir", "le Monde", None),
    ("Étude", "Le Monde", "2025-01-01"),
    ("bilan", "Actu IA", "2024-03-01"),
]


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    migrate(db)
    with write_transaction(db):
        for number, (title, source, published) in enumerate(ARTICLES):
            insert_article(db, Article(title=title, body=f"body {number}", format="txt",
                                       source=source, published=published))
    yield db
    db.close()


def _titles(db, column, descending=False, **kwargs):
    order = ArticleOrder(column, descending)
    return [s.title for s in list_summaries(db, order=order, **kwargs)]


def test_import_order_is_the_default(db):
    assert [s.title for s in list_summaries(db)] == [a[0] for a in ARTICLES]
    assert _titles(db, SortColumn.IMPORTED, descending=True) == [a[0] for a in reversed(ARTICLES)]


def test_titles_sort_ignoring_case_and_accents(db):
    assert _titles(db, SortColumn.TITLE) == ["Avenir", "bilan", "état des lieux", "Étude", "Zéro émission"]
    assert _titles(db, SortColumn.TITLE, descending=True)[0] == "Zéro émission"


def test_sources_sort_ignoring_case_with_ties_in_import_order(db):
    assert _titles(db, SortColumn.SOURCE) == ["état des lieux", "bilan", "Avenir", "Étude", "Zéro émission"]


def test_newest_first_puts_undated_articles_last(db):
    assert _titles(db, SortColumn.PUBLISHED, descending=True) == [
        "Étude", "bilan", "Zéro émission", "état des lieux", "Avenir"]


def test_pages_follow_the_order(db):
    pages = [_titles(db, SortColumn.TITLE, offset=offset, limit=2) for offset in (0, 2, 4)]
    assert sum(pages, []) == _titles(db, SortColumn.TITLE)


@pytest.mark.parametrize("column", list(SortColumn))
def test_every_order_reads_from_an_index(db, column):
    for descending in (False, True):
        order = ArticleOrder(column, descending)
        plan = db.execute(f"EXPLAIN QUERY PLAN SELECT id FROM articles ORDER BY {_order_by(order)}").fetchall()
        assert not any("TEMP B-TREE" in row[-1] for row in plan), plan


@pytest.mark.parametrize("column", list(SortColumn))
@pytest.mark.parametrize("descending", [False, True])
def test_the_position_of_an_article_is_its_row_in_that_order(db, column, descending):
    order = ArticleOrder(column, descending)
    ids = [s.id for s in list_summaries(db, order=order)]
    assert [position_of(db, article_id, order=order) for article_id in ids] == list(range(len(ids)))
    assert position_of(db, 999, order=order) is None


@pytest.mark.parametrize("column", list(SortColumn))
@pytest.mark.parametrize("descending", [False, True])
def test_a_page_read_after_an_article_is_the_page_at_its_offset(db, column, descending):
    order = ArticleOrder(column, descending)
    everything = list_summaries(db, order=order)
    for position, summary in enumerate(everything):
        assert list_summaries(db, order=order, after=summary.id, limit=2) == everything[position + 1:position + 3]


def test_a_page_after_an_article_gone_since_starts_at_the_offset(db):
    order = ArticleOrder(SortColumn.TITLE)
    assert list_summaries(db, order=order, after=999, offset=2, limit=2) == list_summaries(db, order=order)[2:4]

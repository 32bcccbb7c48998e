import dataclasses

from app.core.article import Article
from app.store.articles import count_articles, find_by_hash, get_article, insert_article, list_summaries
from app.store.database import open_database, write_transaction
from app.store.schema import migrate


def test_stored_article_comes_back_whole(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    migrate(db)
    article = Article(
        title="Titre", body="Le texte.\nSuite.", format="md", language="fr", source="Le Monde",
        author="Anne", url="https://x.eu", published="2024-01-24", original_path="/a/b.md",
        keywords=("funding", "générative"), extras={"breadcrumb": "Accueil"},
    )
    with write_transaction(db):
        article_id = insert_article(db, article)
    stored = get_article(db, article_id)
    assert stored.id == article_id and stored.imported_at
    assert stored == dataclasses.replace(article, id=article_id, imported_at=stored.imported_at,
                                         citation_key="anne2024titre")
    assert find_by_hash(db, article.content_hash) == article_id
    assert count_articles(db) == 1
    [summary] = list_summaries(db)
    assert (summary.title, summary.source, summary.published_date) == ("Titre", "Le Monde", "2024-01-24")
    assert get_article(db, article_id + 1) is None


def test_summaries_page_through_in_import_order(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    migrate(db)
    with write_transaction(db):
        for n in range(7):
            insert_article(db, Article(title=f"A{n}", body=f"body {n}", format="txt"))
    pages = [list_summaries(db, offset=o, limit=3) for o in (0, 3, 6)]
    assert [[s.title for s in page] for page in pages] == [["A0", "A1", "A2"], ["A3", "A4", "A5"], ["A6"]]

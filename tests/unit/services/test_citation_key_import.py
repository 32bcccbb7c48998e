"""Citation keys of imported articles sharing a base, over both databases."""

from app.core.article import Article
from app.services.importing import add_articles
from app.store.articles import get_article


def _notes(numbers) -> list[Article]:
    return [Article(title="Notes de terrain", body=f"Texte numéro {n}.", format="txt", language="fr")
            for n in numbers]


def test_articles_sharing_a_base_take_the_next_free_keys(empty_library):
    db = empty_library.database()
    ids = [stored.article_id for stored in add_articles(empty_library, _notes(range(30)))]
    keys = [get_article(db, article_id).citation_key for article_id in ids]
    assert keys[:3] == ["anonndnotes", "anonndnotesa", "anonndnotesb"]
    assert keys[26:] == ["anonndnotesz", "anonndnotesaa", "anonndnotesab", "anonndnotesac"]
    assert len(set(keys)) == 30


def test_a_key_freed_among_them_is_taken_again(empty_library):
    db = empty_library.database()
    ids = [stored.article_id for stored in add_articles(empty_library, _notes(range(10)))]
    db.execute("UPDATE articles SET citation_key = 'autre2020' WHERE id = ?", [ids[6]])  # frees "anonndnotesf"
    added = add_articles(empty_library, _notes([10]))[0].article_id
    assert get_article(db, added).citation_key == "anonndnotesf"

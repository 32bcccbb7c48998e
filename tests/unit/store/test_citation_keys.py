import sqlite3

import pytest

from app.core.article import Article
from app.core.citation_keys import CitationKeyError, base_key, checked_key, unique_key
from app.store.articles import get_article, insert_article
from app.store.database import open_database, write_transaction
from app.store.schema import MIGRATIONS, migrate


def test_keys_are_author_year_word_in_ascii():
    assert base_key(author=None, source="Le Monde", published="2024-03-05", title="Les usines d’IA") == \
        "lemonde2024usines"
    assert base_key(author="Éloïse Château; Jean Martin", source="X", published=None, title="L'État agit") == \
        "chateaund-etat".replace("-", "")
    assert base_key(author="Dupont, Marie", source=None, published="2019", title="The Long Book") == \
        "dupont2019long"
    assert base_key(author=None, source=None, published="", title="???") == "anonnd"


def test_unique_keys_take_a_b_c_then_aa():
    taken = {"k", "ka", "kb"}
    assert unique_key("k", taken.__contains__) == "kc"
    every = {"k"} | {"k" + chr(c) for c in range(ord("a"), ord("z") + 1)}
    assert unique_key("k", every.__contains__) == "kaa"


def test_a_typed_key_is_checked():
    assert checked_key("  smith2020  ") == "smith2020"
    for bad in ("", "Smith2020", "a b", "-x", "clé"):
        with pytest.raises(CitationKeyError):
            checked_key(bad)


def test_articles_stored_get_keys_unique_in_the_library(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    migrate(db)
    with write_transaction(db):
        ids = [insert_article(db, Article(title="Les usines ferment", body=f"Texte {n}.", format="html",
                                          source="Le Monde", published="2024-01-02")) for n in range(3)]
    assert [get_article(db, i).citation_key for i in ids] == ["lemonde2024usines", "lemonde2024usinesa",
                                                              "lemonde2024usinesb"]
    with pytest.raises(sqlite3.IntegrityError), write_transaction(db):
        db.execute("UPDATE articles SET citation_key = 'lemonde2024usines' WHERE id = ?", [ids[1]])


def test_the_migration_gives_the_articles_of_an_older_library_keys(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    before_keys = [migration.__name__ for migration in MIGRATIONS].index("_add_citation_keys")
    migrate(db, target=before_keys)
    with write_transaction(db):
        for n in range(2):
            db.execute("INSERT INTO articles (title, author, published, body, content_hash, format, imported_at) "
                       "VALUES ('Titre', 'Anne Roy', '2020-05-01', ?, ?, 'md', '2024-01-01')", [f"b{n}", f"h{n}"])
    assert migrate(db) == before_keys
    keys = [row[0] for row in db.execute("SELECT citation_key FROM articles ORDER BY id")]
    assert keys == ["roy2020titre", "roy2020titrea"]


def test_a_new_key_among_many_sharing_its_base_is_found_in_a_few_statements(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    migrate(db)
    with write_transaction(db):
        for n in range(300):
            insert_article(db, Article(title="Notes de terrain", body=f"Texte {n}.", format="txt"))
    statements = []
    db.conn.set_trace_callback(statements.append)
    with write_transaction(db):
        article_id = insert_article(db, Article(title="Notes de terrain", body="Texte 300.", format="txt"))
    db.conn.set_trace_callback(None)
    assert get_article(db, article_id).citation_key == "anonndnoteskn"  # the 301st: base, a … z, aa … kn
    assert sum("FROM articles WHERE citation_key" in statement for statement in statements) <= 6

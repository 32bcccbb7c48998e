import sqlite3

import pytest

from app.core.article import Article
from app.core.tags import tag_key
from app.store.articles import insert_article
from app.store.database import open_database, write_transaction
from app.store.errors import LibraryError
from app.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from app.store.tags import list_tags


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    migrate(db)
    yield db
    db.close()


def test_new_database_is_migrated_in_wal_with_foreign_keys(db):
    assert schema_version(db) == SCHEMA_VERSION
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"articles", "tags", "highlights", "highlight_tags", "library_meta"} <= set(db.table_names())


def test_articles_table_has_the_columns_the_library_promises(db):
    columns = set(db["articles"].columns_dict)
    assert {"id", "title", "source", "author", "url", "published", "language", "body",
            "content_hash", "original_path", "format", "imported_at"} <= columns
    assert {"id", "article_id", "start_offset", "end_offset", "exact", "prefix", "suffix", "note",
            "created_at", "modified_at"} <= set(db["highlights"].columns_dict)
    assert {"id", "name", "colour", "parent_id", "description", "shortcut"} <= set(db["tags"].columns_dict)


def test_new_library_has_the_three_default_tags(db):
    tags = list_tags(db)
    assert [(t.name, t.shortcut) for t in tags] == [("funding", 1), ("sites", 2), ("Commission", 3)]
    assert len({t.colour for t in tags}) == 3


def test_tag_names_are_unique_whatever_their_case(db):
    with pytest.raises(sqlite3.IntegrityError):
        with write_transaction(db):
            db.execute("INSERT INTO tags (name, name_key, colour) VALUES (?, ?, ?)",
                       ["COMMISSION", tag_key("COMMISSION"), "#000000"])


def test_migrating_again_changes_nothing(db):
    assert migrate(db) == SCHEMA_VERSION
    assert len(list_tags(db)) == 3


def test_a_library_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    db = open_database(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(LibraryError, match="newer version of Carnet"):
        migrate(db, path=str(path))
    assert schema_version(db) == SCHEMA_VERSION + 1
    assert db.table_names() == []


def test_a_failed_write_transaction_leaves_nothing_behind(db):
    article = Article(title="T", body="Body text", format="txt")
    with pytest.raises(RuntimeError):
        with write_transaction(db):
            insert_article(db, article)
            raise RuntimeError("disk gone")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_deleting_an_article_deletes_its_highlights(db):
    with write_transaction(db):
        article_id = insert_article(db, Article(title="T", body="Some body text", format="txt"))
        db.execute(
            "INSERT INTO highlights (article_id, start_offset, end_offset, exact, created_at, modified_at)"
            " VALUES (?, 0, 4, 'Some', 'now', 'now')", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    assert db.execute("SELECT count(*) FROM highlights").fetchone()[0] == 0


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"this is not a database, just text " * 100)
    with pytest.raises(LibraryError, match="cannot open the library database"):
        open_database(path)


def test_nested_write_blocks_are_savepoints(db):
    with write_transaction(db):
        insert_article(db, Article(title="kept", body="kept body", format="txt"))
        with pytest.raises(RuntimeError):
            with write_transaction(db):
                insert_article(db, Article(title="undone", body="undone body", format="txt"))
                raise RuntimeError
    titles = [row[0] for row in db.execute("SELECT title FROM articles")]
    assert titles == ["kept"]


def test_migrating_to_sort_keys_fills_them_for_existing_articles(tmp_path):
    db = open_database(tmp_path / "old.sqlite")
    migrate(db, target=3)
    with write_transaction(db):
        db.execute("INSERT INTO articles (title, source, body, content_hash, format, imported_at)"
                   " VALUES ('État des lieux', 'Le Monde', 'b', 'h', 'txt', 'now')")
    migrate(db)
    assert db.execute("SELECT title_key, source_key FROM articles").fetchone() == ("etat des lieux", "le monde")


_BEFORE_SITE_WORDS = [migration.__name__ for migration in MIGRATIONS].index("_require_site_words")


def test_an_older_librarys_sites_rule_gains_the_site_words_new_libraries_have(tmp_path):
    import json

    from app.core.tags import DEFAULT_TAGS

    db = open_database(tmp_path / "old.sqlite")
    migrate(db, target=_BEFORE_SITE_WORDS)
    # As a library made before site words were: the sites rule, a user's keyword added.
    sites = next(tag for tag in DEFAULT_TAGS if tag.name == "sites")
    old_rules = {key: value for key, value in sites.rules.items() if key != "site_words"}
    old_rules["keywords"] = [*old_rules["keywords"], "campus"]
    with write_transaction(db):
        db.execute("UPDATE tags SET rules = ? WHERE name_key = 'sites'", [json.dumps(old_rules)])
        db.execute("UPDATE tags SET rules = ? WHERE name_key = 'funding'", [json.dumps({"places": True})])
    migrate(db)
    tags = {tag.name: tag for tag in list_tags(db)}
    assert tags["sites"].rules == {**old_rules, "site_words": sites.rules["site_words"]}
    assert tags["funding"].rules == {"places": True}  # only the sites rule


def test_a_sites_rule_without_places_or_with_its_own_site_words_is_left_as_it_is(tmp_path):
    import json

    db = open_database(tmp_path / "old.sqlite")
    migrate(db, target=_BEFORE_SITE_WORDS)
    for rules in ({"keywords": ["usine"]}, {"places": True, "site_words": ["campus"]}):
        with write_transaction(db):
            db.execute("UPDATE tags SET rules = ? WHERE name_key = 'sites'", [json.dumps(rules)])
            db.execute(f"PRAGMA user_version = {_BEFORE_SITE_WORDS}")
        migrate(db, target=_BEFORE_SITE_WORDS + 1)
        assert next(t for t in list_tags(db) if t.name == "sites").rules == rules


def test_a_new_librarys_sites_rule_has_its_site_words(db):
    from app.core.tags import DEFAULT_TAGS

    sites = next(t for t in list_tags(db) if t.name == "sites")
    assert sites.rules == next(tag for tag in DEFAULT_TAGS if tag.name == "sites").rules


def test_migration_12_keeps_exchange_guids_that_go_with_their_items(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    migrate(db, target=11)
    assert "exchange_guids" not in db.table_names()
    assert migrate(db) == 11 and SCHEMA_VERSION >= 12
    from app.store.exchange_guids import known_guids, remember_guid
    with write_transaction(db):
        article_id = insert_article(db, Article(title="Titre", body="Un texte.", format="txt"))
        remember_guid(db, "source", article_id, "g-1", "2024-01-01T00:00:00Z")
        remember_guid(db, "source", article_id, "g-2")  # an item keeps its first GUID
        remember_guid(db, "user", "claire", "g-1")  # and a GUID is never another's
        remember_guid(db, "user", "claire", "g-3")
    assert {key: value.guid for key, value in known_guids(db).items()} == {("source", article_id): "g-1",
                                                                         ("user", "claire"): "g-3"}
    with pytest.raises(sqlite3.IntegrityError), write_transaction(db):
        db.execute("INSERT INTO exchange_guids (guid, kind, tag_id) VALUES ('g-4', 'source', NULL)")
    with write_transaction(db):
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    assert list(known_guids(db)) == [("user", "claire")]


def test_migration_13_signs_the_highlights_already_there_as_the_owners(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    migrate(db, target=12)
    with write_transaction(db):
        article_id = insert_article(db, Article(title="Titre", body="Un texte à surligner.", format="txt"))
        db.execute("INSERT INTO highlights (article_id, start_offset, end_offset, exact, created_at, modified_at) "
                   "VALUES (?, 0, 8, 'Un texte', 'then', 'then')", [article_id])
    assert migrate(db) == 12
    from app.store.highlights import list_highlights
    [highlight] = list_highlights(db)
    assert highlight.author is None and highlight.quote == "Un texte"


def test_the_note_tables_migration_keeps_the_notes_there_as_their_first_version(tmp_path):
    from app.store.notes import current_note, note_history

    db = open_database(tmp_path / "library.sqlite")
    before = [migration.__name__ for migration in MIGRATIONS].index("create_note_tables")
    migrate(db, target=before)
    with write_transaction(db):
        article_id = insert_article(db, Article(title="Titre", body="Un texte à surligner.", format="txt"))
        highlight_id = db.execute("INSERT INTO highlights (article_id, start_offset, end_offset, exact, note, "
                                  "created_at, modified_at) VALUES (?, 0, 8, 'Un texte', 'vu', 'then', 'later')",
                                  [article_id]).lastrowid
    assert migrate(db) == before
    assert current_note(db, highlight_id).version == 0 and current_note(db, highlight_id).note == "vu"
    assert current_note(db, highlight_id).written_at == "then" and note_history(db, highlight_id) == []
    assert {"note_history", "private_notes"} <= set(db.table_names())

"""The story tables on a real SQLite file: signatures and bands written with the
article, removed with it, and stories kept whole when their lead goes."""

from __future__ import annotations

import sqlite3

from app.core.article import Article
from app.core.near_duplicates import BANDS, signature
from app.store import stories
from app.store.articles import delete_article, insert_article
from app.store.database import open_database, write_transaction
from app.store.schema import migrate

TERMS = [f"terme{n}" for n in range(60)]


def _db(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    migrate(db)
    return db


def _article(db, body: str, terms=TERMS) -> int:
    article_id = insert_article(db, Article(title=body, body=body, format="txt"))
    stories.save_signature(db, article_id, signature(terms))
    return article_id


def _bands(db) -> int:
    return db.execute("SELECT count(*) FROM story_bands").fetchone()[0]


def test_a_signature_and_its_bands_are_stored_and_found_again(tmp_path) -> None:
    db = _db(tmp_path)
    with write_transaction(db):
        first = _article(db, "un")
        second = _article(db, "deux", TERMS[:50] + ["autre"] * 3)
        short = _article(db, "court", ["trop", "court"])
    assert stories.signature_of(db, first) == signature(TERMS)
    assert stories.signature_of(db, short) is None
    assert stories.count_unsigned(db) == 0
    found = dict(stories.candidates(db, signature(TERMS), leaving_out=first))
    assert set(found) == {second}
    assert _bands(db) == 2 * BANDS


def test_deleting_an_article_deletes_its_signature_and_bands_by_sql_alone(tmp_path) -> None:
    db = _db(tmp_path)
    with write_transaction(db):
        first = _article(db, "un")
        _article(db, "deux", [f"autre{n}" for n in range(60)])
    # Another program (here a bare connection, without Carnet's functions) deletes it.
    connection = sqlite3.connect(tmp_path / "library.sqlite")
    connection.execute("PRAGMA foreign_keys = ON")
    with connection:
        connection.execute("DELETE FROM articles WHERE id = ?", [first])
    connection.close()
    assert stories.signature_of(db, first) is None
    assert _bands(db) == BANDS
    assert not db.execute("SELECT 1 FROM story_bands WHERE article_id = ?", [first]).fetchone()


def test_replacing_a_signature_replaces_its_bands(tmp_path) -> None:
    db = _db(tmp_path)
    with write_transaction(db):
        article_id = _article(db, "un")
        stories.save_signature(db, article_id, signature([f"neuf{n}" for n in range(60)]))
    assert _bands(db) == BANDS
    assert not stories.candidates(db, signature(TERMS))


def test_a_deleted_lead_hands_its_story_to_its_first_copy(tmp_path) -> None:
    db = _db(tmp_path)
    with write_transaction(db):
        lead, a, b, alone = (_article(db, name) for name in ("lead", "a", "b", "alone"))
        stories.set_story(db, [b, a], lead)
    assert stories.members(db, lead) == [lead, a, b]
    assert stories.leads_of(db, [a, b, alone]) == {a: lead, b: lead, alone: alone}
    with write_transaction(db):
        delete_article(db, lead)
    assert stories.members(db, a) == [a, b]
    assert stories.lead_of(db, b) == a and stories.lead_of(db, a) == a
    assert stories.stories_with_copies(db) == [a]
    # A new article that takes the deleted lead's id is not in anyone's story.
    with write_transaction(db):
        insert_article(db, Article(id=lead, title="new", body="new", format="txt"))
    assert stories.members(db, lead) == [lead]


def test_a_story_assignment_is_put_back_as_it_was(tmp_path) -> None:
    db = _db(tmp_path)
    with write_transaction(db):
        lead, a, b = (_article(db, name) for name in ("lead", "a", "b"))
        stories.set_story(db, [a, b], lead)
    before = stories.story_assignment(db, [lead, a, b])
    with write_transaction(db):
        stories.set_story(db, [a, b, lead], None)
    assert stories.stories_with_copies(db) == []
    with write_transaction(db):
        stories.restore_assignment(db, before)
    assert stories.members_of_leads(db, [lead]) == {lead: [(lead, None), (a, None), (b, None)]}
    assert stories.count_stories(db) == 1 and stories.count_stories(db, with_copies=True) == 1


def test_a_text_copied_many_times_is_compared_with_a_bounded_number_of_candidates(tmp_path) -> None:
    db = _db(tmp_path)
    with write_transaction(db):
        ids = [_article(db, f"copie {n}") for n in range(stories.MAX_CANDIDATES + 30)]
        closest = _article(db, "la plus proche", TERMS[:59] + ["fin"])
    found = [article_id for article_id, _ in stories.candidates(db, signature(TERMS[:59] + ["fin"]),
                                                                   leaving_out=closest)]
    assert len(found) <= stories.MAX_CANDIDATES
    # Of each bucket its oldest articles are read: the leads of the stories it holds.
    assert set(found) == set(ids[:stories.BUCKET_READ])
    # The near-identical one is still found, through the bands only it has.
    assert closest in [article_id for article_id, _ in stories.candidates(db, signature(TERMS[:59] + ["fin"]))]

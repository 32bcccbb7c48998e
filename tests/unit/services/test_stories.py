"""Stories end to end through the services: copies grouped at import (the same
transaction as the article), kept apart from other articles on the topic, split and
joined, their highlights shown on every copy, one search hit and one citation each."""

from __future__ import annotations

import itertools
import sqlite3

import pytest

from app.core.anchoring import AnchorStatus
from app.core.digest import DigestScope, render_markdown
from app.services.carnet import Carnet
from app.services.importing import add_articles
from app.services.library import open_library
from app.services.stories import StoryRefused
from app.services.story_signing import sign_unsigned
from app.store.schema import MIGRATIONS
from tests.story_corpus import as_articles, build_corpus, true_pairs


@pytest.fixture
def corpus():
    return build_corpus()


@pytest.fixture
def grouped(empty_library, corpus):
    """The corpus stored in an empty library: (carnet, the article id of each corpus entry)."""
    stored = add_articles(empty_library, as_articles(corpus))
    return Carnet(empty_library), [s.article_id for s in stored]


def _grouped_pairs(carnet: Carnet, ids: list[int]) -> set[tuple[int, int]]:
    leads = [carnet.stories.lead_of(article_id) for article_id in ids]
    return {(i, j) for i, j in itertools.combinations(range(len(ids)), 2) if leads[i] == leads[j]}


def test_every_copy_of_a_dispatch_joins_its_story_and_other_articles_on_the_topic_stay_apart(grouped, corpus):
    carnet, ids = grouped
    assert _grouped_pairs(carnet, ids) == true_pairs(corpus)
    assert len(carnet.stories.grouped()) == 5
    # The follow-ups, which quote two paragraphs of a dispatch, are stories of their own.
    assert carnet.articles.count() == 35 and carnet.articles.count(stories=True) == 10


def test_the_list_shows_one_row_per_story_and_finds_a_copy_by_its_story(grouped):
    carnet, ids = grouped
    leads = [summary.id for summary in carnet.articles.summaries(stories=True)]
    assert leads == [ids[0], ids[6], ids[12], ids[18], ids[24], *ids[30:]]
    assert carnet.articles.position(ids[7], stories=True) is None
    assert carnet.articles.position(carnet.stories.lead_of(ids[7]), stories=True) == 1
    outlets = carnet.stories.outlets([ids[0]])[ids[0]]
    assert [source for _, source in outlets][0] == "AFP" and len(outlets) == 6


def test_a_story_is_counted_under_a_tag_held_by_any_of_its_copies(grouped):
    carnet, ids = grouped
    article = carnet.articles.article(ids[3])
    start = article.body.index("milliards")
    carnet.annotations.add_highlight(article_id=ids[3], start=start, end=start + 9, tags=["funding"])
    funding = next(tag for tag in carnet.tags.tags() if tag.name == "funding")
    assert [s.id for s in carnet.articles.summaries(stories=True, tag_id=funding.id)] == [ids[0]]
    assert carnet.articles.count(stories=True, tag_id=funding.id) == 1


def test_signatures_are_written_with_each_article(grouped):
    carnet, ids = grouped
    db = carnet.library.database()
    assert db.execute("SELECT count(*) FROM article_signatures").fetchone()[0] == len(ids)
    carnet.articles.delete(ids[5])
    assert db.execute("SELECT count(*) FROM article_signatures").fetchone()[0] == len(ids) - 1


def test_split_and_join_are_undone_exactly(grouped):
    carnet, ids = grouped
    stories = carnet.stories
    before = [stories.lead_of(article_id) for article_id in ids]
    split = stories.split(ids[8]).value
    assert stories.lead_of(ids[8]) == ids[8] and stories.lead_of(ids[9]) == ids[6]
    assert split.changes.articles >= {ids[8]}
    stories.undo(split)
    assert [stories.lead_of(article_id) for article_id in ids] == before
    lead_split = stories.split(ids[6]).value  # the lead itself: the first copy leads the rest
    assert stories.lead_of(ids[6]) == ids[6]
    assert {stories.lead_of(article_id) for article_id in ids[7:12]} == {ids[7]}
    stories.undo(lead_split)
    join = stories.join(ids[13], ids[1]).value
    assert stories.lead_of(ids[13]) == ids[0] and len(stories.story(ids[13]).articles) == 12
    stories.undo(join)
    assert [stories.lead_of(article_id) for article_id in ids] == before


def test_a_split_or_join_that_makes_no_sense_is_refused_in_a_sentence(grouped, empty_library):
    carnet, ids = grouped
    with pytest.raises(StoryRefused, match="already one story"):
        carnet.stories.join(ids[1], ids[2])
    carnet.stories.split(ids[1])
    with pytest.raises(StoryRefused, match=f"article {ids[1]} is not grouped with any other"):
        carnet.stories.split(ids[1])


def test_a_highlight_on_one_copy_is_found_on_the_others_by_its_quote(grouped):
    carnet, ids = grouped
    article = carnet.articles.article(ids[0])  # the dispatch, with curly apostrophes
    quote = [line for line in article.body.split("\n") if "’" in line][3][:80]
    start = article.body.index(quote)
    made = carnet.annotations.add_highlight(article_id=ids[0], start=start, end=start + len(quote), note="n").value
    statuses = {}
    for copy in ids[1:6]:
        shared = carnet.stories.shared_highlights(copy)
        assert [item.highlight.id for item in shared] == [made.id]
        body = carnet.articles.article(copy).body
        resolution = shared[0].resolution
        statuses[copy] = resolution.status
        if resolution.start is not None:
            found = body[resolution.start:resolution.end]
            assert found.replace("'", "’") == made.quote.replace("'", "’")
    assert set(statuses.values()) <= {AnchorStatus.EXACT, AnchorStatus.MOVED, AnchorStatus.ORPHAN}
    assert AnchorStatus.MOVED in statuses.values()
    assert not carnet.stories.shared_highlights(ids[7])  # another story


def test_search_gives_one_hit_per_story_naming_the_other_outlets(grouped):
    carnet, ids = grouped
    page = carnet.search.search("gigafactories", limit=20)
    leads = [carnet.stories.lead_of(hit.article.id) for hit in page.hits]
    assert len(leads) == len(set(leads)) >= 3  # 30 articles match, in fewer stories
    for hit in page.hits:
        copies = 0 if hit.article.id in ids[30:] else 5
        assert len(hit.also_in) == copies and hit.article.id not in [article_id for article_id, _ in hit.also_in]
    first = carnet.search.search("gigafactories", limit=1)
    second = carnet.search.search("gigafactories", limit=1, offset=1)
    assert first.has_more and first.hits[0].article.id != second.hits[0].article.id
    assert carnet.stories.lead_of(first.hits[0].article.id) != carnet.stories.lead_of(second.hits[0].article.id)


def test_the_digest_cites_a_story_once_with_all_its_outlets(grouped):
    carnet, ids = grouped
    for article_id in (ids[0], ids[2]):
        body = carnet.articles.article(article_id).body
        start = body.index("milliards")
        carnet.annotations.add_highlight(article_id=article_id, start=start, end=start + 9, tags=["funding"])
    markdown = render_markdown(carnet.export.digest(DigestScope(), now="2026-01-01T00:00:00Z"),
                               group_by="article")
    sources = markdown.split("## Sources")[1]
    assert sources.count("[^1]:") == 1 and "[^2]" not in markdown
    outlets = [source for _, source in carnet.stories.outlets([ids[0]])[ids[0]]][1:]
    assert all(outlet in sources.split("[^1]:")[1] for outlet in outlets)
    assert "Also in:" in sources
    assert markdown.count("\n## ") == 2  # the story, then the sources


@pytest.mark.parametrize("style", ["apa", "vancouver"])
def test_the_digest_in_a_citation_style_lists_a_story_s_other_outlets_too(grouped, style):
    carnet, ids = grouped
    for article_id in (ids[0], ids[2], ids[30]):
        body = carnet.articles.article(article_id).body
        start = body.index(body.split()[3])
        carnet.annotations.add_highlight(article_id=article_id, start=start, end=start + 5, tags=["funding"])
    markdown = carnet.export.render(DigestScope(), format="md", group_by="article", style=style,
                                    now="2026-01-01T00:00:00Z")
    entries = markdown.split("## Sources")[1].strip().split("\n\n")
    lead = carnet.stories.lead_of(ids[0])
    outlets = [source for _, source in carnet.stories.outlets([ids[0]])[ids[0]]][1:]
    [story] = [entry for entry in entries if "Also in:" in entry]
    assert len(entries) == 2 and outlets and all(outlet in story.split("Also in:")[1] for outlet in outlets)
    assert carnet.articles.article(lead).title.split()[0] in story.split("Also in:")[0]
    footnoted = carnet.export.render(DigestScope(), format="md", group_by="article", now="2026-01-01T00:00:00Z")
    assert story.split("Also in:")[1] in footnoted  # the same outlets as the footnotes name


_BEFORE_STORIES = [migration.__name__ for migration in MIGRATIONS].index("_group_stories")


def test_a_library_from_before_stories_gets_its_signatures_when_opened(tmp_path, corpus):
    library = open_library(tmp_path / "old", add_samples=False)
    add_articles(library, as_articles(corpus))
    db = library.database()
    # As an earlier Carnet left it: no story tables (nor the tables that came after them).
    for statement in ("DROP TRIGGER story_bands_of_deleted_signature", "DROP TRIGGER story_lead_deleted",
                      "DROP TABLE story_bands", "DROP TABLE article_signatures", "DROP INDEX articles_story",
                      *(f"DROP INDEX leads_by_{order}" for order in ("id", "title", "source", "published")),
                      "ALTER TABLE articles DROP COLUMN story_id", "DROP TABLE feed_entries", "DROP TABLE feeds",
                      "DROP INDEX articles_url", "DROP TABLE article_images", "DROP TABLE exchange_guids",
                      "ALTER TABLE highlights DROP COLUMN created_by",
                      "DROP TABLE note_history", "DROP TABLE private_notes",
                      *(f"ALTER TABLE highlights DROP COLUMN note_{column}" for column in ("version", "by", "at")),
                      f"PRAGMA user_version = {_BEFORE_STORIES}"):
        db.execute(statement)
    library.close()
    reopened = open_library(tmp_path / "old", add_samples=False)
    carnet = Carnet(reopened)
    assert len(carnet.stories.grouped()) == 5 and carnet.articles.count(stories=True) == 10
    assert sign_unsigned(reopened) == 0


def test_signing_an_old_library_stops_when_cancelled_and_goes_on_the_next_time(empty_library, corpus, monkeypatch):
    add_articles(empty_library, as_articles(corpus))
    db = empty_library.database()
    db.execute("DELETE FROM article_signatures")
    db.execute("UPDATE articles SET story_id = NULL")
    monkeypatch.setattr("app.services.story_signing.SIGN_BATCH", 10)

    class Token:
        cancelled = False

    token = Token()

    def progress(done, total, label):
        assert total == 35
        token.cancelled = True

    assert sign_unsigned(empty_library, progress=progress, cancel=token) == 10
    assert db.execute("SELECT count(*) FROM article_signatures").fetchone()[0] == 10
    assert sign_unsigned(empty_library) == 25
    assert len(Carnet(empty_library).stories.grouped()) == 5


def test_cancelling_the_opening_of_an_old_library_stops_signing_and_opens_nothing(tmp_path, corpus, monkeypatch):
    from app.services.indexing import IndexCancelled

    library = open_library(tmp_path / "old", add_samples=False)
    add_articles(library, as_articles(corpus))
    library.database().execute("DELETE FROM article_signatures")
    library.close()
    monkeypatch.setattr("app.services.story_signing.SIGN_BATCH", 10)

    class Token:
        cancelled = False

    token = Token()

    def progress(done, total, label):
        if label == "Grouping copies into stories":
            token.cancelled = True

    with pytest.raises(IndexCancelled):
        open_library(tmp_path / "old", add_samples=False, progress=progress, cancel=token)
    connection = sqlite3.connect(tmp_path / "old" / "library.sqlite")
    assert connection.execute("SELECT count(*) FROM article_signatures").fetchone() == (10,)
    connection.close()
    reopened = open_library(tmp_path / "old", add_samples=False)
    signed = reopened.database().execute("SELECT count(*) FROM article_signatures").fetchone()[0]
    assert signed == len(corpus)
    reopened.close()

"""Every write of the services returns what it changed, and that is what the change log
tells a window watching from another connection: one shape, two roads."""

import dataclasses

import pytest

from app.core.article import Article
from app.core.changes import Changes
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.changes import LibraryChanges
from app.services.importing import replace_text
from app.services.suggesting import SuggestionService
from app.services.tagging import TagService
from app.services.child_process import LibraryPlace


@pytest.fixture
def watched(library):
    """The services over one connection, and a change reader over another."""
    writer = LibraryPlace.of(library).open()
    return writer, LibraryChanges(library)


def seen(changes: Changes) -> Changes:
    return dataclasses.replace(changes, show=None)  # which article to show is the window's wish, not the log's


def highlighted_article(writer, watcher: LibraryChanges, row: int = 0) -> int:
    """The id of an article given a highlight, its change already seen."""
    article_id = ArticleService(writer).summaries()[row].id
    AnnotationService(writer).add_highlight(article_id=article_id, start=0, end=12)
    watcher.poll(wait=2)
    return article_id


def check(outcome, watcher: LibraryChanges):
    assert outcome.changes, "a write that changed something says so"
    assert seen(outcome.changes) == watcher.poll(wait=2)
    return outcome.value


def test_highlight_writes_return_what_the_change_log_tells(watched):
    writer, watcher = watched
    notes = AnnotationService(writer)
    article_id = ArticleService(writer).summaries()[0].id
    highlight = check(notes.add_highlight(article_id=article_id, start=0, end=12), watcher)
    check(notes.add_tag(highlight.id, 1), watcher)
    check(notes.remove_tag(highlight.id, 1), watcher)
    check(notes.set_note(highlight.id, "à relire"), watcher)
    deleted = check(notes.delete_highlight(highlight.id), watcher)
    check(notes.restore_highlight(deleted), watcher)
    assert notes.add_highlight(article_id=article_id, start=20, end=30).changes == Changes.of_highlights(article_id)


def test_tag_writes_return_what_the_change_log_tells(watched):
    writer, watcher = watched
    tags = TagService(writer)
    energy = check(tags.create("énergie"), watcher)
    _, before = check(tags.change(energy.id, colour="#123456"), watcher)
    check(tags.restore(before), watcher)
    deletion = check(tags.delete(energy.id), watcher)
    check(tags.undelete(deletion), watcher)
    merge = check(tags.merge(energy.id, tags.find("funding").id), watcher)
    check(tags.unmerge(merge), watcher)


def test_article_writes_return_what_the_change_log_tells(watched):
    writer, watcher = watched
    articles = ArticleService(writer)
    article_id = highlighted_article(writer, watcher, 1)
    deletion = articles.delete(article_id)
    assert deletion.changes == Changes(deleted_articles=frozenset({article_id}))
    assert watcher.poll(wait=2) == Changes(deleted_articles=frozenset({article_id}), highlights_of=frozenset({article_id}))
    restored = articles.restore(deletion.value)
    assert restored.changes.show == article_id
    told = watcher.poll(wait=2)
    assert told.added_articles == {article_id} and restored.changes.added_articles == {article_id}


def test_replacing_a_text_returns_the_article_and_its_highlights(watched):
    writer, watcher = watched
    article_id = highlighted_article(writer, watcher)
    body = ArticleService(writer).article(article_id).body
    outcome = replace_text(writer, article_id, Article(title="Titre revu", body="Un chapeau. " + body, format="txt"))
    assert outcome.changes == Changes(articles=frozenset({article_id}), highlights_of=frozenset({article_id}))
    assert watcher.poll(wait=2) == outcome.changes


def test_an_accepted_suggestion_is_a_new_highlight_of_its_article(watched):
    writer, watcher = watched
    suggestion = SuggestionService(writer).suggestions()[0]
    outcome = SuggestionService(writer).accept(suggestion)
    assert outcome.changes == Changes.of_highlights(suggestion.article_id) == watcher.poll(wait=2)


def test_editing_details_returns_the_article_and_reindexes_in_the_same_write(watched):
    from app.services.searching import SearchService

    writer, watcher = watched
    articles = ArticleService(writer)
    article_id = highlighted_article(writer, watcher)
    edited = check(articles.edit(article_id, title="Bruxelles décide", language="en"), watcher)
    assert edited.after == {"title": "Bruxelles décide", "language": "en"}
    assert article_id in [hit.article.id for hit in SearchService(writer).search("bruxelles").hits]
    check(articles.put_back(edited), watcher)
    assert articles.article(article_id).language == "fr"

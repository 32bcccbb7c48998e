from app.core.changes import Changes
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.changes import LibraryChanges
from app.services.tagging import TagService
from app.store.changes import KEPT
from app.store.database import write_transaction
from app.services.child_process import LibraryPlace


def test_nothing_changed_until_another_connection_commits(library):
    changes = LibraryChanges(library)
    assert changes.poll() == Changes()
    TagService(library).create("énergie")  # this connection's own write
    assert changes.poll() == Changes()


def highlighted_elsewhere(library):
    """Another connection to the library, the article it highlighted, its highlight and
    its annotation service."""
    other = LibraryPlace.of(library).open()
    article_id = ArticleService(other).summaries()[0].id
    notes = AnnotationService(other)
    return other, article_id, notes.add_highlight(article_id=article_id, start=0, end=10).value, notes


def test_each_insert_update_and_delete_made_elsewhere_is_told_exactly(library):
    changes = LibraryChanges(library)
    other, article_id, highlight, notes = highlighted_elsewhere(library)
    assert changes.poll(wait=2) == Changes.of_highlights(article_id)
    notes.set_note(highlight.id, "a note")  # an update of a highlight
    assert changes.poll(wait=2) == Changes.of_highlights(article_id)
    tag = TagService(other).create("énergie").value
    assert changes.poll(wait=2) == Changes(tags=True)
    TagService(other).change(tag.id, colour="#123456")  # an update of a tag
    assert changes.poll(wait=2) == Changes(tags=True)
    notes.add_tag(highlight.id, tag.id)  # a row of highlight_tags
    assert changes.poll(wait=2) == Changes.of_highlights(article_id)
    db = other.database()
    with write_transaction(db):  # an update of an article's details
        db.execute("UPDATE articles SET title = 'Nouveau titre' WHERE id = ?", [article_id])
    assert changes.poll(wait=2) == Changes(articles=frozenset({article_id}))
    ArticleService(other).delete(article_id)
    told = changes.poll(wait=2)
    assert told.deleted_articles == {article_id} and article_id in told.highlights_of and not told.articles
    other.close()


def test_a_reader_left_behind_by_the_trimmed_log_is_told_to_read_everything(library):
    changes = LibraryChanges(library)
    other, article_id, highlight, notes = highlighted_elsewhere(library)
    db = other.database()
    with write_transaction(db):
        for number in range(KEPT + 1000):
            db.execute("UPDATE highlights SET note = ? WHERE id = ?", [str(number), highlight.id])
    assert db.execute("SELECT count(*) FROM change_log").fetchone()[0] <= KEPT + 1000  # it trims itself
    assert changes.poll(wait=2) == Changes(everything=True)
    notes.set_note(highlight.id, "after")
    assert changes.poll(wait=2) == Changes.of_highlights(article_id)
    other.close()

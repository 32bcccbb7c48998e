from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.changes import LibraryChanges
from app.store.library import Library
from app.services.tagging import TagService


def test_nothing_changed_until_another_connection_commits(library):
    changes = LibraryChanges(library)
    assert changes.poll() == set()
    TagService(library).create("énergie")  # this connection's own write
    assert changes.poll() == set()


def test_each_kind_of_outside_change_is_named(library):
    changes = LibraryChanges(library)
    other = Library(library.folder)
    first = ArticleService(other).summaries()[0].id
    body = ArticleService(other).article(first).body
    AnnotationService(other).add_highlight(article_id=first, start=0, end=len(body.split("\n")[0]))
    assert changes.poll() == {"highlights"}
    TagService(other).create("énergie")
    assert changes.poll() == {"tags"}
    ArticleService(other).delete(first)
    assert changes.poll() == {"articles", "highlights"}
    other.close()

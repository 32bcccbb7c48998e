"""Keeping the search index built: creating it, and rebuilding it when analysis changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.tasks import CancelToken, Progress, no_progress
from app.search import derived_index, index as search_index
from app.store.articles import count_articles, iter_articles_for_index
from app.store.database import write_transaction
from app.store.highlights import all_highlights

if TYPE_CHECKING:
    from app.store.library import Library


class IndexCancelled(Exception):
    """A rebuild was cancelled; the index is as it was before."""


def prepare_index(library: Library, *, progress: Progress = no_progress,
                  cancel: CancelToken | None = None) -> bool:
    """Make sure the library's search index exists and matches the current analysis.

    Returns True when it had to be (re)built.
    """
    db = library.database()
    if not search_index.needs_rebuild(db):
        return False
    rebuild_index(library, progress=progress, cancel=cancel)
    return True


def rebuild_index(library: Library, *, progress: Progress = no_progress,
                  cancel: CancelToken | None = None) -> int:
    """Rebuild the whole index in one transaction and return how many articles it holds.

    Cancelling rolls the transaction back: the previous index stays, whole.
    """
    db = library.database()
    total = count_articles(db)
    with write_transaction(db):
        search_index.drop_index_tables(db)
        search_index.create_index_tables(db)
        for done, (article_id, title, body, source, language, extras) in enumerate(iter_articles_for_index(db)):
            if cancel is not None and cancel.cancelled:
                raise IndexCancelled()
            if done % 100 == 0:
                progress(done, total, "Indexing articles")
            search_index.index_article(db, article_id, title=title, body=body, source=source,
                                       language=language, headings=search_index.headings_of(body, extras))
        for highlight, language in all_highlights(db):
            search_index.index_highlight(db, highlight.id, quote=highlight.quote, note=highlight.note,
                                         tag_names=highlight.tags, language=language)
        search_index.mark_built(db)
        derived_index.request_rebuild(db)
    progress(total, total, "")
    return total

"""A library another connection keeps locked past the busy timeout: the write fails
with a LibraryBusy that says so, and nothing is half-written."""

import sqlite3

import pytest

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.store.errors import LibraryBusy


def test_a_write_blocked_past_the_busy_timeout_says_the_library_is_busy(library):
    first = ArticleService(library).summaries()[0].id
    library.database().execute("PRAGMA busy_timeout = 50")
    holder = sqlite3.connect(str(library.database_path))
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(LibraryBusy, match="kept the library busy for too long"):
            AnnotationService(library).add_highlight(article_id=first, start=0, end=10)
    finally:
        holder.rollback()
        holder.close()
    assert AnnotationService(library).highlights() == []
    AnnotationService(library).add_highlight(article_id=first, start=0, end=10)
    assert len(AnnotationService(library).highlights()) == 1

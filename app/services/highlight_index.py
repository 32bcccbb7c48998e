"""Keeping highlights' search entries in step after a write. Call inside the write's
transaction."""

from __future__ import annotations

from typing import Iterable

import sqlite_utils

from app.search.index import index_highlight
from app.store.articles import article_language
from app.store.highlights import get_highlights


def reindex_highlights(db: sqlite_utils.Database, highlight_ids: Iterable[int]) -> None:
    """Index these highlights (quote, note, tag names) as they now are, each in its
    article's language."""
    languages: dict[int, str] = {}
    for highlight in get_highlights(db, list(highlight_ids)):
        if highlight.article_id not in languages:
            languages[highlight.article_id] = article_language(db, highlight.article_id) or "und"
        index_highlight(db, highlight.id, quote=highlight.quote, note=highlight.note, tag_names=highlight.tags,
                        language=languages[highlight.article_id])

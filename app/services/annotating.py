"""Highlighting passages of an article and tagging them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from app.search.index import index_highlight
from app.services.articles import ArticleNotFound
from app.store import highlights as highlight_store
from app.store.articles import get_article
from app.store.database import write_transaction
from app.store.tags import find_tag_ids
from app.core.tags import tag_key

if TYPE_CHECKING:
    from app.services.library import Library

CONTEXT_CHARS = 32


class UnknownTag(LookupError):
    """A tag name that the library does not have."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no tag named '{name}'")
        self.name = name


class AnnotationService:
    """Creating highlights; each write updates the store and the search index together."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def add_highlight(self, *, article_id: int, start: int, end: int,
                      tags: Sequence[str] = (), note: str = "") -> int:
        """Highlight `body[start:end]` of an article (code points, end exclusive) with
        these tags and note; return the new highlight's id."""
        db = self._library.database()
        with write_transaction(db):
            article = get_article(db, article_id)
            if article is None:
                raise ArticleNotFound(article_id)
            body = article.body
            if not 0 <= start < end <= len(body):
                raise ValueError(f"span {start}–{end} is outside the article (0–{len(body)})")
            tag_ids = find_tag_ids(db, list(tags))
            for name in tags:
                if tag_key(name) not in tag_ids:
                    raise UnknownTag(name)
            highlight_id = highlight_store.insert_highlight(
                db, article_id=article_id, start=start, end=end, exact=body[start:end],
                prefix=body[max(0, start - CONTEXT_CHARS):start], suffix=body[end:end + CONTEXT_CHARS],
                note=note,
            )
            highlight_store.add_tags(db, highlight_id, list(tag_ids.values()))
            [stored] = highlight_store.get_highlights(db, [highlight_id])
            index_highlight(db, highlight_id, quote=stored.exact, note=stored.note,
                            tag_names=stored.tags, language=article.language)
        return highlight_id

"""Reading the library: counting, listing and opening articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.article import Article, ArticleSummary
from app.store import articles as article_store

if TYPE_CHECKING:
    from app.services.library import Library


class ArticleNotFound(LookupError):
    """No article has this id."""

    def __init__(self, article_id: int) -> None:
        super().__init__(f"no article with id {article_id}")
        self.article_id = article_id


class ArticleService:
    """Read access to a library's articles for the CLI and the window."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def count(self) -> int:
        """How many articles the library holds."""
        return article_store.count_articles(self._library.database())

    def summaries(self, *, offset: int = 0, limit: int = 200) -> list[ArticleSummary]:
        """One page of article summaries, in import order."""
        return article_store.list_summaries(self._library.database(), offset=offset, limit=limit)

    def article(self, article_id: int) -> Article:
        """The full article, or `ArticleNotFound`."""
        article = article_store.get_article(self._library.database(), article_id)
        if article is None:
            raise ArticleNotFound(article_id)
        return article

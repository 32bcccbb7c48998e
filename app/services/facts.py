"""Facts (amounts, places, actors) of the library's articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.facts import KINDS, Fact, Kind, extract_facts
from app.store.articles import get_article, iter_articles_for_index

if TYPE_CHECKING:
    from app.services.library import Library


@dataclass(frozen=True)
class ArticleFact:
    article_id: int
    article_title: str
    fact: Fact


class FactsService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def facts(self, *, kinds: tuple[Kind, ...] = KINDS, article_id: int | None = None) -> list[ArticleFact]:
        """The facts of one article, or of every article, in article and text order."""
        db = self._library.database()
        if article_id is not None:
            article = get_article(db, article_id)
            rows = [(article.id, article.title, article.body, article.source, article.language)] if article else []
        else:
            rows = iter_articles_for_index(db)
        return [ArticleFact(article_id_, title, fact)
                for article_id_, title, body, _source, language in rows
                for fact in extract_facts(body, language=language, kinds=kinds)]

"""Reading the library: counting, listing and opening articles."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.article import DATE_FROM_FILE, Article, ArticleOrder, ArticleSummary
from app.core.article_details import DetailEdit, DetailError, checked_details
from app.core.changes import Changes, Outcome
from app.core.errors import ToldError
from app.core.highlight import Highlight
from app.core.images import EmbeddedImage
from app.core.messages import Message
from app.search.index import headings_of, index_article, remove_article, remove_highlight
from app.services.highlight_index import reindex_highlights
from app.services.story_signing import sign_article
from app.store import articles as article_store
from app.store import highlights as highlight_store
from app.store.database import write_transaction
from app.store.images import StoredImage, images_of, save_images
from app.store.tags import list_tags

if TYPE_CHECKING:
    from app.store.library import Library


class ArticleNotFound(ToldError, LookupError):
    """No article has this id."""

    def __init__(self, article_id: int) -> None:
        super().__init__(Message("no article with id {id}", id=article_id))
        self.article_id = article_id


@dataclass(frozen=True)
class ArticleDeletion:
    """A deleted article with its highlights, to put back whole."""

    article: Article
    highlights: tuple[Highlight, ...]
    images: tuple[StoredImage, ...] = ()


class ArticleService:
    """Read access to a library's articles for the CLI and the window."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def count(self, *, tag_id: int | None = None, stories: bool = False) -> int:
        """How many articles the library holds (with that tag on a highlight, if given;
        one per story with `stories`)."""
        return article_store.count_articles(self._library.database(), tag_id=tag_id, stories=stories)

    def summaries(self, *, offset: int = 0, limit: int = 200, tag_id: int | None = None,
                  order: ArticleOrder = ArticleOrder(), after: int | None = None,
                  stories: bool = False) -> list[ArticleSummary]:
        """One page of article summaries in `order`, import order by default (with that tag,
        if given; one per story, its lead, with `stories`), from `offset` or right after
        the article whose id is `after`."""
        return article_store.list_summaries(self._library.database(), offset=offset, limit=limit,
                                            tag_id=tag_id, order=order, after=after, stories=stories)

    def details_in_use(self) -> tuple[bool, bool]:
        """Whether any article has a source, and whether any has a date."""
        return article_store.details_in_use(self._library.database())

    def position(self, article_id: int, *, tag_id: int | None = None,
                 order: ArticleOrder = ArticleOrder(), stories: bool = False) -> int | None:
        """The row of an article in the list in `order` (with that tag, if given; among
        the stories' leads with `stories`), or None."""
        return article_store.position_of(self._library.database(), article_id, tag_id=tag_id, order=order,
                                         stories=stories)

    def delete(self, article_id: int) -> Outcome[ArticleDeletion]:
        """Delete an article and its highlights; returns them for `restore`."""
        db = self._library.database()
        with write_transaction(db):
            article = self.article(article_id)
            highlights = tuple(highlight_store.list_highlights(db, article_id=article_id))
            images = tuple(images_of(db, article_id))  # deleted with the article (ON DELETE CASCADE)
            for highlight in highlights:
                remove_highlight(db, highlight.id)
            article_store.delete_article(db, article_id)
            remove_article(db, article_id)
        return Outcome(ArticleDeletion(article, highlights, images), Changes(deleted_articles=frozenset({article_id})))

    def restore(self, deletion: ArticleDeletion) -> Outcome[Article]:
        """Put back a deleted article with its id and highlights."""
        db = self._library.database()
        with write_transaction(db):
            article = deletion.article
            article_store.insert_article(db, article)
            save_images(db, article.id, tuple(EmbeddedImage(image.position, image.data, image.media_type, image.width,
                                                            image.height, image.description)
                                              for image in deletion.images))
            terms = index_article(db, article.id, title=article.title, body=article.body, source=article.source,
                                  language=article.language, headings=headings_of(article.body, article.extras))
            sign_article(db, article.id, terms.split())
            live_tags = {tag.id for tag in list_tags(db)}
            for highlight in deletion.highlights:
                kept = tuple(t for t in highlight.tag_ids if t in live_tags)
                highlight_store.insert_highlight(db, dataclasses.replace(highlight, tag_ids=kept))
            reindex_highlights(db, [highlight.id for highlight in deletion.highlights])
        return Outcome(self.article(article.id), Changes(added_articles=frozenset({article.id}), show=article.id))

    def edit(self, article_id: int, *, date_from_file: bool = False, **details) -> Outcome[DetailEdit]:
        """Correct some of an article's details (`EDITABLE`: title, source, author,
        published, url, language, keywords, citation_key), searched at once: the index is written in
        the same transaction. A date typed here is no longer one guessed from the file
        (`date_from_file` says it is). Returns the details before and after, for
        `put_back`."""
        cleaned = checked_details(details)
        db = self._library.database()
        with write_transaction(db):
            article = self.article(article_id)
            owner = article_store.citation_key_owner(db, cleaned["citation_key"]) if "citation_key" in cleaned else None
            if owner not in (None, article_id):
                raise DetailError(Message("the citation key '{key}' is article {id}'s already",
                                          key=cleaned["citation_key"], id=owner))
            extras = dict(article.extras)
            if date_from_file:
                extras["published_from"] = DATE_FROM_FILE
            elif "published" in cleaned and cleaned["published"] != article.published:
                extras.pop("published_from", None)
            article_store.update_details(db, article_id, cleaned, extras)
            edited = self.article(article_id)
            index_article(db, article_id, title=edited.title, body=edited.body, source=edited.source,
                          language=edited.language, headings=headings_of(edited.body, edited.extras))
            relanguaged = edited.language != article.language
            if relanguaged:
                reindex_highlights(db, [h.id for h in highlight_store.list_highlights(db, article_id=article_id)])
        edit = DetailEdit(article_id, {name: getattr(article, name) for name in cleaned},
                          {name: getattr(edited, name) for name in cleaned}, article.published_from_file)
        return Outcome(edit, Changes(articles=frozenset({article_id})))

    def put_back(self, edit: DetailEdit) -> Outcome[DetailEdit]:
        """Undo `edit`: the details as they were."""
        return self.edit(edit.article_id, date_from_file=edit.date_was_from_file, **edit.before)

    def images(self, article_id: int) -> list[StoredImage]:
        """The pictures the article's file carried, stored in the library, in their order."""
        return images_of(self._library.database(), article_id)

    def article(self, article_id: int) -> Article:
        """The full article, or `ArticleNotFound`."""
        article = article_store.get_article(self._library.database(), article_id)
        if article is None:
            raise ArticleNotFound(article_id)
        return article

"""The article: imported text with the metadata recovered from it."""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from dataclasses import dataclass, field
from enum import Enum


def content_hash(body: str) -> str:
    """Return the hash that identifies an article's text, whatever file it came from."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """An article's text and metadata; `id` and `imported_at` are set once it is stored.

    `body` is the text that highlight offsets point into: it never changes after import.
    `published` is an ISO 8601 date or date-time. `extras` keeps what the text carried
    that is not article prose (breadcrumbs, photo captions, a bare timestamp).
    """

    title: str
    body: str
    format: str
    language: str = "und"
    source: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    original_path: str | None = None
    keywords: tuple[str, ...] = ()
    extras: dict[str, object] = field(default_factory=dict)
    id: int | None = None
    imported_at: str | None = None

    @functools.cached_property
    def content_hash(self) -> str:
        return content_hash(self.body)


@dataclass(frozen=True)
class ArticleSummary:
    """The few fields an article list shows."""

    id: int
    title: str
    source: str | None
    published: str | None
    language: str
    imported_at: str | None = None

    @property
    def published_date(self) -> str:
        """The publication day (YYYY-MM-DD), or an empty string when unknown."""
        return (self.published or "")[:10]

    @property
    def imported_date(self) -> str:
        """The day the article was imported (YYYY-MM-DD)."""
        return (self.imported_at or "")[:10]


def sort_key(text: str | None) -> str:
    """The form under which article lists sort a title or source: case and accents
    ignored, so "État" sorts among the e's and "le Monde" beside "Le Monde"."""
    decomposed = unicodedata.normalize("NFKD", (text or "").strip().casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class SortColumn(Enum):
    """What an article list can be ordered by."""

    IMPORTED = "imported"
    TITLE = "title"
    SOURCE = "source"
    PUBLISHED = "published"


@dataclass(frozen=True)
class ArticleOrder:
    """The order of an article list; ties are broken by import order."""

    column: SortColumn = SortColumn.IMPORTED
    descending: bool = False

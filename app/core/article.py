"""The article: imported text with the metadata recovered from it."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from app.core.images import EmbeddedImage


DATE_FROM_FILE = "file"
"""`extras["published_from"]` for a date taken from the file's own creation time (a
Word template's, a PDF's build date), which says nothing of when the text was published."""


def content_hash(body: str) -> str:
    """Return the hash that identifies an article's text, whatever file it came from."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """An article's text and metadata; `id` and `imported_at` are set once it is stored.

    `body` is the text that highlight offsets point into: it never changes after import.
    `published` is an ISO 8601 date or date-time. `extras` keeps what the text carried
    that is not article prose (breadcrumbs, photo captions, a bare timestamp). `images`
    are an e-book's or a Word file's own pictures (a web page's are never fetched).
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
    images: tuple[EmbeddedImage, ...] = ()  # the pictures the file carried, stored beside it
    id: int | None = None
    imported_at: str | None = None
    citation_key: str | None = None
    """Its key in exported references and Pandoc citations (`lemonde2024usines`), unique in the library."""

    @functools.cached_property
    def content_hash(self) -> str:
        return content_hash(self.body)

    @property
    def published_from_file(self) -> bool:
        """Whether `published` is the file's own creation date, not a publication date."""
        return self.extras.get("published_from") == DATE_FROM_FILE

    @property
    def publication_day(self) -> str:
        """The day it was published (YYYY-MM-DD), or "" when unknown or only the file's date."""
        return "" if self.published_from_file else (self.published or "")[:10]


@dataclass(frozen=True)
class ArticleSummary:
    """The few fields an article list shows."""

    id: int
    title: str
    source: str | None
    published: str | None
    language: str
    imported_at: str | None = None
    highlight_count: int = 0
    published_from_file: bool = False
    """`published` is only the file's own creation date."""

    @property
    def published_date(self) -> str:
        """The publication day (YYYY-MM-DD), or an empty string when unknown."""
        return (self.published or "")[:10]

    @property
    def imported_date(self) -> str:
        """The day the article was imported (YYYY-MM-DD)."""
        return (self.imported_at or "")[:10]


_COMBINING_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
SORT_KEY_LENGTH = 48


def sort_key(text: str | None) -> str:
    """The form under which article lists sort a title or source: case and accents
    ignored, so "État" sorts among the e's and "le Monde" beside "Le Monde". Cut to
    `SORT_KEY_LENGTH` characters, which tells titles apart and keeps the index small."""
    folded = (text or "").strip().casefold()
    if not folded.isascii():
        folded = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", folded))
    return folded[:SORT_KEY_LENGTH]


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

"""What a change to a library touched, in one value that every part of Carnet speaks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which articles, highlights and tags changed.

    `articles`: articles whose text or details changed; `added_articles` and
    `deleted_articles`: stored or removed ones; `highlights_of`: the articles whose
    highlights (or their tags and notes) changed; `tags`: the tags themselves (names,
    colours, keys, nesting) changed; `feeds`: the feeds followed (or how their
    updates went) changed; `everything`: too much to tell, read it all again.
    `show`: an article the change wants shown (one put back by an undo)."""

    articles: frozenset[int] = frozenset()
    added_articles: frozenset[int] = frozenset()
    deleted_articles: frozenset[int] = frozenset()
    highlights_of: frozenset[int] = frozenset()
    tags: bool = False
    feeds: bool = False
    everything: bool = False
    show: int | None = None

    def __bool__(self) -> bool:
        return bool(self.articles or self.added_articles or self.deleted_articles or self.highlights_of
                    or self.tags or self.feeds or self.everything)

    def __or__(self, other: Changes) -> Changes:
        return Changes(articles=self.articles | other.articles,
                       added_articles=self.added_articles | other.added_articles,
                       deleted_articles=self.deleted_articles | other.deleted_articles,
                       highlights_of=self.highlights_of | other.highlights_of,
                       tags=self.tags or other.tags, feeds=self.feeds or other.feeds,
                       everything=self.everything or other.everything,
                       show=other.show if other.show is not None else self.show)

    @property
    def article_list(self) -> bool:
        """Whether the list of articles (which there are, their titles) changed."""
        return bool(self.everything or self.articles or self.added_articles or self.deleted_articles)

    @classmethod
    def of_highlights(cls, *article_ids: int) -> Changes:
        return cls(highlights_of=frozenset(article_ids))


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a write gave back (`value`: the highlight made, the tag as it was…) and
    what it changed in the library (`changes`), for the window to refresh exactly that."""

    value: T
    changes: Changes

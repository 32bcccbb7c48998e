"""Feeds a library follows, and the rule that decides how an entry is imported."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.messages import Message

FULL_TEXT_WORDS = 200
"""An entry whose own content (RSS `content:encoded` or `description`, Atom `content` or
`summary`, JSON Feed `content_html`/`content_text`) holds at least this many words carries
the full article and is imported from it; a shorter one (a teaser) has its page downloaded.
An entry without a link is imported from whatever content it has."""

_WORDS = re.compile(r"\w+")
_TAGS = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Feed:
    """A feed followed: its address, the name it is known by (`name`, else the feed's
    own `title`, else its address), the tag given to its articles as a keyword, and
    how its last update went."""

    id: int
    url: str
    name: str | None = None
    tag: str | None = None
    title: str | None = None
    site_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    checked_at: str | None = None
    last_error: Message | None = None
    new_entries: int = 0
    entries: int = 0

    @property
    def display_name(self) -> str:
        return self.name or self.title or self.url


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed: `key` identifies it (its id, else its link); `content` is
    its longest HTML content; `published` is ISO 8601."""

    key: str
    link: str | None
    title: str
    published: str | None = None
    author: str | None = None
    categories: tuple[str, ...] = ()
    content: str = ""


def carries_full_text(entry: FeedEntry) -> bool:
    """Whether the entry is imported from its own content (see `FULL_TEXT_WORDS`)."""
    if not entry.content.strip():
        return False
    if not entry.link:
        return True
    return len(_WORDS.findall(_TAGS.sub(" ", entry.content))) >= FULL_TEXT_WORDS

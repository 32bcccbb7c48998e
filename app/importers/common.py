"""Building an article from text that a format-specific reader extracted."""

from __future__ import annotations

from pathlib import Path

from app.core.article import Article
from app.core.dates import parse_date_line
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.metadata import recover_metadata
from app.core.text import normalise_text


def article_from_text(path: Path, text: str, *, format: str, title: str | None = None,
                      author: str | None = None, published: str | None = None, source: str | None = None,
                      url: str | None = None, language: str | None = None,
                      extras: dict | None = None) -> Article:
    """An article from extracted text: metadata the file gave wins over what the text
    suggests; empty text is refused naming the file."""
    body = normalise_text(text)
    if not body:
        raise ImportRejected(path, Message("no text could be found in this file"))
    guessed = recover_metadata(body)
    date = (parse_date_line(published) or published[:10]) if published else None
    return Article(
        title=(title or "").strip() or guessed.title,
        body=body,
        format=format,
        language=(language or "").lower()[:2] or guessed.language,
        source=source or guessed.source,
        author=author or guessed.author,
        url=url or guessed.url,
        published=date or guessed.published,
        original_path=str(path),
        keywords=tuple(guessed.hashtags),
        extras={**guessed.extras, **(extras or {})},
    )

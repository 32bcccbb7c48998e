"""Building an article from text that a format-specific reader extracted."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.core.article import DATE_FROM_FILE, Article
from app.core.dates import parse_date_line
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.metadata import recover_metadata
from app.core.structure import locate_blocks, locate_inline, marks_to_extras
from app.core.text import clean_field, has_control_characters, normalise_text


def article_from_text(path: Path, text: str, *, format: str, title: str | None = None,
                      author: str | None = None, published: str | None = None, source: str | None = None,
                      url: str | None = None, language: str | None = None,
                      extras: dict | None = None, file_date: str | None = None) -> Article:
    """An article from extracted text: metadata the file gave wins over what the text
    suggests; empty text is refused naming the file. `file_date`, the day the file
    itself was made (a PDF's or Word document's creation date), is taken only when
    nothing better says when the text was published, and marked as such."""
    body = normalise_text(text)
    if not body:
        raise ImportRejected(path, Message("no text could be found in this file"))
    guessed = recover_metadata(body)
    date = (parse_date_line(published) or published[:10]) if published else None
    extras = {**guessed.extras, **(extras or {})}
    if not (date or guessed.published) and file_date:
        date = parse_date_line(file_date) or file_date[:10]
        extras["published_from"] = DATE_FROM_FILE
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
        extras=extras,
    )


def with_structure(article: Article, blocks: list[tuple[str, int, str]], runs=(), figures=()) -> Article:
    """The article with the marks of `blocks` (kind, level, text), of the emphasis and
    links of `runs` (see `core.structure.locate_inline`) and of `figures` (FIGURE, picture
    position, text of the paragraph it stands at) over its stored body in
    `extras["marks"]`; unchanged when none is found."""
    marks = structure_marks(article.body, blocks, runs, figures)
    if not marks:
        return article
    return dataclasses.replace(article, extras={**article.extras, "marks": marks})


def structure_marks(body: str, blocks: list[tuple[str, int, str]], runs=(), figures=()) -> list[list]:
    """The JSON-ready marks of `blocks`, `runs` and `figures` over `body`, ordered by where
    they start."""
    marks = locate_blocks(body, blocks) + locate_inline(body, runs) + locate_blocks(body, figures)
    return marks_to_extras(sorted(marks, key=lambda mark: (mark.start, -mark.end)))


_ONE_LINE_FIELDS = ("title", "language", "source", "author", "url", "published", "original_path")


def without_control_characters(article: Article) -> Article:
    """The article with no control character in any field: the body keeps only `\n` and
    `\t`, one-line fields (title, author, URL, ...), keywords and the text of extras
    none. Whatever an importer extracted, terminals and the window get only text."""
    changes: dict[str, object] = {}
    if has_control_characters(article.body):
        changes["body"] = normalise_text(article.body)
    for name in _ONE_LINE_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str) and (cleaned := clean_field(_valid_unicode(value))) != value:
            changes[name] = cleaned
    keywords = tuple(clean_field(keyword) for keyword in article.keywords)
    if keywords != article.keywords:
        changes["keywords"] = tuple(keyword for keyword in keywords if keyword)
    extras = {key: _clean_extra(value) for key, value in article.extras.items()}
    if extras != article.extras:
        changes["extras"] = extras
    return dataclasses.replace(article, **changes) if changes else article


def _valid_unicode(value: str) -> str:
    """`value` without lone surrogates, which SQLite cannot store: a file name that is
    not UTF-8 comes from the file system with its bytes escaped that way."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        try:
            raw = value.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raw = value.encode("utf-8", "surrogatepass")
        return raw.decode("utf-8", "replace")


def _clean_extra(value: object) -> object:
    if isinstance(value, str):
        return clean_field(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_clean_extra(item) for item in value)
    return value

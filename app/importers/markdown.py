"""Markdown files: front matter fields win over what is guessed from the text."""

from __future__ import annotations

from pathlib import Path

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.metadata import recover_metadata
from app.core.text import normalise_text
from app.importers.dates import parse_date
from app.importers.front_matter import read_front_matter
from app.importers.language import detect_language
from app.importers.common import structure_marks
from app.importers.markdown_text import markdown_structure
from app.importers.reading import decode_text, read_bytes

_FIELD_NAMES = {
    "title": ("title",),
    "source": ("source", "site", "publisher", "site_name"),
    "author": ("author", "authors", "by"),
    "url": ("url", "link", "source_url"),
    "published": ("date", "published", "created"),
    "language": ("language", "lang"),
    "keywords": ("tags", "keywords"),
}


def read_markdown(path: Path) -> Article:
    """Read a `.md` file into an article, or raise `ImportRejected` naming the file."""
    text = normalise_text(decode_text(read_bytes(path), path))
    front_matter, markdown = read_front_matter(text)
    text, blocks, runs = markdown_structure(markdown)
    body = normalise_text(text)
    if not body:
        raise ImportRejected(path, Message("empty file: no text after the front matter"))
    guessed = recover_metadata(body, language=detect_language(body), parse_date=parse_date)
    fields = {name: _field(front_matter, keys) for name, keys in _FIELD_NAMES.items()}
    published = fields["published"]
    return Article(
        title=_text(fields["title"]) or guessed.title,
        body=body,
        format="md",
        language=(_text(fields["language"]) or guessed.language).lower()[:2],
        source=_text(fields["source"]) or guessed.source,
        author=_text(fields["author"]) or guessed.author,
        url=_text(fields["url"]) or guessed.url,
        published=(parse_date(_text(published)) if published else None) or guessed.published,
        original_path=str(path),
        keywords=tuple(_as_list(fields["keywords"]) or guessed.hashtags),
        extras=_with_marks(guessed.extras, body, blocks, runs),
    )


def _with_marks(extras: dict, body: str, blocks: list[tuple[str, int, str]], runs) -> dict:
    marks = structure_marks(body, blocks, runs)
    return {**extras, "marks": marks} if marks else extras


def _field(front_matter: dict, keys: tuple[str, ...]):
    for key in keys:
        if front_matter.get(key):
            return front_matter[key]
    return None


def _text(value) -> str | None:
    if isinstance(value, list):
        return ", ".join(value) or None
    return value or None


def _as_list(value) -> list[str]:
    if isinstance(value, list):
        return [item.lstrip("#") for item in value if item]
    if value:
        return [item.strip().lstrip("#") for item in value.split(",") if item.strip()]
    return []

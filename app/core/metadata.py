"""Metadata recovered from the text of an article, the way saved news pages carry it.

A saved page often starts with a breadcrumb ("Accueil Automatisation <headline>") and
ends with a date line, a bare timestamp, a "Source : …" line and a line of hashtags.
Those lines are recognised, recorded, and kept out of the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from app.core.dates import parse_date_line, parse_epoch_line
from app.core.language import detect_language

TITLE_MAX_CHARS = 160

_SOURCE = re.compile(r"^(?:source|sources|via|publié par|published by)\s*[:：]\s*(?P<v>.+)$", re.I)
_AUTHOR = re.compile(
    r"^(?i:par|by|auteur|author|auteure)\s*[:：]?\s+"
    r"(?P<v>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:de|du|von|van|der|le|la|[A-ZÀ-Þ][\w'’.-]*)){0,4})$"
)
_URL = re.compile(r"^(?:(?:url|lien|link)\s*[:：]\s*)?(?P<v>https?://\S+)$", re.I)
_HASHTAGS = re.compile(r"^#[^\s#]+(?:\s+#[^\s#]+)*$")
_BREADCRUMB_START = re.compile(r"^(?:accueil|home|homepage)\b", re.I)
_BREADCRUMB_SEPARATORS = re.compile(r"\s(?:›|»|>|/|\||·)\s")
_PHOTO_CREDIT = re.compile(r"(?:^|\s[-–|]\s|\()(?:photos?|crédits?|credits?|©)(?:\s|:|$)", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«“\"'A-ZÀ-Þ0-9])")


@dataclass
class TextMetadata:
    """What `recover_metadata` found; `extras` holds non-prose lines worth keeping."""

    title: str
    language: str
    published: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    hashtags: list[str] = field(default_factory=list)
    extras: dict[str, object] = field(default_factory=dict)


def recover_metadata(body: str, *, language: str | None = None,
                     parse_date: Callable[[str], str | None] = parse_date_line) -> TextMetadata:
    """Recover title, date, source, author, URL, hashtags and language from a body.

    An importer that knows the language, or reads more date forms than `parse_date_line`
    (with a library `core` cannot use), passes `language` or `parse_date`.
    """
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    meta = TextMetadata(title="", language=language or detect_language(body))
    non_prose: set[int] = set()
    for index, line in enumerate(lines):
        if _read_structured_line(line, meta, parse_date):
            non_prose.add(index)
    non_prose |= _breadcrumbs(lines, meta) | _captions(lines, meta)
    meta.title = _title(line for i, line in enumerate(lines) if i not in non_prose)
    return meta


def _read_structured_line(line: str, meta: TextMetadata, parse_date: Callable[[str], str | None]) -> bool:
    if _HASHTAGS.match(line):
        meta.hashtags.extend(tag.lstrip("#") for tag in line.split())
        return True
    date = parse_date(line)
    if date:
        meta.published = meta.published or date
        return True
    epoch = parse_epoch_line(line)
    if epoch:
        meta.extras.setdefault("timestamp", epoch)
        meta.published = meta.published or epoch
        return True
    for pattern, attribute in ((_SOURCE, "source"), (_AUTHOR, "author"), (_URL, "url")):
        match = pattern.match(line)
        if match:
            if getattr(meta, attribute) is None:
                setattr(meta, attribute, match.group("v").strip())
            return True
    return False


def _breadcrumbs(lines: list[str], meta: TextMetadata) -> set[int]:
    """A breadcrumb is an opening line that ends with the headline that follows it,
    or that starts like "Accueil › Rubrique"."""
    for index, line in enumerate(lines[:3]):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ends_with_next = following and line != following and line.endswith(following)
        looks_like_path = _BREADCRUMB_START.match(line) and (
            ends_with_next or _BREADCRUMB_SEPARATORS.search(line) or len(line.split()) <= 6
        )
        if ends_with_next or looks_like_path:
            meta.extras["breadcrumb"] = line
            return {index}
    return set()


def _captions(lines: list[str], meta: TextMetadata) -> set[int]:
    """Photo captions: a short line repeated at once (alt text and caption), or a
    short line that credits a photo."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        neighbours = lines[max(index - 1, 0):index] + lines[index + 1:index + 2]
        short = len(line) <= 200 and not line.endswith((".", "?", "!"))
        if short and (line in neighbours or _PHOTO_CREDIT.search(line)):
            found.add(index)
    if found:
        meta.extras["captions"] = sorted({lines[i] for i in found})
    return found


def _title(candidates) -> str:
    line = " ".join(next(iter(candidates), "").split())  # a table row's tabs read as spaces
    if len(line) > TITLE_MAX_CHARS:
        line = _SENTENCE_END.split(line, maxsplit=1)[0]
    if len(line) > TITLE_MAX_CHARS:
        line = line[:TITLE_MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:–- ") + "…"
    if line.endswith(".") and not line.endswith(".."):
        line = line[:-1]
    return line or "Untitled"

"""The details of an article a person can correct — title, source, author, date, URL,
language, keywords and citation key — checked the same way wherever they are typed."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.core.citation_keys import CitationKeyError, checked_key
from app.core.errors import ToldError
from app.core.messages import Message

EDITABLE = ("title", "source", "author", "published", "url", "language", "keywords", "citation_key")

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LANGUAGE = re.compile(r"^(?:[a-z]{2,3}|und)$")
_YEAR_MONTH = re.compile(r"^\d{4}(?:-\d{2})?$")


class DetailError(ToldError, ValueError):
    """A detail that cannot be stored as typed, naming the field."""


@dataclass(frozen=True)
class DetailEdit:
    """An article's details before and after an edit, for undo."""

    article_id: int
    before: dict[str, object]
    after: dict[str, object]
    date_was_from_file: bool = False


def checked_details(fields: dict[str, object]) -> dict[str, object]:
    """The fields, cleaned (trimmed; empty optional ones as None), or `DetailError`."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise DetailError(Message("{field} is not a detail of an article", field=", ".join(sorted(unknown))))
    cleaned: dict[str, object] = {}
    for name, value in fields.items():
        if name == "keywords":
            cleaned[name] = _keywords(value)
        elif name == "published":
            cleaned[name] = _date(value)
        elif name == "url":
            cleaned[name] = _url(value)
        elif name == "language":
            cleaned[name] = _language(value)
        elif name == "citation_key":
            try:
                cleaned[name] = checked_key(value)
            except CitationKeyError as error:
                raise DetailError(error.message) from None
        else:
            cleaned[name] = _line(name, value, required=name == "title")
    return cleaned


def _line(name: str, value: object, *, required: bool = False) -> str | None:
    text = " ".join(str(value or "").split())
    if _CONTROL.search(text):
        raise DetailError(Message("the {field} holds a control character", field=name))
    if not text and required:
        raise DetailError(Message("the title cannot be empty"))
    return text or None


def _date(value: object) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    if _YEAR_MONTH.match(text):
        year_month = text if len(text) == 7 else text + "-01"
        try:
            datetime.date.fromisoformat(year_month + "-01")
        except ValueError:
            raise DetailError(Message("the date {date} does not exist", date=text)) from None
        return text
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise DetailError(Message("the date must be written YYYY-MM-DD (or YYYY-MM, or YYYY): not {date}",
                                  date=text)) from None
    return parsed.date().isoformat() if len(text) == 10 else parsed.isoformat()


def _url(value: object) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc or re.search(r"\s", text):
        raise DetailError(Message("the URL must be a web address starting with http:// or https://: not {url}",
                                  url=text))
    return text


def _language(value: object) -> str:
    text = str(value or "").strip().lower() or "und"
    if not _LANGUAGE.match(text):
        raise DetailError(Message("the language must be a two-letter code such as fr or en: not {language}",
                                  language=text))
    return text


def _keywords(value: object) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value or ())
    kept = []
    for item in items:
        word = _line("keywords", item)
        if word and word not in kept:
            kept.append(word)
    return tuple(kept)

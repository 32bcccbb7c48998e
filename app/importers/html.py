"""Saved web pages: the article's text and metadata extracted by trafilatura, without
menus, cookie banners, comments or related links."""

from __future__ import annotations

import re
from pathlib import Path

import trafilatura

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.importers.common import article_from_text
from app.importers.language import detect_language
from app.importers.reading import decode_text, read_bytes

_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([A-Za-z]{2})", re.I)


def read_html(path: Path) -> Article:
    """Read an `.html`/`.htm` file into an article, or raise `ImportRejected`."""
    data = read_bytes(path)
    page = decode_text(data, path)
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                           include_tables=True, favor_precision=True)
    if document is None or not (document.text or "").strip():
        raise ImportRejected(path, Message("no article text was found in this page"))
    language = (document.language or (m.group(1).decode() if (m := _LANG.search(data[:4096])) else None)
                or detect_language(document.text))
    return article_from_text(
        path, document.text, format="html", title=document.title, author=document.author,
        published=document.date, source=document.sitename, url=document.url, language=language,
    )

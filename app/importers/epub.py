"""EPUB books: the chapters' text in reading order, with the book's metadata."""

from __future__ import annotations

import zipfile
from pathlib import Path

import ebooklib
import lxml.etree
import lxml.html
from ebooklib import epub

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.importers.archives import check_archive
from app.importers.common import article_from_text
from app.importers.reading import read_bytes

_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre")


def read_epub(path: Path) -> Article:
    """Read an `.epub` file into an article, or raise `ImportRejected` with the reason."""
    read_bytes(path)
    check_archive(path, Message("EPUB"))
    try:
        book = epub.read_epub(str(path), options={"ignore_ncx": True})
        chapters = [book.get_item_with_id(item_id) for item_id, _linear in book.spine]
        texts = [_chapter_text(item.get_content()) for item in chapters
                 if item is not None and item.get_type() == ebooklib.ITEM_DOCUMENT]
    except (epub.EpubException, zipfile.BadZipFile, KeyError, lxml.etree.LxmlError, ValueError) as error:
        raise ImportRejected(path, Message("this EPUB is damaged or truncated ({error})", error=error)) from None

    def first(name: str) -> str | None:
        values = book.get_metadata("DC", name)
        return values[0][0] if values else None

    return article_from_text(path, "\n\n".join(t for t in texts if t), format="epub", title=first("title"),
                             author=first("creator"), published=first("date"), language=first("language"),
                             source=first("publisher"))


def _chapter_text(content: bytes) -> str:
    root = lxml.html.fromstring(content)
    blocks = [" ".join(element.text_content().split()) for element in root.iter(*_BLOCKS)]
    return "\n\n".join(block for block in blocks if block)

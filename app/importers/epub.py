"""EPUB books: the chapters' text in reading order, each block's text once, with the
book's metadata and its own pictures (each marked where it stands)."""

from __future__ import annotations

import dataclasses
import posixpath
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import ebooklib
import lxml.etree
from ebooklib import epub

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.images import MAX_ARTICLE_IMAGE_BYTES, MAX_IMAGES, EmbeddedImage, accepted_image
from app.core.structure import FIGURE
from app.core.messages import Message
from app.importers.archives import check_archive
from app.importers.common import article_from_text, with_structure
from app.importers.epub_text import chapter_text_and_structure
from app.importers.language import detect_language
from app.importers.reading import read_bytes


def read_epub(path: Path) -> Article:
    """Read an `.epub` file into an article, or raise `ImportRejected` with the reason."""
    read_bytes(path)
    check_archive(path, Message("EPUB"))
    try:
        book = epub.read_epub(str(path), options={"ignore_ncx": True})
        chapters = [book.get_item_with_id(item_id) for item_id, _linear in book.spine]
        pictures = BookPictures(book)
        read = [chapter_text_and_structure(item.get_content(), pictures.reader_for(item)) for item in chapters
                if item is not None and item.get_type() == ebooklib.ITEM_DOCUMENT]
    except (epub.EpubException, zipfile.BadZipFile, KeyError, lxml.etree.LxmlError, ValueError,
            RecursionError) as error:
        raise ImportRejected(path, Message("this EPUB is damaged or truncated ({error})", error=error)) from None

    def first(name: str) -> str | None:
        values = book.get_metadata("DC", name)
        return values[0][0] if values else None

    text = "\n\n".join(chapter for chapter, _blocks, _runs in read if chapter)
    article = article_from_text(path, text, format="epub", title=first("title"),
                             author=first("creator"), published=first("date"),
                             language=first("language") or detect_language(text),
                             source=first("publisher"))
    blocks = [block for _chapter, chapter_blocks, _runs in read for block in chapter_blocks]
    article = dataclasses.replace(article, images=tuple(pictures.images))
    return with_structure(article, [block for block in blocks if block[0] != FIGURE],
                          [run for _chapter, _blocks, runs in read for run in runs],
                          [block for block in blocks if block[0] == FIGURE])


class BookPictures:
    """The book's pictures its chapters show (`img`), each kept once, in the order they
    first appear, as long as they are images `core.images` accepts and fit its budget.
    Nothing outside the book is read: an address (`http:`) is left out."""

    def __init__(self, book) -> None:
        self._book = book
        self.images: list[EmbeddedImage] = []
        self._positions: dict[str, int | None] = {}
        self._bytes = 0

    def reader_for(self, chapter):
        folder = posixpath.dirname(chapter.get_name())
        return lambda src, description: self._picture(folder, src, description)

    def _picture(self, folder: str, src: str, description: str) -> int | None:
        if urlsplit(src).scheme or src.startswith("/"):
            return None
        name = posixpath.normpath(posixpath.join(folder, unquote(src.split("#", 1)[0])))
        if name in self._positions:
            return self._positions[name]
        self._positions[name] = None
        item = self._book.get_item_with_href(name)
        if item is None or len(self.images) >= MAX_IMAGES:
            return None
        image = accepted_image(item.get_content(), len(self.images), description)
        if image is None or self._bytes + len(image.data) > MAX_ARTICLE_IMAGE_BYTES:
            return None
        self.images.append(image)
        self._bytes += len(image.data)
        self._positions[name] = image.position
        return image.position


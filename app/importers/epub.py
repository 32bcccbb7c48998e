"""EPUB books: the chapters' text in reading order, each block's text once, with the
book's metadata."""

from __future__ import annotations

import zipfile
from pathlib import Path

import ebooklib
import lxml.etree
from ebooklib import epub

from app.core.article import Article
from app.core.errors import ImportRejected
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
        read = [chapter_text_and_structure(item.get_content()) for item in chapters
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
    return with_structure(article, [block for _chapter, blocks, _runs in read for block in blocks],
                          [run for _chapter, _blocks, runs in read for run in runs])


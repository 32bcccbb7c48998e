"""Word documents (.docx): paragraphs and headings in order, with the title, author and
date of the document's properties."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.importers.archives import check_archive
from app.importers.common import article_from_text
from app.importers.reading import read_bytes


def read_docx(path: Path) -> Article:
    """Read a `.docx` file into an article, or raise `ImportRejected` with the reason."""
    read_bytes(path)
    check_archive(path, Message("Word document"))
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ImportRejected(path, Message("this Word document is damaged or not a .docx file ({error})",
                                           error=error)) from None
    paragraphs = [paragraph.text.strip() for paragraph in document.paragraphs]
    properties = document.core_properties
    created = properties.created.strftime("%Y-%m-%d") if properties.created else None
    return article_from_text(path, "\n\n".join(p for p in paragraphs if p), format="docx",
                             title=properties.title, author=properties.author, published=created,
                             language=properties.language or None)

"""Word documents (.docx): paragraphs, headings, tables, text boxes and equations in
document order, footnotes and endnotes at the end, with the title, author and date of the
document's properties."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from lxml import etree

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.importers.archives import check_archive
from app.importers.common import article_from_text
from app.importers.docx_text import DocumentText
from app.importers.language import detect_language
from app.importers.reading import read_bytes


def read_docx(path: Path) -> Article:
    """Read a `.docx` file into an article, or raise `ImportRejected` with the reason."""
    read_bytes(path)
    check_archive(path, Message("Word document"))
    try:
        document = docx.Document(str(path))
        text = _document_text(document)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError,
            RecursionError) as error:
        raise ImportRejected(path, Message("this Word document is damaged or not a .docx file ({error})",
                                           error=error)) from None
    properties = document.core_properties
    created = properties.created.strftime("%Y-%m-%d") if properties.created else None
    return article_from_text(path, text, format="docx",
                             title=properties.title, author=properties.author, file_date=created,
                             language=properties.language or detect_language(text))


def _document_text(document) -> str:
    reader = DocumentText()
    blocks = reader.blocks(document.element.body)
    notes: dict[int, str] = {}
    for kind, relationship in (("footnote", RELATIONSHIP_TYPE.FOOTNOTES), ("endnote", RELATIONSHIP_TYPE.ENDNOTES)):
        notes.update(reader.notes(_part_root(document, relationship), kind))
    blocks += [f"[{number}] {text}" for number, text in sorted(notes.items()) if text]
    return "\n\n".join(blocks)


def _part_root(document, relationship: str):
    for rel in document.part.rels.values():
        if rel.reltype == relationship and not rel.is_external:
            # python-docx's parser: no entities resolved, nothing fetched.
            return parse_xml(rel.target_part.blob)
    return None

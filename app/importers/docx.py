"""Word documents (.docx): paragraphs, headings, tables, text boxes and equations in
document order, footnotes and endnotes at the end, with the title, author and date of the
document's properties, and the pictures stored inside it (each marked where it stands)."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from lxml import etree

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.images import MAX_ARTICLE_IMAGE_BYTES, MAX_IMAGES, EmbeddedImage, accepted_image
from app.core.messages import Message
from app.importers.archives import check_archive
from app.importers.common import article_from_text, with_structure
from app.importers.docx_text import DocumentText
from app.importers.language import detect_language
from app.importers.reading import read_bytes


def read_docx(path: Path) -> Article:
    """Read a `.docx` file into an article, or raise `ImportRejected` with the reason."""
    read_bytes(path)
    check_archive(path, Message("Word document"))
    try:
        document = docx.Document(_transitional(path))
        pictures = DocumentPictures(document)
        text, structure, runs, figures = _document_text(document, pictures)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError,
            RecursionError) as error:
        raise ImportRejected(path, Message("this Word document is damaged or not a .docx file ({error})",
                                           error=error)) from None
    properties = document.core_properties
    created = properties.created.strftime("%Y-%m-%d") if properties.created else None
    article = article_from_text(path, text, format="docx",
                                title=properties.title, author=properties.author, file_date=created,
                                language=properties.language or detect_language(text))
    article = dataclasses.replace(article, images=tuple(pictures.images))
    return with_structure(article, structure, runs, figures)


# ISO 29500 "strict" documents name the same parts and elements in other namespaces.
_STRICT = b"http://purl.oclc.org/ooxml/"
_TRANSITIONAL = b"http://schemas.openxmlformats.org/"
_STRICT_NAMESPACES = tuple((_STRICT + strict, _TRANSITIONAL + transitional) for strict, transitional in (
    (b"officeDocument/relationships", b"officeDocument/2006/relationships"),
    (b"officeDocument/extendedProperties", b"officeDocument/2006/extended-properties"),
    (b"officeDocument/math", b"officeDocument/2006/math"),
    (b"wordprocessingml/main", b"wordprocessingml/2006/main"),
    (b"drawingml/wordprocessingDrawing", b"drawingml/2006/wordprocessingDrawing"),
    (b"drawingml/main", b"drawingml/2006/main"),
    (b"drawingml/picture", b"drawingml/2006/picture"),
))
_STRICT_DOCUMENT = _STRICT + b"officeDocument/relationships/officeDocument"


def _transitional(path: Path) -> str | io.BytesIO:
    """The file, or for a "strict" document the same package with the transitional
    namespaces python-docx reads (the archive was checked before: its parts are small)."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "_rels/.rels" not in names or _STRICT_DOCUMENT not in archive.read("_rels/.rels"):
            return str(path)
        converted = io.BytesIO()
        with zipfile.ZipFile(converted, "w", zipfile.ZIP_DEFLATED) as target:
            for info in archive.infolist():
                data = archive.read(info)
                if info.filename.endswith((".xml", ".rels")):
                    for strict, transitional in _STRICT_NAMESPACES:
                        data = data.replace(strict, transitional)
                target.writestr(info, data)
    converted.seek(0)
    return converted


def _document_text(document, pictures) -> tuple[str, list[tuple[str, int, str]], list, list]:
    reader = DocumentText(_style_names(document), _link_targets(document), pictures.picture)
    blocks = reader.blocks(document.element.body)
    notes: dict[int, str] = {}
    for kind, relationship in (("footnote", RELATIONSHIP_TYPE.FOOTNOTES), ("endnote", RELATIONSHIP_TYPE.ENDNOTES)):
        notes.update(reader.notes(_part_root(document, relationship), kind))
    blocks += [f"[{number}] {text}" for number, text in sorted(notes.items()) if text]
    return "\n\n".join(blocks), reader.structure, reader.inline, reader.figures


class DocumentPictures:
    """The pictures stored inside the document (never one it links to), each kept once in
    the order the text shows them, when `core.images` accepts it and it fits the budget."""

    def __init__(self, document) -> None:
        self._part = document.part
        self.images: list[EmbeddedImage] = []
        self._positions: dict[str, int | None] = {}
        self._bytes = 0

    def picture(self, relationship_id: str, description: str) -> int | None:
        if relationship_id in self._positions:
            return self._positions[relationship_id]
        self._positions[relationship_id] = None
        rel = self._part.rels.get(relationship_id)
        if rel is None or rel.is_external or rel.reltype != RELATIONSHIP_TYPE.IMAGE or len(self.images) >= MAX_IMAGES:
            return None
        image = accepted_image(rel.target_part.blob, len(self.images), description)
        if image is None or self._bytes + len(image.data) > MAX_ARTICLE_IMAGE_BYTES:
            return None
        self.images.append(image)
        self._bytes += len(image.data)
        self._positions[relationship_id] = image.position
        return image.position


def _link_targets(document) -> dict[str, str]:
    """The addresses of the document's hyperlinks, by relationship id."""
    return {rel_id: rel.target_ref for rel_id, rel in document.part.rels.items()
            if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK and rel.is_external}


def _style_names(document) -> dict[str, str]:
    """Paragraph style names by style id ("Heading1" → "Heading 1"; a translated Word
    names its ids otherwise, the names stay the built-in English ones)."""
    names = {}
    for style in document.styles:
        style_id, name = getattr(style, "style_id", None), getattr(style, "name", None)
        if style_id and name:
            names[style_id] = name
    return names


def _part_root(document, relationship: str):
    for rel in document.part.rels.values():
        if rel.reltype == relationship and not rel.is_external:
            # python-docx's parser: no entities resolved, nothing fetched.
            return parse_xml(rel.target_part.blob)
    return None

"""PDF files: the text of each page (pypdf, or pdfminer.six for a file pypdf cannot read),
in column order, with running headers, footers and page numbers removed, presentation
forms and control characters cleaned, words cut at a line end joined, and the offset
where each page starts kept so a quote can cite it."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.text import normalise_text
from app.core.structure import HEADING
from app.importers.common import article_from_text, with_structure
from app.importers.language import detect_language
from app.importers.pdf_cleaning import (clean_characters, hyphenated_forms, join_cut_words, paragraphs,
                                        without_running_lines)
from app.importers.pdf_layout import Piece, PieceCollector, column_text, headings_by_font, sized_lines, title_by_font
from app.importers.reading import read_bytes

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported, not logged
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# What the parsers raise on a damaged file (pypdf lets plain Python errors out of
# broken page trees and streams); anything else is a fault of Carnet's and is not hidden.
_PARSE_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError,
                 RecursionError, AssertionError, ZeroDivisionError, EOFError)

# Titles a producer writes when the author wrote none.
_JUNK_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint|excel)\s*-|untitled\b|document\d*$|titre$|title$|slide\s*\d*$)"
    r"|\.(?:exe|docx?|pdf|tex|dvi|indd|rtf|odt|pptx?|xlsx?|qxd|e?ps|html?|txt)\s*$",
    re.I,
)
_TITLE_LINES = 6
_PDF_DAY = re.compile(r"D:\d{8}")
_JUNK_AUTHOR = {"administrator", "admin", "user", "owner", "unknown", "author", "auteur", "utilisateur"}


@dataclass
class _Extracted:
    pages: list[str]
    title: str | None = None
    author: str | None = None
    created: str | None = None
    title_by_font: str | None = None
    extras: dict[str, object] = field(default_factory=dict)
    headings: list[tuple[int, str]] = field(default_factory=list)


def read_pdf(path: Path) -> Article:
    """Read a `.pdf` file into an article, or raise `ImportRejected` with the reason."""
    read_bytes(path)  # the common checks: readable, not empty, not too large
    try:
        extracted = _read_with_pypdf(path)
    except ImportRejected:
        raise
    except _PARSE_ERRORS as error:
        extracted = _read_with_pdfminer(path, error)
    pages = [clean_characters(page) for page in extracted.pages]
    pages = without_running_lines(pages)
    if pages and extracted.title_by_font:
        pages[0] = _title_apart(pages[0], clean_characters(extracted.title_by_font))
    hyphenated = hyphenated_forms(pages)
    starts, parts, length = [], [], 0
    for text in pages:
        # Normalised here, page by page, so that the page offsets hold in the stored body.
        text = normalise_text(paragraphs(join_cut_words(text.strip(), hyphenated)))
        start = length + 2 if parts else 0  # an empty page starts where the next text will
        starts.append(start)
        if text:
            parts.append(text)
            length = start + len(text)
    if not parts:
        raise ImportRejected(path, Message("this PDF has no text layer (a scan?): Carnet cannot read images"))
    body = "\n\n".join(parts)
    title = extracted.title if extracted.title and not _JUNK_TITLE.search(extracted.title.strip()) else None
    author = extracted.author if extracted.author and extracted.author.strip().casefold() not in _JUNK_AUTHOR \
        else None
    article = article_from_text(
        path, body, format="pdf", title=title or extracted.title_by_font, author=author,
        file_date=extracted.created, language=detect_language(body),
        extras={"page_starts": starts, **extracted.extras},
    )
    return with_structure(article, [(HEADING, level, clean_characters(text)) for level, text in extracted.headings])


def _title_apart(text: str, title: str) -> str:
    """`text` with page 1's title lines as a paragraph of their own, not run into the
    line above them (a conference's name) or the authors and abstract below."""
    lines = text.split("\n")
    wanted = " ".join(title.split())
    for first in range(min(len(lines), _TITLE_LINES)):
        joined = ""
        for last in range(first, min(len(lines), first + _TITLE_LINES)):
            joined = " ".join(f"{joined} {lines[last]}".split())
            if joined == wanted:
                return "\n".join(lines[:first] + [""] + lines[first:last + 1] + [""] + lines[last + 1:])
            if not joined or not wanted.startswith(joined):
                break
    return text


def _read_with_pypdf(path: Path) -> _Extracted:
    reader = PdfReader(str(path))
    if reader.is_encrypted and not reader.decrypt(""):
        raise ImportRejected(path, Message("this PDF is protected by a password"))
    if len(reader.pages) == 0:  # a page tree pypdf cannot walk: the pages may still be there
        raise PdfReadError("no page found")
    pages, first_pieces, lines = [], [], []
    for number, page in enumerate(reader.pages):
        collector = PieceCollector()
        text = page.extract_text(visitor_text=collector) or ""
        box = page.mediabox
        pages.append(column_text(collector.pieces, float(box.width), float(box.height)) or text)
        lines.append(sized_lines(collector.pieces))
        if number == 0:
            first_pieces = collector.pieces
    info = reader.metadata
    return _Extracted(
        pages=pages, title=info.title if info else None, author=info.author if info else None,
        created=_pdf_date(info) if info else None, title_by_font=title_by_font(first_pieces),
        headings=headings_by_font(lines),
    )


def _read_with_pdfminer(path: Path, pypdf_error: Exception) -> _Extracted:
    """The pages and properties as pdfminer.six reads them, for a file pypdf refused."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTFigure, LTTextContainer, LTTextLine
    from pdfminer.psexceptions import PSException

    def text_boxes(container) -> list:
        # Text a page draws through a form (an XObject) is inside a figure.
        found = []
        for element in container:
            if isinstance(element, LTTextContainer):
                found.append(element)
            elif isinstance(element, LTFigure):
                found += text_boxes(element)
        return found

    pages: list[str] = []
    first_pieces: list[Piece] = []
    try:
        for layout in extract_pages(str(path), laparams=LAParams(all_texts=True)):
            texts = text_boxes(layout)
            pages.append("\n".join(element.get_text().rstrip("\n") for element in texts))
            if len(pages) == 1:
                first_pieces = [Piece(line.get_text().strip(), line.x0, line.y0,
                                      max((char.size for char in line if isinstance(char, LTChar)), default=0.0))
                                for box in texts for line in box if isinstance(line, LTTextLine)]
        info = _pdfminer_info(path)
    except (PSException, *_PARSE_ERRORS):
        pages, info = [], {}
    if not any(page.strip() for page in pages):
        raise ImportRejected(path, Message("this PDF is damaged or truncated ({error})",
                                           error=pypdf_error)) from None
    created = info.get("CreationDate", "")
    return _Extracted(pages=pages, title=info.get("Title"), author=info.get("Author"),
                      created=f"{created[2:6]}-{created[6:8]}-{created[8:10]}" if _PDF_DAY.match(created) else None,
                      title_by_font=title_by_font(first_pieces), extras={"extractor": "pdfminer.six"})


def _pdfminer_info(path: Path) -> dict[str, str]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    with open(path, "rb") as handle:
        document = PDFDocument(PDFParser(handle))
        info = resolve1(document.info[0]) if document.info else {}
        found = {}
        for key, value in (info.items() if isinstance(info, dict) else ()):
            value = resolve1(value)
            if isinstance(value, bytes):
                found[str(key)] = decode_text(value)
            elif isinstance(value, str):
                found[str(key)] = value
        return found


def _pdf_date(info) -> str | None:
    try:
        value = info.creation_date
        return value.strftime("%Y-%m-%d") if value else None
    except (AttributeError, ValueError, TypeError):
        return None

"""PDF files: the text of each page (pypdf), with lines that repeat at the top or
bottom of most pages (running headers, footers, page numbers) removed, words cut at a
line end joined, and the offset where each page starts kept so a quote can cite it."""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.text import normalise_text
from app.importers.common import article_from_text
from app.importers.language import detect_language
from app.importers.reading import read_bytes

_PAGE_NUMBER = re.compile(r"^(page|p\.)?\s*\d+(\s*(/|sur|of)\s*\d+)?$", re.I)
_HYPHENATED = re.compile(r"(\w)-\n(\w)")
_SPACES = re.compile(r"[ \t]{2,}")
_PARAGRAPH_END = re.compile(r"[.!?…:»”\"]$")

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported, not logged
_EDGE_LINES = 2
_REPEATED_SHARE = 0.6


def read_pdf(path: Path) -> Article:
    """Read a `.pdf` file into an article, or raise `ImportRejected` with the reason."""
    read_bytes(path)  # the common checks: readable, not empty, not too large
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportRejected(path, Message("this PDF is protected by a password"))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except ImportRejected:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise ImportRejected(path, Message("this PDF is damaged or truncated ({error})", error=error)) from None
    if not any(page.strip() for page in pages):
        raise ImportRejected(path, Message("this PDF has no text layer (a scan?): Carnet cannot read images"))
    pages = _without_running_lines(pages)
    starts, parts, length = [], [], 0
    for text in pages:
        # Normalised here, page by page, so that the page offsets hold in the stored body.
        text = normalise_text(_paragraphs(_HYPHENATED.sub(r"\1\2", text.strip())))
        start = length + 2 if parts else 0  # an empty page starts where the next text will
        starts.append(start)
        if text:
            parts.append(text)
            length = start + len(text)
    body = "\n\n".join(parts)
    return article_from_text(
        path, body, format="pdf",
        title=(info.title if info else None), author=(info.author if info else None),
        published=_pdf_date(info.creation_date if info else None),
        language=detect_language(body), extras={"page_starts": starts},
    )


def _without_running_lines(pages: list[str]) -> list[str]:
    """Drop page numbers, and lines found among the first or last lines of most pages."""
    edges = Counter()
    split = [[line.strip() for line in page.splitlines()] for page in pages]
    for lines in split:
        content = [line for line in lines if line]
        edges.update(set(content[:_EDGE_LINES] + content[-_EDGE_LINES:]))
    repeated = {line for line, count in edges.items()
                if len(pages) >= 2 and count >= max(2, _REPEATED_SHARE * len(pages))}
    return ["\n".join(line for line in lines if line not in repeated and not _PAGE_NUMBER.match(line))
            for lines in split]


def _paragraphs(text: str) -> str:
    """Join the lines the page layout broke: a paragraph ends at a blank line or at a
    line ending a sentence."""
    paragraphs, current = [], []
    for line in text.splitlines():
        line = _SPACES.sub(" ", line.strip())
        if line:
            current.append(line)
        if current and (not line or _PARAGRAPH_END.search(line)):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n".join(paragraphs)


def _pdf_date(value) -> str | None:
    try:
        return value.strftime("%Y-%m-%d") if value else None
    except (AttributeError, ValueError):
        return None

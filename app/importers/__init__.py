"""One module per file format: a path in, a `core.Article` out. No database here."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from app.core.article import Article
from app.importers import docx, epub, html, markdown, pdf, plain_text

Importer = Callable[[Path], Article]

IMPORTERS: dict[str, Importer] = {
    ".txt": plain_text.read_plain_text,
    ".text": plain_text.read_plain_text,
    ".md": markdown.read_markdown,
    ".markdown": markdown.read_markdown,
    ".html": html.read_html,
    ".htm": html.read_html,
    ".pdf": pdf.read_pdf,
    ".docx": docx.read_docx,
    ".epub": epub.read_epub,
}


def importer_for(path: Path) -> Importer | None:
    """Return the importer for `path`'s extension, or None when the format is unsupported."""
    return IMPORTERS.get(path.suffix.lower())

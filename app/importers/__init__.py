"""One module per file format: a path in, a `core.Article` out. No database here."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable

from app.core.article import Article

Importer = Callable[[Path], Article]

# Each format's module is imported when a file of that format is first read: the
# libraries behind HTML, PDF, DOCX and EPUB take half a second to load, which a start
# of the window or a search should not pay.
IMPORTERS: dict[str, tuple[str, str]] = {
    ".txt": ("plain_text", "read_plain_text"),
    ".text": ("plain_text", "read_plain_text"),
    ".md": ("markdown", "read_markdown"),
    ".markdown": ("markdown", "read_markdown"),
    ".html": ("html", "read_html"),
    ".htm": ("html", "read_html"),
    ".pdf": ("pdf", "read_pdf"),
    ".docx": ("docx", "read_docx"),
    ".epub": ("epub", "read_epub"),
}


def importer_for(path: Path) -> Importer | None:
    """Return the importer for `path`'s extension, or None when the format is unsupported."""
    entry = IMPORTERS.get(path.suffix.lower())
    if entry is None:
        return None
    module, function = entry
    return getattr(importlib.import_module(f"app.importers.{module}"), function)

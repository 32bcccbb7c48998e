"""One module per file format: a path in, a `core.Article` out. No database here."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message

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


_FORMAT_NAMES = {
    "plain_text": Message("text file"),
    "markdown": Message("Markdown file"),
    "html": Message("web page"),
    "pdf": Message("PDF"),
    "docx": Message("Word document"),
    "epub": Message("EPUB"),
}


def is_supported(path: Path) -> bool:
    """Whether `path`'s extension names a format Carnet imports (nothing is loaded)."""
    return path.suffix.lower() in IMPORTERS


def format_name(path: Path) -> Message:
    """The format of `path` as a sentence names it ("web page", "PDF")."""
    entry = IMPORTERS.get(path.suffix.lower())
    return _FORMAT_NAMES[entry[0]] if entry else Message("file")


def load_importer(path: Path) -> Importer:
    """The importer for `path`, loaded now; `ImportRejected` (naming the file) when the
    format is unsupported or its reader cannot load (a library it needs is missing)."""
    entry = IMPORTERS.get(path.suffix.lower())
    if entry is None:
        raise ImportRejected(path, Message("this format is not supported"))
    module, function = entry
    try:
        return getattr(importlib.import_module(f"app.importers.{module}"), function)
    except ImportError as error:
        detail = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise ImportRejected(path, Message(
            "{formats} cannot be read here: a library Carnet needs for them did not load ({detail}); "
            "installing Carnet again should bring it back", formats=_PLURAL_NAMES[module], detail=detail)) from None


_PLURAL_NAMES = {
    "plain_text": Message("text files"),
    "markdown": Message("Markdown files"),
    "html": Message("web pages"),
    "pdf": Message("PDFs"),
    "docx": Message("Word documents"),
    "epub": Message("EPUBs"),
}


def importer_for(path: Path) -> Importer | None:
    """Return the importer for `path`'s extension, or None when the format is
    unsupported; `ImportRejected` when its reader cannot load."""
    if not is_supported(path):
        return None
    return load_importer(path)

"""Plain-text files: the text as it is, metadata recovered from its lines."""

from __future__ import annotations

from pathlib import Path

from app.core.article import Article
from app.core.metadata import recover_metadata
from app.importers.dates import parse_date
from app.importers.language import detect_language
from app.importers.reading import read_text_file


def read_plain_text(path: Path) -> Article:
    """Read a `.txt` file into an article, or raise `ImportRejected` naming the file."""
    body = read_text_file(path)
    meta = recover_metadata(body, language=detect_language(body), parse_date=parse_date)
    return Article(
        title=meta.title,
        body=body,
        format="txt",
        language=meta.language,
        source=meta.source,
        author=meta.author,
        url=meta.url,
        published=meta.published,
        original_path=str(path),
        keywords=tuple(meta.hashtags),
        extras=meta.extras,
    )

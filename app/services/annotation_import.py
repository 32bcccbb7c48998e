"""Bringing highlights back from a W3C Web Annotation file into a library that holds
the same articles (recognised by the hash of their text)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.anchoring import Anchor, AnchorStatus, resolve
from app.core.highlight import Highlight
from app.core.tags import Tag
from app.core.web_annotation import AnnotationFormatError, from_collection
from app.services.highlight_index import reindex_highlights
from app.services.tagging import PALETTE
from app.store import highlights as highlight_store
from app.store import tags as tag_store
from app.store.articles import find_by_hash, get_article
from app.store.database import write_transaction

if TYPE_CHECKING:
    from app.store.library import Library


@dataclass
class AnnotationImportReport:
    created: int = 0
    already_there: int = 0
    article_missing: int = 0
    orphaned: int = 0
    new_tags: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        created = f"{self.created} highlight{'' if self.created == 1 else 's'} created"
        return (f"{created} ({self.orphaned} orphaned), {self.already_there} already there, "
                f"{self.article_missing} for articles this library does not hold"
                + (f"; new tags: {', '.join(self.new_tags)}" if self.new_tags else ""))


def import_annotations_file(library: Library, path: Path) -> AnnotationImportReport:
    """Read a JSON file and import its annotations (see `import_annotations`)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise AnnotationFormatError(f"{path}: {error}") from None
    try:
        return import_annotations(library, document)
    except AnnotationFormatError as error:
        raise AnnotationFormatError(f"{path}: {error}") from None


def import_annotations(library: Library, document) -> AnnotationImportReport:
    """Create the highlights, tags (with their colours) and notes a collection describes,
    each re-anchored in the library's copy of its article. A highlight the article has
    already (same quote and context) is not created twice. All or nothing."""
    items = from_collection(document)
    report = AnnotationImportReport()
    db = library.database()
    with write_transaction(db):
        for item in items:
            article_id = find_by_hash(db, item.content_hash)
            if article_id is None:
                report.article_missing += 1
                continue
            existing = {(h.quote, h.anchor.prefix, h.anchor.suffix)
                        for h in highlight_store.list_highlights(db, article_id=article_id)}
            anchor = item.anchor
            if (anchor.exact, anchor.prefix, anchor.suffix) in existing:
                report.already_there += 1
                continue
            article = get_article(db, article_id)
            result = resolve(article.body, anchor)
            if result.start is not None:
                anchor = Anchor(result.start, result.end, anchor.exact, anchor.prefix, anchor.suffix)
            report.orphaned += result.status is AnchorStatus.ORPHAN
            tag_ids = tuple(dict.fromkeys(_tag_id(db, name, colour, report) for name, colour in item.tags))
            highlight_id = highlight_store.insert_highlight(db, Highlight(
                article_id=article_id, anchor=anchor, note=item.note, tag_ids=tag_ids, status=result.status,
                score=result.score, created_at=item.created, modified_at=item.modified))
            reindex_highlights(db, [highlight_id])
            report.created += 1
    return report


def _tag_id(db, name: str, colour: str | None, report: AnnotationImportReport) -> int:
    tag = tag_store.find_tag(db, name)
    if tag is not None:
        return tag.id
    used = {t.colour.lower() for t in tag_store.list_tags(db)}
    colour = colour or next((c for c in PALETTE if c not in used), PALETTE[0])
    report.new_tags.append(name.strip())
    return tag_store.insert_tag(db, Tag(name=name.strip(), colour=colour))

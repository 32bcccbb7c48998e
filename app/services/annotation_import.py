"""Bringing highlights back from a W3C Web Annotation file into a library that holds
the same articles (recognised by the hash of their text)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.anchoring import Anchor, AnchorStatus, Resolution, resolve
from app.core.changes import Changes
from app.core.highlight import Highlight
from app.core.messages import Message
from app.core.tags import Tag, tag_key
from app.core.web_annotation import AnnotationFormatError, ImportedAnnotation, ImportedTag, from_collection
from app.services.highlight_index import reindex_highlights
from app.core.tags import PALETTE, is_colour
from app.services.tagging import has_control_characters
from app.store import highlights as highlight_store
from app.store import tags as tag_store
from app.store.articles import find_by_hash, get_article
from app.store.database import write_transaction

if TYPE_CHECKING:
    import sqlite_utils

    from app.store.library import Library

BATCH = 200
"""Highlights written per transaction: the write lock is held that long, never for the
whole file."""


@dataclass
class AnnotationImportReport:
    created: int = 0
    already_there: int = 0
    article_missing: int = 0
    orphaned: int = 0
    new_tags: list[str] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)
    """A sentence for each annotation left out, naming it and the field at fault."""
    recoloured: list[Message] = field(default_factory=list)
    """A sentence for each new tag whose colour in the file was not `#rrggbb`."""
    annotated: set[int] = field(default_factory=set)
    """The articles that received highlights."""

    @property
    def changes(self) -> Changes:
        return Changes(highlights_of=frozenset(self.annotated), tags=bool(self.new_tags))

    def __str__(self) -> str:
        created = f"{self.created} highlight{'' if self.created == 1 else 's'} created"
        left_out = len(self.problems)
        return (f"{created} ({self.orphaned} orphaned), {self.already_there} already there, "
                f"{self.article_missing} for articles this library does not hold"
                + (f", {left_out} malformed left out" if left_out else "")
                + (f"; new tags: {', '.join(self.new_tags)}" if self.new_tags else ""))


def import_annotations_file(library: Library, path: Path) -> AnnotationImportReport:
    """Read a JSON file and import its annotations (see `import_annotations`)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise AnnotationFormatError(Message("{path}: not UTF-8 text", path=path)) from None
    except OSError as error:
        raise AnnotationFormatError(Message("{path}: cannot be read ({error})", path=path,
                                            error=error.strerror or error)) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise AnnotationFormatError(Message("{path}: not JSON ({error})", path=path, error=error)) from None
    except RecursionError:
        raise AnnotationFormatError(Message("{path}: its JSON nests lists and objects deeper than an annotation "
                                            "file ever does", path=path)) from None
    try:
        return import_annotations(library, document)
    except AnnotationFormatError as error:
        raise AnnotationFormatError(Message("{path}: {problem}", path=path, problem=error.message)) from None


def import_annotations(library: Library, document: object) -> AnnotationImportReport:
    """Create the highlights, tags (with their colours) and notes a collection describes,
    each re-anchored in the library's copy of its article. A highlight the article has
    already (same quote and context) is not created twice, so importing a file again
    after an interruption completes it.

    A malformed annotation is left out, with a sentence in the report naming it and its
    field, and the others are imported; a file of which no annotation can be read raises
    `AnnotationFormatError`. Highlights are written `BATCH` at a time, each batch one
    transaction."""
    read = from_collection(document)
    report = AnnotationImportReport(problems=list(read.problems))
    usable = [item for item in read.annotations if _tags_are_sound(item, report)]
    if report.problems and not usable:
        more = len(report.problems) - 1
        raise AnnotationFormatError(report.problems[0] if not more else Message(
            "{problem} (and {more} more malformed annotations)", problem=report.problems[0], more=more))
    _Importer(library.database(), report).run(usable)
    return report


def _tags_are_sound(item: ImportedAnnotation, report: AnnotationImportReport) -> bool:
    for tag in item.tags:
        if has_control_characters(tag.name):
            report.problems.append(Message("{annotation}: {field}.value: a tag name cannot hold control characters, "
                                           "line breaks or tabs", annotation=item.label, field=tag.field))
            return False
    return True


class _Importer:
    def __init__(self, db: sqlite_utils.Database, report: AnnotationImportReport) -> None:
        self._db = db
        self._report = report
        self._tag_ids: dict[str, int] = {}
        self._pending: list[tuple[int, Anchor, Resolution, ImportedAnnotation]] = []

    def run(self, items: list[ImportedAnnotation]) -> None:
        by_article: dict[str, list[ImportedAnnotation]] = defaultdict(list)
        for item in items:
            by_article[item.content_hash].append(item)
        for content_hash, in_article in by_article.items():
            article_id = find_by_hash(self._db, content_hash)
            if article_id is None:
                self._report.article_missing += len(in_article)
                continue
            self._resolve(article_id, in_article)
        self._write()

    def _resolve(self, article_id: int, items: list[ImportedAnnotation]) -> None:
        """Find each annotation in its article (read once), leaving out those it holds."""
        body = get_article(self._db, article_id).body
        known = {(h.quote, h.anchor.prefix, h.anchor.suffix)
                 for h in highlight_store.list_highlights(self._db, article_id=article_id)}
        for item in items:
            anchor = item.anchor
            if (anchor.exact, anchor.prefix, anchor.suffix) in known:
                self._report.already_there += 1
                continue
            known.add((anchor.exact, anchor.prefix, anchor.suffix))
            result = resolve(body, anchor)
            if result.start is not None:
                anchor = Anchor(result.start, result.end, anchor.exact, anchor.prefix, anchor.suffix)
            self._pending.append((article_id, anchor, result, item))
            if len(self._pending) >= BATCH:
                self._write()

    def _write(self) -> None:
        if not self._pending:
            return
        created, orphaned, new_tags, recoloured = [], 0, [], []
        with write_transaction(self._db):
            tag_ids = dict(self._tag_ids)
            for article_id, anchor, result, item in self._pending:
                tags = tuple(dict.fromkeys(self._tag_id(tag, item, tag_ids, new_tags, recoloured)
                                           for tag in item.tags))
                created.append(highlight_store.insert_highlight(self._db, Highlight(
                    article_id=article_id, anchor=anchor, note=item.note, tag_ids=tags, status=result.status,
                    score=result.score, created_at=item.created, modified_at=item.modified)))
                orphaned += result.status is AnchorStatus.ORPHAN
            reindex_highlights(self._db, created)
        self._tag_ids = tag_ids  # only once the tags it names are committed
        self._report.created += len(created)
        self._report.orphaned += orphaned
        self._report.new_tags += new_tags
        self._report.recoloured += recoloured
        self._report.annotated.update(article_id for article_id, *_ in self._pending)
        self._pending = []

    def _tag_id(self, tag: ImportedTag, item: ImportedAnnotation, tag_ids: dict[str, int],
                new_tags: list[str], recoloured: list[Message]) -> int:
        key = tag_key(tag.name)
        if key not in tag_ids:
            found = tag_store.find_tag(self._db, tag.name)
            tag_ids[key] = found.id if found is not None else self._new_tag(tag, item, new_tags, recoloured)
        return tag_ids[key]

    def _new_tag(self, tag: ImportedTag, item: ImportedAnnotation, new_tags: list[str],
                 recoloured: list[Message]) -> int:
        colour = tag.colour
        if colour is None or not is_colour(colour):
            used = {t.colour.lower() for t in tag_store.list_tags(self._db)}
            chosen = next((c for c in PALETTE if c not in used), PALETTE[len(used) % len(PALETTE)])
            if colour is not None:
                recoloured.append(Message("{annotation}: {field}.carnet:colour: '{colour}' is not a colour "
                                          "(#rrggbb): tag '{name}' gets {chosen}", annotation=item.label,
                                          field=tag.field, colour=str(colour)[:40], name=tag.name.strip(),
                                          chosen=chosen))
            colour = chosen
        new_tags.append(tag.name.strip())
        return tag_store.insert_tag(self._db, Tag(name=tag.name.strip(), colour=colour))

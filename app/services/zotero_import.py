"""`carnet import-zotero`: the items of a Zotero library (or of some of its collections)
with their stored snapshots, PDFs and EPUBs, their details, and their annotations as
highlights, anchored by their text. Zotero's own files are only read.

A highlight's colour becomes a tag named after Zotero's colour ("Zotero yellow"), drawn in
that colour, beside the annotation's own tags; its comment becomes the note."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.changes import Changes
from app.core.errors import ToldError
from app.core.tags import is_colour
from app.core.tasks import CancelToken, Progress, no_progress
from app.importers.zotero import collection_ids, collections, connect, database_path, read_items
from app.services.annotating import AnnotationService, BadSelection
from app.services.articles import ArticleService
from app.services.importing import import_paths
from app.services.tagging import TagService
from app.store import articles as article_store
from app.store.database import write_transaction

if TYPE_CHECKING:
    from app.store.library import Library

ZOTERO_COLOURS = {"#ffd400": "yellow", "#ff6666": "red", "#5fb236": "green", "#2ea8e5": "blue",
                  "#a28ae5": "purple", "#e56eee": "magenta", "#f19837": "orange", "#aaaaaa": "grey"}
_SOURCE_FIELDS = ("publicationTitle", "websiteTitle", "blogTitle", "forumTitle", "bookTitle", "proceedingsTitle",
                  "publisher", "institution")
_DAY = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


@dataclass
class ZoteroReport:
    articles: list[int] = field(default_factory=list)
    highlights: int = 0
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def changes(self) -> Changes:
        """The articles brought (new or found again) and their highlights."""
        brought = frozenset(self.articles)
        return Changes(added_articles=brought, articles=brought, highlights_of=brought, tags=bool(self.highlights))

    def __str__(self) -> str:
        return (f"{len(self.articles)} articles and {self.highlights} highlights brought from Zotero"
                + (f"; {len(self.problems)} things could not be brought" if self.problems else ""))


def colour_tag(colour: str) -> tuple[str, str]:
    """The tag a Zotero highlight colour becomes: its name and colour."""
    colour = colour.lower()
    if colour in ZOTERO_COLOURS:
        return f"Zotero {ZOTERO_COLOURS[colour]}", colour
    return (f"Zotero {colour}", colour) if is_colour(colour) else ("Zotero", "#ffd400")


@dataclass(frozen=True)
class ZoteroCollection:
    id: int
    name: str
    parent_id: int | None


def zotero_collections(profile_or_sqlite: Path) -> list[ZoteroCollection]:
    """The collections of a Zotero library, by name (read-only, like the import)."""
    connection = connect(database_path(profile_or_sqlite))
    try:
        return [ZoteroCollection(*row) for row in collections(connection)]
    finally:
        connection.close()


def import_zotero(library: Library, profile_or_sqlite: Path, *, collections: list[str] = (),
                  progress: Progress = no_progress, cancel: CancelToken | None = None) -> ZoteroReport:
    """Bring the items of a Zotero library (of the named collections and those nested in
    them, or all) into this library; what could not be brought is in the report.
    Cancelling keeps the items brought so far, each whole."""
    database = database_path(profile_or_sqlite)
    connection = connect(database)
    try:
        chosen = collection_ids(connection, list(collections)) if collections else None
        items = read_items(connection, database.parent / "storage", chosen)
    finally:
        connection.close()
    report = ZoteroReport()
    for done, item in enumerate(items):
        title = item.fields.get("title") or item.key
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
            break
        progress(done, len(items), title)
        report.problems += [f"{title}: {what} not brought" for what in item.unbrought]
        if not item.attachments:
            report.problems.append(f"{title}: no snapshot, PDF or EPUB, so nothing was brought")
            continue
        for attachment in item.attachments:
            [outcome] = import_paths(library, [attachment.file]).outcomes
            if outcome.article_id is None:
                report.problems.append(f"{title}: {attachment.file.name} could not be imported ({outcome.reason})")
                continue
            _fill_details(library, outcome.article_id, item, report)
            report.articles.append(outcome.article_id)
            for annotation in attachment.annotations:
                report.highlights += _highlight(library, outcome.article_id, annotation, title, report)
    if not report.cancelled:
        progress(len(items), len(items), "")
    return report


def _fill_details(library: Library, article_id: int, item, report: ZoteroReport) -> None:
    fields = item.fields
    details: dict = {}
    if fields.get("title"):
        details["title"] = fields["title"]
    source = next((fields[name] for name in _SOURCE_FIELDS if fields.get(name)), None)
    if source:
        details["source"] = source
    if item.creators:
        details["author"] = "; ".join(item.creators)
    day = _DAY.match(fields.get("date", "").strip())
    if day and day.group() != "0000":
        details["published"] = day.group()
    if fields.get("url", "").startswith(("http://", "https://")):
        details["url"] = fields["url"]
    language = fields.get("language", "")[:2].lower()
    if len(language) == 2 and language.isalpha():
        details["language"] = language
    if item.tags:
        details["keywords"] = ", ".join(item.tags)
    try:
        ArticleService(library).edit(article_id, **details)
    except ToldError as error:
        report.problems.append(f"{details.get('title', item.key)}: {error}")
    reference = {"type": item.item_type, **({"doi": fields["DOI"]} if fields.get("DOI") else {}),
                 "zotero_key": item.key}
    db = library.database()
    with write_transaction(db):
        held = article_store.get_article(db, article_id)
        article_store.update_details(db, article_id, {}, {**held.extras, "reference": reference})


def _highlight(library: Library, article_id: int, annotation, title: str, report: ZoteroReport) -> int:
    notes = AnnotationService(library)
    try:
        try:
            span = notes.locate_quote(article_id, annotation.text)
        except BadSelection:
            span = notes.locate_quote(article_id, annotation.text, occurrence=1)
    except BadSelection:
        page = f" (page {annotation.page_label})" if annotation.page_label else ""
        report.problems.append(f"{title}: the {annotation.kind} “{annotation.text[:60]}”{page} is not in the "
                               "imported text")
        return 0
    if any((h.start, h.end) == (span.start, span.end) for h in notes.highlights(article_id=article_id)):
        return 0  # brought already
    tags = TagService(library)
    names = []
    for name, colour in [colour_tag(annotation.colour), *((t, None) for t in annotation.tags)]:
        try:
            tags.find(name)
        except ToldError:
            tags.create(name, colour=colour)
        names.append(name)
    notes.add_highlight(article_id=article_id, start=span.start, end=span.end, tags=names, note=annotation.comment)
    return 1

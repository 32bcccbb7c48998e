"""`carnet import` of reference files: their entries fill or correct the details of the
articles they match (by DOI, web address, or title and date) and become reference-only
entries otherwise, which a later import of the text fills."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.article import Article
from app.core.changes import Changes
from app.core.citation_keys import KEY_SHAPE
from app.core.csl_items import REFERENCE_FIELDS
from app.core.messages import Message
from app.importers.references import read_references
from app.services.articles import ArticleService
from app.services.importing import add_articles
from app.store import articles as article_store
from app.store.database import write_transaction

if TYPE_CHECKING:
    from app.store.library import Library

REFERENCE_ONLY = "reference"
"""The format of an entry made from a reference alone (its text is only its title)."""


@dataclass
class ReferenceReport:
    """What an import of a reference file did, and what it could not keep."""

    matched: list[int] = field(default_factory=list)
    created: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """The articles completed and the entries made."""
        return Changes(added_articles=frozenset(self.created), articles=frozenset(self.matched))

    def __str__(self) -> str:
        return (f"{len(self.matched)} articles completed, {len(self.created)} reference-only entries created"
                + (f", {len(self.problems)} things not kept" if self.problems else ""))


def details_of(item: dict) -> dict:
    """A CSL item's details as an article's (`ArticleService.edit` fields)."""
    details: dict = {}
    if item.get("title"):
        details["title"] = item["title"]
    source = item.get("container-title") or item.get("publisher")
    if source:
        details["source"] = source
    if item.get("author"):
        details["author"] = "; ".join(person.get("literal") or " ".join(
            p for p in (person.get("given"), person.get("family")) if p) for person in item["author"])
    parts = (item.get("issued") or {}).get("date-parts", [[]])[0] if isinstance(item.get("issued"), dict) else []
    if parts:
        details["published"] = "-".join(f"{int(p):02d}" if i else f"{int(p):04d}" for i, p in enumerate(parts[:3]))
    if str(item.get("URL", "")).startswith(("http://", "https://")):
        details["url"] = item["URL"]
    language = str(item.get("language", ""))[:2].lower()
    if len(language) == 2 and language.isalpha():
        details["language"] = language
    if item.get("keyword"):
        details["keywords"] = str(item["keyword"])
    return details


def import_reference_file(library: Library, path: Path) -> ReferenceReport:
    """Read a BibTeX, RIS or CSL-JSON file into the library (see the module)."""
    report, articles, db = ReferenceReport(), ArticleService(library), library.database()
    for number, reference in enumerate(read_references(path), 1):
        item, name = reference.item, reference.item.get("id") or f"entry {number}"
        report.problems += [f"{name}: {what} is not kept" for what in reference.unkept]
        if not item.get("title"):
            if item:
                report.problems.append(f"{name}: it has no title, so it was left out")
            continue
        details = details_of(item)
        kept = {key: item[csl] for key in (*REFERENCE_FIELDS, "type") for csl in [("DOI" if key == "doi" else key)]
                if item.get(csl)}
        if item.get("URL") and "url" not in details:
            report.problems.append(f"{name}: its address {item['URL']} is not a web address and is not kept")
        article_id = (article_store.find_by_doi(db, item["DOI"]) if item.get("DOI") else None) \
            or (article_store.find_by_url(db, details["url"]) if details.get("url") else None) \
            or article_store.find_by_title(db, details["title"], details.get("published"))
        if article_id is None:
            stored = add_articles(library, [Article(title=details["title"], body=details["title"],
                                                    format=REFERENCE_ONLY, extras={"reference": kept})])
            article_id = stored[0].article_id
            if stored[0].kind != "imported":
                report.problems.append(f"{name}: its title is already article {article_id}'s text")
                continue
            report.created.append(article_id)
        else:
            report.matched.append(article_id)
        try:
            articles.edit(article_id, **details)
        except Exception as error:  # a detail the article cannot take: named, the rest kept
            report.problems.append(f"{name}: {error}")
        with write_transaction(db):
            held = articles.article(article_id)
            article_store.update_details(db, article_id, {}, {**held.extras, "reference": kept})
            key = str(item.get("id", ""))
            if KEY_SHAPE.match(key) and key != held.citation_key:
                owner = article_store.citation_key_owner(db, key)
                if owner is None:
                    article_store.set_citation_key(db, article_id, key)
                else:
                    report.problems.append(f"{name}: its key is article {owner}'s, so article {article_id} "
                                           f"keeps {held.citation_key}")
    return report

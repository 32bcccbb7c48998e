"""Quotes are found again whatever their apostrophes, quotation marks, dashes and spaces,
at the offsets of the article's own text."""

import json

from app.core.anchoring import AnchorStatus
from app.core.digest import DigestScope
from app.services.annotation_import import import_annotations
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.exporting import ExportService
from app.services.library import open_library
from app.store.database import write_transaction

WRITTEN = "Sept usines d’IA européennes"
TYPED = "Sept usines d'IA européennes"


def test_a_quote_typed_plainly_is_found_in_the_articles_own_text(library):
    notes = AnnotationService(library)
    found = notes.locate_quote(2, TYPED)
    body = ArticleService(library).article(2).body
    assert found.typographic and body[found.start:found.end] == WRITTEN
    assert notes.locate_quote(2, WRITTEN).typographic is False


def _selectors(document):
    for item in document["first"]["items"]:
        yield from item["target"]["selector"]


def test_json_import_anchors_a_quote_with_other_typography_exactly(library, tmp_path):
    notes = AnnotationService(library)
    start, end = notes.find_quote(2, WRITTEN)
    notes.add_highlight(article_id=2, start=start, end=end)
    document = json.loads(ExportService(library).render(DigestScope(), format="json"))
    for selector in _selectors(document):
        if selector["type"] == "TextQuoteSelector":
            selector["exact"] = TYPED
        if selector["type"] == "TextPositionSelector":  # and somewhere else than it was
            selector["start"], selector["end"] = selector["start"] + 40, selector["end"] + 40
    other = open_library(tmp_path / "other")
    report = import_annotations(other, document)
    assert (report.created, report.orphaned) == (1, 0)
    [highlight] = AnnotationService(other).highlights(article_id=2)
    assert highlight.status is AnchorStatus.MOVED
    assert (highlight.start, highlight.end) == (start, end)


def test_reanchoring_after_a_change_of_typography_keeps_the_highlight_in_place(library):
    notes = AnnotationService(library)
    start, end = notes.find_quote(5, "8 milliards d’euros")
    highlight = notes.add_highlight(article_id=5, start=start, end=end).value
    body = ArticleService(library).article(5).body
    plain = body.replace("’", "'").replace("«\u00a0", "\"").replace("\u00a0»", "\"")
    db = library.database()
    with write_transaction(db):
        db.execute("UPDATE articles SET body = ? WHERE id = ?", [plain, 5])
    report = notes.reanchor_article(5).value
    assert report.exact == 1 and report.fuzzy == 0
    again = notes.highlight(highlight.id)
    assert again.status is AnchorStatus.EXACT and plain[again.start:again.end] == "8 milliards d'euros"

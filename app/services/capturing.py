"""Saving a page sent by the browser ("Save to Carnet"): its HTML read by the HTML
importer in a worker process, as a saved file is, and stored like a web address's
page; the text selected on it becomes a highlight, found in the article by its text.

A page the library holds already (by its address or its text) is a duplicate, and the
selection is then highlighted in the article it holds. A capture that cannot be stored
is one sentence; nothing stored before is touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.anchoring import quote_spans
from app.core.capture import CaptureRequest
from app.core.changes import Changes, Outcome
from app.core.messages import Message
from app.core.tasks import CancelToken
from app.services.annotating import AnnotationService, BadSelection
from app.services.web_importing import WebItem, import_web_items
from app.store.articles import get_article

if TYPE_CHECKING:
    from app.store.library import Library


@dataclass(frozen=True)
class CaptureResult:
    """What became of a capture: `status` is "imported", "duplicate" or "refused";
    `message` the sentence to show; `highlight_id` the selection's highlight, if made."""

    url: str
    status: str
    message: Message
    article_id: int | None = None
    title: str = ""
    highlight_id: int | None = None

    @property
    def stored(self) -> bool:
        return self.article_id is not None


def capture_page(library: Library, request: CaptureRequest, *,
                 cancel: CancelToken | None = None) -> Outcome[CaptureResult]:
    """Store the page `request` holds and highlight its selection (see the module)."""
    if library.read_only:
        return _refused(request, Message("the library is open for reading only"))
    report = import_web_items(library, [WebItem(request.url, page=request.html, title=request.title or None)],
                              cancel=cancel)
    if report.stopped is not None:
        return _refused(request, Message("not stored: {reason}", reason=report.stopped))
    if report.cancelled or not report.outcomes:
        return _refused(request, Message("the capture was cancelled"))
    outcome = report.outcomes[0]
    if outcome.status == "rejected" or outcome.article_id is None:
        return _refused(request, outcome.reason or Message("the page could not be read"))
    changes = report.changes
    said = (Message("saved as article {id}", id=outcome.article_id) if outcome.status != "duplicate"
            else Message("already in the library as article {id}", id=outcome.article_id))
    highlight_id = None
    if request.selection:
        highlight_id, told = _highlight(library, outcome.article_id, request.selection)
        said = Message("{saved}; {highlight}", saved=said, highlight=told)
        if highlight_id is not None:
            changes = changes | Changes.of_highlights(outcome.article_id)
    status = "duplicate" if outcome.status == "duplicate" else "imported"
    return Outcome(CaptureResult(request.url, status, said, outcome.article_id, outcome.title, highlight_id), changes)


def _refused(request: CaptureRequest, reason: Message) -> Outcome[CaptureResult]:
    return Outcome(CaptureResult(request.url, "refused", Message("{url} was not saved: {reason}", url=request.url,
                                                                 reason=reason)), Changes())


def _highlight(library: Library, article_id: int, selection: str) -> tuple[int | None, Message]:
    """The selection highlighted in the article (its first occurrence), or why not."""
    notes = AnnotationService(library)
    article = get_article(library.database(), article_id)
    span = selection_span(article.body, selection) if article is not None else None
    if span is None:
        return None, Message("the selected text was not found in the article, so no highlight was made")
    if any((h.start, h.end) == span for h in notes.highlights(article_id=article_id)):
        return None, Message("the selected text was highlighted already")
    try:
        made = notes.add_highlight(article_id=article_id, start=span[0], end=span[1]).value
    except BadSelection as error:
        return None, error.message
    return made.id, Message("the selected text is highlight {id}", id=made.id)


def selection_span(body: str, selection: str) -> tuple[int, int] | None:
    """Where a browser's selection is in an article's text: as written (apostrophes,
    quotation marks, dashes and spaces of any kind counted alike), or else with every
    run of white space counted alike (a selection across paragraphs has other line
    breaks than the article); the first occurrence."""
    selection = selection.strip()
    spans, _ = quote_spans(body, selection)
    if spans:
        return spans[0]
    words = selection.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), body)
    return (found.start(), found.end()) if found else None

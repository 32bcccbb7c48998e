"""Finding an article's highlights again after its text changed."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.core.anchoring import AnchorStatus, resolve
from app.core.messages import Message
from app.store import highlights as highlight_store


@dataclass(frozen=True)
class ReanchorReport:
    """How an article's highlights fared against its new text."""

    exact: int = 0
    moved: int = 0
    fuzzy: int = 0
    orphaned: int = 0

    @property
    def message(self) -> Message:
        return Message("highlights: {exact} in place, {moved} moved, {fuzzy} approximate, {orphaned} orphaned",
                       exact=self.exact, moved=self.moved, fuzzy=self.fuzzy, orphaned=self.orphaned)

    def __str__(self) -> str:
        return str(self.message)


def reanchor(db: sqlite_utils.Database, article_id: int, body: str) -> ReanchorReport:
    """Resolve every highlight of an article against `body` and record where each landed
    (orphans keep their old position). Call inside a write transaction."""
    counts = {status: 0 for status in AnchorStatus}
    for highlight in highlight_store.list_highlights(db, article_id=article_id):
        result = resolve(body, highlight.anchor)
        counts[result.status] += 1
        start = highlight.start if result.start is None else result.start
        end = highlight.end if result.end is None else result.end
        highlight_store.set_anchor(db, highlight.id, start=start, end=end, status=result.status, score=result.score)
    return ReanchorReport(counts[AnchorStatus.EXACT], counts[AnchorStatus.MOVED],
                          counts[AnchorStatus.FUZZY], counts[AnchorStatus.ORPHAN])

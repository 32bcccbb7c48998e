"""Finding an article's highlights again after its text changed."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.core.anchoring import AnchorStatus, resolve
from app.store import highlights as highlight_store


@dataclass(frozen=True)
class ReanchorReport:
    """How an article's highlights fared against its new text."""

    exact: int = 0
    moved: int = 0
    fuzzy: int = 0
    orphaned: int = 0

    def __str__(self) -> str:
        parts = [f"{self.moved} moved", f"{self.fuzzy} approximate", f"{self.orphaned} orphaned"]
        return f"highlights: {self.exact} in place, " + ", ".join(parts)


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

"""A highlight: an anchored passage of an article with its tags and note."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.anchoring import Anchor, AnchorStatus


@dataclass(frozen=True)
class Highlight:
    """`tags` are the names of its tags (in shortcut order), `tag_ids` their ids.
    `status` and `score` say how well its anchor matched the current text. `author` is
    the role of the team member who made it; None for a local library's owner."""

    article_id: int
    anchor: Anchor
    note: str = ""
    tag_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    status: AnchorStatus = AnchorStatus.EXACT
    score: float = 1.0
    id: int | None = None
    created_at: str | None = None
    modified_at: str | None = None
    author: str | None = None

    @property
    def start(self) -> int:
        return self.anchor.start

    @property
    def end(self) -> int:
        return self.anchor.end

    @property
    def quote(self) -> str:
        return self.anchor.exact

    @property
    def is_orphan(self) -> bool:
        return self.status is AnchorStatus.ORPHAN

"""How topics spread: highlights per tag, per tag and article, per tag and month."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.tags import Tag
from app.core.tasks import CancelToken, Progress, no_progress
from app.store.articles import get_article
from app.store.tags import list_tags, tag_article_counts

if TYPE_CHECKING:
    from app.store.library import Library


@dataclass(frozen=True)
class TopicStats:
    """Highlight counts; a month is "YYYY-MM", or "" for articles without a date."""

    tags: list[Tag]
    per_tag: dict[int, int]
    per_tag_article: dict[tuple[int, int], int]
    per_tag_month: dict[tuple[int, str], int]
    articles: dict[int, str]  # id → title, for the articles with tagged highlights


class TopicsCancelled(Exception):
    """The counting was cancelled before it ended."""


def topic_stats(library: Library, *, progress: Progress = no_progress,
                cancel: CancelToken | None = None) -> TopicStats:
    """Highlight counts per tag, per tag and article, per tag and month.

    `progress(done, total, title)` is called as article titles are read; a cancelled
    `cancel` raises TopicsCancelled (a partial count would mislead)."""
    db = library.database()
    pairs = tag_article_counts(db)
    per_tag, per_month = Counter(), Counter()
    for tag_id, _article_id, published, count in pairs:
        per_tag[tag_id] += count
        per_month[(tag_id, (published or "")[:7])] += count
    article_ids = sorted({article_id for _, article_id, _, _ in pairs})
    titles = {}
    for done, article_id in enumerate(article_ids, 1):
        if cancel is not None and cancel.cancelled:
            raise TopicsCancelled()
        titles[article_id] = get_article(db, article_id).title
        progress(done, len(article_ids), titles[article_id])
    return TopicStats(
        tags=list_tags(db), per_tag=dict(per_tag),
        per_tag_article={(tag_id, article_id): count for tag_id, article_id, _, count in pairs},
        per_tag_month=dict(per_month),
        articles=titles,
    )

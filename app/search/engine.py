"""Running a search plan against the library: ranked article ids, matching highlights."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.search.index import ARTICLE_INDEX, ARTICLE_SCORE, HIGHLIGHT_INDEX, HIGHLIGHT_SCORE
from app.search.query_plan import SearchPlan

_SUMMARY = "a.id, a.title, a.source, a.published, a.language"


@dataclass(frozen=True)
class RankedRow:
    article_id: int
    title: str
    source: str | None
    published: str | None
    language: str
    score: float | None


def hits_through_highlights(db: sqlite_utils.Database, plan: SearchPlan) -> bool:
    """Whether some highlight (its quote, note or tags) matches the query, so that
    articles must be ranked together with their highlights."""
    return bool(plan.match and plan.highlight_match and _any_highlight_matches(db, plan.highlight_match))


def ranked_articles(db: sqlite_utils.Database, plan: SearchPlan, *, limit: int, offset: int = 0,
                    through_highlights: bool = False,
                    id_range: tuple[int, int] | None = None) -> list[RankedRow]:
    """Up to `limit` articles matching `plan`, best first, skipping `offset`.

    Ranked by FTS5's bm25 (title above source above body); with `through_highlights`
    (see `hits_through_highlights`) an article also matches through one of its
    highlights. Filter-only queries come newest first. `id_range` (first, last)
    restricts a ranked search to a slice of the articles, so that slices can be ranked
    in parallel (see `splits_by_id`).
    """
    if plan.matches_nothing:
        return []
    if plan.match is None:
        sql = (f"SELECT {_SUMMARY}, NULL FROM articles a WHERE {plan.where} "
               "ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?")
        params = [*plan.params, limit, offset]
    elif through_highlights:
        sql = (
            f"SELECT {_SUMMARY}, min(hits.score) FROM ("
            f" SELECT rowid AS article_id, {ARTICLE_SCORE} AS score FROM {ARTICLE_INDEX}"
            f" WHERE {ARTICLE_INDEX} MATCH ?"
            f" UNION ALL"
            f" SELECT h.article_id, {HIGHLIGHT_SCORE} FROM {HIGHLIGHT_INDEX}"
            f" JOIN highlights h ON h.id = {HIGHLIGHT_INDEX}.rowid WHERE {HIGHLIGHT_INDEX} MATCH ?"
            f") hits JOIN articles a ON a.id = hits.article_id WHERE {plan.where} "
            "GROUP BY a.id ORDER BY min(hits.score), a.id LIMIT ? OFFSET ?"
        )
        params = [plan.match, plan.highlight_match, *plan.params, limit, offset]
    else:
        in_range, range_params = "", []
        if id_range is not None:
            in_range = f" AND {ARTICLE_INDEX}.rowid BETWEEN ? AND ?"
            range_params = list(id_range)
        if plan.where == "1":
            # Rank on the index alone and look up only the articles shown: joining
            # every match to its article first costs more than the ranking.
            sql = (f"SELECT {_SUMMARY}, hits.score FROM ("
                   f" SELECT rowid, {ARTICLE_SCORE} AS score FROM {ARTICLE_INDEX}"
                   f" WHERE {ARTICLE_INDEX} MATCH ?{in_range} ORDER BY score, rowid LIMIT ?"
                   ") hits JOIN articles a ON a.id = hits.rowid ORDER BY hits.score, a.id LIMIT -1 OFFSET ?")
            params = [plan.match, *range_params, limit + offset, offset]
        else:
            sql = (f"SELECT {_SUMMARY}, {ARTICLE_SCORE} AS score FROM {ARTICLE_INDEX} "
                   f"JOIN articles a ON a.id = {ARTICLE_INDEX}.rowid "
                   f"WHERE {ARTICLE_INDEX} MATCH ?{in_range} AND ({plan.where}) "
                   "ORDER BY score, a.id LIMIT ? OFFSET ?")
            params = [plan.match, *range_params, *plan.params, limit, offset]
    return [RankedRow(*row) for row in db.execute(sql, params)]


def splits_by_id(db: sqlite_utils.Database, plan: SearchPlan, parts: int, *,
                 min_span: int) -> list[tuple[int, int]] | None:
    """Id ranges that split a ranked search into `parts` slices of the library, or None
    when this search is not ranked or the ids span fewer than `min_span`. (A search
    with hits through highlights is ranked whole.)

    bm25 uses statistics of the whole index, so scores from different slices compare,
    and merging the best of each slice gives the best overall.
    """
    if plan.match is None or plan.matches_nothing or parts < 2:
        return None
    first, last = db.execute("SELECT min(id), max(id) FROM articles").fetchone()
    if first is None or last - first + 1 < min_span:
        return None
    step = (last - first + parts) // parts
    return [(low, min(low + step - 1, last)) for low in range(first, last + 1, step)]


def _any_highlight_matches(db: sqlite_utils.Database, expression: str) -> bool:
    row = db.execute(
        f"SELECT 1 FROM {HIGHLIGHT_INDEX} WHERE {HIGHLIGHT_INDEX} MATCH ? LIMIT 1", [expression]
    ).fetchone()
    return row is not None


def matching_highlight_ids(db: sqlite_utils.Database, plan: SearchPlan, article_ids: list[int]) -> list[int]:
    """The highlights of these articles that match the query's words or carry a queried tag."""
    if not article_ids or (plan.highlight_match is None and not plan.tag_keys):
        return []
    conditions, params = [], []
    if plan.highlight_match:
        conditions.append(
            f"h.id IN (SELECT rowid FROM {HIGHLIGHT_INDEX} WHERE {HIGHLIGHT_INDEX} MATCH ?)"
        )
        params.append(plan.highlight_match)
    if plan.tag_keys:
        conditions.append(
            "h.id IN (SELECT ht.highlight_id FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id "
            f"WHERE t.name_key IN ({','.join('?' * len(plan.tag_keys))}))"
        )
        params.extend(plan.tag_keys)
    articles = ",".join("?" * len(article_ids))
    rows = db.execute(
        f"SELECT h.id FROM highlights h WHERE h.article_id IN ({articles}) AND ({' OR '.join(conditions)}) "
        "ORDER BY h.article_id, h.start_offset",
        [*article_ids, *params],
    )
    return [row[0] for row in rows]

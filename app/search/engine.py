"""Running a search plan against the library: ranked article ids, matching highlights."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.search import team_search
from app.search.index import ARTICLE_INDEX, ARTICLE_SCORE, HIGHLIGHT_INDEX, HIGHLIGHT_SCORE
from app.search.query_plan import NO_FILTER, TEXT_MATCHES, SearchPlan
from app.store.team import is_team_database

_SUMMARY = "a.id, a.title, a.source, a.published, a.language"


@dataclass(frozen=True)
class RankedRow:
    article_id: int
    title: str
    source: str | None
    published: str | None
    language: str
    score: float | None


def ranked_articles(db: sqlite_utils.Database, plan: SearchPlan, *, limit: int, offset: int = 0,
                    id_range: tuple[int, int] | None = None) -> list[RankedRow]:
    """Up to `limit` articles whose text matches `plan`, best first, skipping `offset`.

    Ranked by FTS5's bm25 (title above source above body); filter-only queries come
    newest first. `id_range` (first, last) restricts a ranked search to a slice of the
    articles, so that slices can be ranked in parallel (see `splits_by_id`). Matches
    through highlights are added by the caller (see `highlight_scores`).
    """
    if plan.matches_nothing:
        return []
    if is_team_database(db):
        return [RankedRow(*row) for row in team_search.ranked_articles(
            db, plan, limit=limit, offset=offset, id_range=id_range, summary=_SUMMARY, text_match=TEXT_MATCHES)]
    if plan.match is None:
        sql = (f"SELECT {_SUMMARY}, NULL FROM articles a WHERE {plan.where} "
               "ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?")
        return [RankedRow(*row) for row in db.execute(sql, [*plan.params, limit, offset])]
    in_range, range_params = "", []
    if id_range is not None:
        in_range, range_params = f" AND {ARTICLE_INDEX}.rowid BETWEEN ? AND ?", list(id_range)
    # Rank on the index alone and look up only the articles shown: joining every match
    # to its (long) article row costs more than the ranking. Filters on the articles
    # become a set of ids, read from the articles' indexes.
    filtered, filter_params = "", []
    if plan.where != NO_FILTER:
        filtered = f" AND +rowid IN (SELECT a.id FROM articles a WHERE {plan.where})"
        filter_params = list(plan.params)
    sql = (f"SELECT {_SUMMARY}, hits.score FROM ("
           f" SELECT rowid, {ARTICLE_SCORE} AS score FROM {ARTICLE_INDEX}"
           f" WHERE {ARTICLE_INDEX} MATCH ?{in_range}{filtered} ORDER BY score, rowid LIMIT ?"
           ") hits JOIN articles a ON a.id = hits.rowid ORDER BY hits.score, a.id LIMIT -1 OFFSET ?")
    params = [plan.match, *range_params, *filter_params, limit + offset, offset]
    return [RankedRow(*row) for row in db.execute(sql, params)]


def highlight_scores(db: sqlite_utils.Database, plan: SearchPlan) -> dict[int, float]:
    """For each article (passing the query's filters) with a highlight whose quote, note or
    tags match, the best bm25 score among its matching highlights."""
    if plan.match is None or plan.matches_nothing or not plan.highlight_match:
        return {}
    if is_team_database(db):
        return dict(team_search.highlight_scores(db, plan, text_match=TEXT_MATCHES))
    rows = db.execute(
        f"SELECT h.article_id, {HIGHLIGHT_SCORE} FROM {HIGHLIGHT_INDEX}"
        f" JOIN highlights h ON h.id = {HIGHLIGHT_INDEX}.rowid JOIN articles a ON a.id = h.article_id"
        f" WHERE {HIGHLIGHT_INDEX} MATCH ? AND ({plan.where})",
        [plan.highlight_match, *plan.params],
    )
    best: dict[int, float] = {}
    for article_id, score in rows:  # grouped here: SQLite refuses bm25() under an aggregate
        best[article_id] = min(score, best.get(article_id, score))
    return best


def summaries(db: sqlite_utils.Database, article_ids: list[int]) -> dict[int, RankedRow]:
    """The list fields of these articles, by id (score left empty)."""
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    rows = db.execute(f"SELECT {_SUMMARY}, NULL FROM articles a WHERE a.id IN ({marks})", article_ids)
    return {row[0]: RankedRow(*row) for row in rows}


def splits_by_id(db: sqlite_utils.Database, plan: SearchPlan, parts: int, *,
                 min_span: int) -> list[tuple[int, int]] | None:
    """Id ranges that split a ranked search into `parts` slices of the library, or None
    when this search is not ranked or the ids span fewer than `min_span`.

    bm25 uses statistics of the whole index, so scores from different slices compare,
    and merging the best of each slice gives the best overall.
    """
    if plan.match is None or plan.matches_nothing or parts < 2 or is_team_database(db):
        return None  # a team library's server plans its own parallel scans
    # Two subqueries: SQLite answers each from the end of the table, but "min(id), max(id)"
    # in one select by scanning every row.
    first, last = db.execute("SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)").fetchone()
    if first is None or last - first + 1 < min_span:
        return None
    step = (last - first + parts) // parts
    return [(low, min(low + step - 1, last)) for low in range(first, last + 1, step)]


def matching_highlight_ids(db: sqlite_utils.Database, plan: SearchPlan, article_ids: list[int]) -> list[int]:
    """The highlights of these articles that match the query's words or carry a queried tag."""
    if not article_ids or (plan.highlight_match is None and not plan.tag_keys):
        return []
    conditions, params = [], []
    if plan.highlight_match and is_team_database(db):
        condition, values = team_search.highlights_matching(plan)
        conditions.append(condition)
        params.extend(values)
    elif plan.highlight_match:
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

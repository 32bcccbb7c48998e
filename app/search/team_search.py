"""Search in a team library (PostgreSQL): the same analysed terms and the same plans as
the local library's FTS5 index, kept as `tsvector` columns beside the rows and matched
with `tsquery` literals written from the plan's match expression.

Weights stand for FTS5's columns: title and headings A, source B, body D in an
article; tags A, quote and note B in a highlight. Ranked with `ts_rank` (scores negated,
so that lower is better, as bm25's are)."""

from __future__ import annotations

import re

from app.search.tantivy_query import MatchTranslator
from app.store.postgres.search_vector import vector_literal

ARTICLE_WEIGHTS = {"title": "A", "headings": "A", "source": "B", "body": "D"}
HIGHLIGHT_WEIGHTS = {"tags": "A", "quote": "B", "note": "B"}
# ts_rank's weights are given as {D, C, B, A}: title 10, source 4, body 1 (FTS5's bm25
# weights, scaled to 1); tags 4 above quote and note 2. Normalisation 1 divides by
# 1 + the log of the document's length, as bm25 favours shorter texts.
ARTICLE_WEIGHTS_RANKED = "'{0.1, 0, 0.4, 1}'"
HIGHLIGHT_WEIGHTS_RANKED = "'{0, 0, 0.5, 1}'"


def _rank(weights: str, vector: str, query: str) -> str:
    return f"ts_rank({weights}, {vector}, {query}, 1)"


def article_vector(*, title: str, headings: str, source: str, body: str) -> str:
    """The tsvector literal of an article's analysed terms, field by field."""
    return vector_literal([("A", title), ("A", headings), ("B", source), ("D", body)])


def highlight_vector(*, quote: str, note: str, tags: str) -> str:
    return vector_literal([("A", tags), ("B", quote), ("B", note)])


class _TsqueryWriter(MatchTranslator):
    """The parser of `MatchTranslator`, writing a tsquery literal instead of a Tantivy query."""

    def __init__(self, text: str, weights: dict[str, str]) -> None:
        super().__init__(None, None, text, {name: 1.0 for name in weights})
        self._weights = weights

    def _any(self, parts) -> str:
        return "(" + " | ".join(parts) + ")"

    def _all(self, parts) -> str:
        return "(" + " & ".join(parts) + ")"

    def _but(self, first, banned) -> str:
        return "(" + " & ".join([first] + [f"!{part}" for part in banned]) + ")"

    def _words(self, words: list[str], fields, prefix: bool) -> str:
        weights = "".join(sorted({self._weights[name] for name in fields}))
        if set(weights) >= set(self._weights.values()):
            weights = ""
        last = len(words) - 1
        terms = [_quoted(word) + _label(prefix and at == last, weights) for at, word in enumerate(words)]
        return terms[0] if len(terms) == 1 else "(" + " <-> ".join(terms) + ")"


def _label(prefix: bool, weights: str) -> str:
    mark = ("*" if prefix else "") + weights
    return f":{mark}" if mark else ""


def _quoted(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def article_tsquery(match: str) -> str:
    """The tsquery literal of an FTS5 match expression over the article index."""
    return _TsqueryWriter(match, ARTICLE_WEIGHTS).query()


def highlight_tsquery(match: str) -> str:
    return _TsqueryWriter(match, HIGHLIGHT_WEIGHTS).query()


_PLACEHOLDER = re.compile(r"\?")


def team_filter(where: str, params: tuple, text_match: str) -> tuple[str, list]:
    """A plan's SQL filter with each `text_match` (the plan's FTS5 subquery over the
    article index, taking its match expression as a parameter) written as a match of
    the articles' vectors, its parameter as a tsquery literal."""
    pieces = where.split(text_match)
    out, values, at = [], [], 0
    for position, piece in enumerate(pieces):
        count = len(_PLACEHOLDER.findall(piece))
        out.append(piece)
        values.extend(params[at:at + count])
        at += count
        if position < len(pieces) - 1:
            out.append("a.search @@ CAST(? AS tsquery)")
            values.append(article_tsquery(params[at]))
            at += 1
    return "".join(out), values


def ranked_articles(db, plan, *, limit: int, offset: int, id_range: tuple[int, int] | None,
                    summary: str, text_match: str) -> list[tuple]:
    """The rows `app.search.engine.ranked_articles` gives, from a team library."""
    where, params = team_filter(plan.where, plan.params, text_match)
    if plan.match is None:
        return db.execute(f"SELECT {summary}, NULL FROM articles a WHERE {where} "
                          "ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?",
                          [*params, limit, offset]).fetchall()
    in_range, range_params = "", []
    if id_range is not None:
        in_range, range_params = " AND a.id BETWEEN ? AND ?", list(id_range)
    rank = _rank(ARTICLE_WEIGHTS_RANKED, "a.search", "q.query")
    return db.execute(
        f"SELECT {summary}, -{rank} AS score FROM articles a, (SELECT CAST(? AS tsquery) AS query) q "
        f"WHERE a.search @@ q.query{in_range} AND ({where}) ORDER BY score, a.id LIMIT ? OFFSET ?",
        [article_tsquery(plan.match), *range_params, *params, limit, offset]).fetchall()


def highlight_scores(db, plan, *, text_match: str) -> list[tuple[int, float]]:
    where, params = team_filter(plan.where, plan.params, text_match)
    rank = _rank(HIGHLIGHT_WEIGHTS_RANKED, "h.search", "q.query")
    return db.execute(
        f"SELECT h.article_id, min(-{rank}) FROM highlights h JOIN articles a ON a.id = h.article_id, "
        f"(SELECT CAST(? AS tsquery) AS query) q WHERE h.search @@ q.query AND ({where}) GROUP BY h.article_id",
        [highlight_tsquery(plan.highlight_match), *params]).fetchall()


def highlights_matching(plan) -> tuple[str, list]:
    """The condition on highlights `h` matching the plan's words, and its parameter."""
    return "h.search @@ CAST(? AS tsquery)", [highlight_tsquery(plan.highlight_match)]

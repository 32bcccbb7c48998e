"""Searching the library: parse, plan, rank, and cut snippets for the page shown."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from app.core.article import ArticleSummary
from app.core.search import HighlightHit, SearchHit, SearchPage
from app.core.tasks import CancelToken, Progress, no_progress
from app.search.engine import (
    RankedRow,
    highlight_scores,
    matching_highlight_ids,
    ranked_articles,
    splits_by_id,
    summaries,
)
from app.core.messages import Message
from app.search.query_parser import parse_query
from app.search.query_plan import NO_FILTER, RELATED_WORDS_BELOW, SearchPlan, compile_query
from app.search.snippets import make_snippets, matched_spans
from app.services.indexing import rebuild_index
from app.store.articles import bodies, get_article
from app.store.errors import IndexDamaged, is_index_damage
from app.store.highlights import get_highlights
from app.store.stories import leads_of, members_of_leads

if TYPE_CHECKING:
    from app.store.library import Library


PARALLEL_FROM_ARTICLES = 20_000
"""From this size on, ranking is split across the processor's cores."""


class SearchService:
    """Keyword search over a library's articles and highlights."""

    def __init__(self, library: Library, *, parallel_from: int = PARALLEL_FROM_ARTICLES,
                 parts: int | None = None, related_below: int = RELATED_WORDS_BELOW) -> None:
        self._library = library
        self._related_below = related_below
        self._parallel_from = parallel_from
        self._parts = parts or min(os.cpu_count() or 1, 4)
        self._executor: ThreadPoolExecutor | None = None

    def plan(self, query: str) -> SearchPlan:
        """Parse and compile `query`; raises `QuerySyntaxError` saying what is wrong and where."""
        return compile_query(parse_query(query), db=self._library.database(), text=query,
                             related_below=self._related_below)

    def search(self, query: str, *, limit: int = 20, offset: int = 0, snippets: bool = True) -> SearchPage:
        """One page of hits for `query`, best first, each with up to three snippets.

        A damaged index is rebuilt from the library and the search run again."""
        try:
            return self._search(query, limit=limit, offset=offset, snippets=snippets)
        except sqlite3.DatabaseError as error:
            if not is_index_damage(error):
                raise
            self._repair_index()
            return self._search(query, limit=limit, offset=offset, snippets=snippets)

    def _repair_index(self) -> None:
        if self._library.read_only:
            raise IndexDamaged(self._library.database_path,
                               Message("the search index is damaged, and a read-only library cannot "
                                       "rebuild it")) from None
        rebuild_index(self._library)

    def _search(self, query: str, *, limit: int, offset: int, snippets: bool) -> SearchPage:
        db = self._library.database()
        plan = self.plan(query)
        rows, copies = self._ranked_stories(db, plan, limit=limit + 1, offset=offset)
        has_more, rows = len(rows) > limit, rows[:limit]
        leads = leads_of(db, [row.article_id for row in rows])
        outlets = members_of_leads(db, set(leads.values()))
        highlights_by_article: dict[int, list[HighlightHit]] = {}
        matched_ids = [r.article_id for r in rows] + [c for r in rows for c in copies.get(r.article_id, ())]
        for row in get_highlights(db, matching_highlight_ids(db, plan, matched_ids)):
            shown_as = next((r.article_id for r in rows if row.article_id in copies.get(r.article_id, ())),
                            row.article_id)
            highlights_by_article.setdefault(shown_as, []).append(
                HighlightHit(id=row.id, quote=row.quote, note=row.note, tags=row.tags)
            )
        wanted_texts = snippets and (plan.terms or plan.prefixes) or plan.related
        texts = bodies(db, [row.article_id for row in rows]) if wanted_texts else {}
        hits = []
        for row in rows:
            summary = ArticleSummary(row.article_id, row.title, row.source, row.published, row.language)
            cut = ()
            if snippets and row.article_id in texts:
                cut = tuple(make_snippets(texts[row.article_id], row.language, plan.terms, plan.prefixes))
            also_in = tuple(member for member in outlets.get(leads.get(row.article_id), ())
                            if member[0] != row.article_id)
            hits.append(SearchHit(summary, row.score, cut, tuple(highlights_by_article.get(row.article_id, ())),
                                  also_in))
        return SearchPage(query=query, hits=tuple(hits), offset=offset, has_more=has_more,
                          also_searched=_as_written(plan, rows, texts))

    def _ranked_stories(self, db, plan: SearchPlan, *, limit: int,
                        offset: int) -> tuple[list[RankedRow], dict[int, list[int]]]:
        """The ranked articles with the copies of one story collapsed into its best-ranked
        one, and for each hit kept the copies that ranked below it. Ranks more rows until
        `offset + limit` stories are found or no more articles match."""
        wanted = asked = offset + limit
        while True:
            rows = self._ranked(db, plan, limit=asked, offset=0)
            leads = leads_of(db, [row.article_id for row in rows])
            best: dict[int, RankedRow] = {}
            copies: dict[int, list[int]] = {}
            for row in rows:
                lead = leads.get(row.article_id, row.article_id)
                if lead in best:
                    copies.setdefault(best[lead].article_id, []).append(row.article_id)
                else:
                    best[lead] = row
            if len(best) >= wanted or len(rows) < asked:
                return list(best.values())[offset:offset + limit], copies
            asked *= 4

    def _ranked(self, db, plan: SearchPlan, *, limit: int, offset: int) -> list[RankedRow]:
        """The articles ranked by their text, then with the articles whose highlights match
        merged in: an article's score is the best of its text's and its highlights'.

        Only the best `offset + limit` by text can end on this page, so only those are
        ranked with the highlights. In a large library the text is ranked in slices, in
        parallel threads (SQLite releases the interpreter lock while it works)."""
        wanted = offset + limit
        through_highlights = highlight_scores(db, plan)
        # Highlights are scored by FTS5's bm25: the text is too when they are merged, so
        # that both are on one scale (Tantivy's BM25 is not FTS5's).
        by_text = self._ranked_by_text(db, plan, wanted, derived_allowed=not through_highlights)
        if not through_highlights:
            return by_text[offset:offset + limit]
        rows = {row.article_id: row for row in by_text}
        scores = {row.article_id: row.score for row in by_text}
        for article_id, score in through_highlights.items():
            scores[article_id] = min(score, scores.get(article_id, score))
        best = sorted(scores, key=lambda article_id: (scores[article_id], article_id))[offset:offset + limit]
        rows.update(summaries(db, [article_id for article_id in best if article_id not in rows]))
        return [dataclasses.replace(rows[article_id], score=scores[article_id]) for article_id in best]

    def _ranked_by_text(self, db, plan: SearchPlan, wanted: int, *, derived_allowed: bool = True) -> list[RankedRow]:
        derived = self._library.derived_index if derived_allowed else None
        if derived is not None and plan.match is not None and not plan.matches_nothing and derived.ready(db):
            return self._ranked_by_derived_index(db, derived, plan, wanted)
        ranges = splits_by_id(db, plan, self._parts, min_span=self._parallel_from)
        if not ranges:
            return ranked_articles(db, plan, limit=wanted)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._parts, thread_name_prefix="carnet-search")
        slices = self._executor.map(
            lambda id_range: ranked_articles(self._library.database(), plan, limit=wanted, id_range=id_range),
            ranges,
        )
        return sorted((row for rows in slices for row in rows), key=lambda row: (row.score, row.article_id))[:wanted]

    @staticmethod
    def _ranked_by_derived_index(db, derived, plan: SearchPlan, wanted: int) -> list[RankedRow]:
        """The text ranking through the derived Tantivy index (current: `ready` just
        said so), the articles' filters as a set of ids read from the library."""
        allowed = None
        if plan.where != NO_FILTER:
            allowed = [row[0] for row in db.execute(f"SELECT a.id FROM articles a WHERE {plan.where}", plan.params)]
            if not allowed:
                return []
        hits = derived.ranked_ids(plan.match, limit=wanted, allowed=allowed)
        rows = summaries(db, [article_id for article_id, _ in hits])
        return [dataclasses.replace(rows[article_id], score=score) for article_id, score in hits if article_id in rows]

    def match_spans(self, article_id: int, query: str) -> list[tuple[int, int]]:
        """Where the query's words occur in an article's body (code points, end exclusive)."""
        plan = self.plan(query)
        article = get_article(self._library.database(), article_id)
        if article is None:
            return []
        return matched_spans(article.body, article.language, plan.terms, plan.prefixes)

    def reindex(self, *, progress: Progress = no_progress, cancel: CancelToken | None = None) -> int:
        """Rebuild the search index from the library; returns the number of articles."""
        return rebuild_index(self._library, progress=progress, cancel=cancel)


def _as_written(plan: SearchPlan, rows: list[RankedRow], texts: dict[int, str]) -> tuple[str, ...]:
    """The related words of the plan as the hits shown write them (accents and all),
    or as the library's word list holds them when no hit shown does; none without hits."""
    if not rows:
        return ()
    written = []
    for word, forms in plan.related:
        found = word
        for row in rows:
            spans = matched_spans(texts[row.article_id], row.language, forms) if row.article_id in texts else []
            if spans:
                found = texts[row.article_id][spans[0][0]:spans[0][1]].lower()
                break
        written.append(found)
    return tuple(dict.fromkeys(written))

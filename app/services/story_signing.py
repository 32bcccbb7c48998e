"""Signing articles for stories: the MinHash signature and LSH bands of each article,
stored in the transaction that stores it, and its grouping with the copies already there."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

import sqlite_utils

from app.core.near_duplicates import Signature, best_match, signature
from app.core.tasks import CancelToken, Progress, no_progress
from app.search.analysis import index_language
from app.search.bulk_analysis import index_terms
from app.store import stories as story_store
from app.store.database import write_transaction

if TYPE_CHECKING:
    from app.store.library import Library

SIGN_BATCH = 100
SIGN_SECONDS = 0.1


def analysed_terms(body: str, language: str) -> list[str]:
    """The terms of `body` as the search index analyses it (folded, stemmed, stop words out)."""
    return index_terms(body, index_language(language))


def sign_article(db: sqlite_utils.Database, article_id: int, terms: Sequence[str], *,
                 group: bool = True) -> int | None:
    """Store the signature of a new article, and with `group` make it a copy of the
    story of its most similar article when that one is similar enough; return that
    story's lead, or None. Call inside the write transaction that stored the article."""
    found = signature(terms)
    lead = group_article(db, article_id, found) if found is not None and group else None
    story_store.save_signature(db, article_id, found)
    return lead


def group_article(db: sqlite_utils.Database, article_id: int, found: Signature) -> int | None:
    """Make the article a copy in the story of its most similar article among those
    sharing a band with its signature `found`, if similar enough; return that story's
    lead, or None."""
    match = best_match(found, story_store.candidates(db, found, leaving_out=article_id))
    lead = story_store.lead_of(db, match[0]) if match is not None else None
    if lead is None or lead == article_id:
        return None
    story_store.set_story(db, [article_id], lead)
    return lead


def sign_unsigned(library: Library, *, progress: Progress = no_progress,
                  cancel: CancelToken | None = None) -> int:
    """Sign (and group) the articles stored before stories existed, oldest first, in
    short transactions of at most `SIGN_BATCH` articles or about `SIGN_SECONDS`;
    cancelling leaves the rest for the next time. Returns how many were signed."""
    db = library.database()
    total = story_store.count_unsigned(db)
    done = 0
    while done < total and not (cancel is not None and cancel.cancelled):
        started = time.monotonic()
        with write_transaction(db):
            rows = story_store.unsigned_articles(db, limit=SIGN_BATCH)
            for article_id, body, language in rows:
                sign_article(db, article_id, analysed_terms(body, language))
                done += 1
                if time.monotonic() - started >= SIGN_SECONDS:
                    break
        if not rows:
            break
        progress(done, total, "Grouping copies into stories")
    return done

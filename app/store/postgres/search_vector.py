"""Search vectors of the team library, made of the terms Carnet's own analysis computed
(`app.search.bulk_analysis.index_text`): written as a `tsvector` literal, so PostgreSQL
stores the terms as they are and analyses nothing again."""

from __future__ import annotations

from typing import Iterable

MAX_POSITION = 16383
"""PostgreSQL keeps positions up to this one; later terms are all stored at it."""
MAX_POSITIONS_PER_TERM = 256
"""And at most this many positions of one term."""


def vector_literal(fields: Iterable[tuple[str, str]]) -> str:
    """The tsvector literal of `(weight, terms)` pairs, `terms` joined by spaces, in the
    order the fields are read (title, headings, source, body): positions run on from one
    field to the next, one apart, so that a phrase never matches across two fields."""
    positions: dict[str, list[str]] = {}
    position = 0
    for weight, terms in fields:
        for term in terms.split():
            position += 1
            kept = positions.setdefault(term, [])
            if len(kept) < MAX_POSITIONS_PER_TERM:
                kept.append(f"{min(position, MAX_POSITION)}{weight}")
        position += 1
    return " ".join(f"{_quoted(term)}:{','.join(places)}" for term, places in positions.items())


def _quoted(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"

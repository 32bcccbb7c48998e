"""Expanding fuzzy (`word~`) and wildcard (`wo?d*`) terms against the library's words.

The words are folded but not stemmed: a typo is compared with what was written, not
with a stem ("investisement" is one edit from "investissement", three from "invest").
"""

from __future__ import annotations

import fnmatch
import re

import sqlite_utils
from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton

MAX_EXPANSIONS = 200


def fuzzy_words(db: sqlite_utils.Database, word: str, *, max_distance: int, prefix: int = 1) -> list[str]:
    """Library words within `max_distance` edits of `word`, sharing its first `prefix` letters.

    Walks Whoosh's Levenshtein automaton over the sorted word table, so only words that
    can still match are visited.
    """
    automaton = levenshtein_automaton(word, max_distance, prefix=min(prefix, len(word))).to_dfa()

    def first_at_or_after(key: str) -> str | None:
        # The automaton asks for the word after a match as the match and a NUL character,
        # which PostgreSQL's text cannot hold: the first word after the match is the same.
        comparison, key = ("> ", key.split("\0", 1)[0]) if "\0" in key else (">= ", key)
        row = db.execute(
            f"SELECT word FROM search_words WHERE word {comparison}? ORDER BY word LIMIT 1", [key]
        ).fetchone()
        return row[0] if row else None

    matches = []
    for match in find_all_matches(automaton, first_at_or_after):
        matches.append(match)
        if len(matches) >= MAX_EXPANSIONS:
            break
    return matches


def wildcard_words(db: sqlite_utils.Database, pattern: str) -> list[str]:
    """Library words matching a pattern with `*` (any run) and `?` (one character)."""
    literal_prefix = re.split(r"[*?]", pattern, maxsplit=1)[0]
    matcher = re.compile(fnmatch.translate(pattern))
    rows = db.execute(
        "SELECT word FROM search_words WHERE word >= ? AND word < ? ORDER BY word",
        [literal_prefix, literal_prefix + "\U0010ffff"],
    )
    matches = [word for (word,) in rows if matcher.match(word)]
    return matches[:MAX_EXPANSIONS]

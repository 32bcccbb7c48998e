"""What the team library's search needs beside the vectors: the words fuzzy and wildcard
terms expand against, and the analyser that made the terms."""

from __future__ import annotations

import json
from typing import Iterable

import psycopg


def add_words(connection: psycopg.Connection, words: Iterable[str]) -> None:
    connection.execute("INSERT INTO search_words (word) SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING",
                       [sorted(words)])


def record_analysers(connection: psycopg.Connection, analysers: Iterable[str], *, version: int) -> None:
    """Record the analyser version and add `analysers` to those in use."""
    row = connection.execute("SELECT value FROM search_state WHERE key = 'analysers'").fetchone()
    known = set(json.loads(row[0])) if row else set()
    for key, value in (("analysers", json.dumps(sorted(known | set(analysers)))),
                       ("analyser_version", str(version))):
        connection.execute("INSERT INTO search_state (key, value) VALUES (%s, %s) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

"""The search tables inside the library and the writes that keep them in step.

Every function here runs inside the caller's write transaction, next to the store
write it mirrors, so the index can never disagree with the library.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Iterable

import sqlite_utils

from app.core.structure import HEADING, marks_from_extras
from app.search.analysis import ANALYSER_VERSION, index_language
from app.search.bulk_analysis import chunk_words, index_text
from app.search.team_search import article_vector, highlight_vector
from app.store.errors import is_index_damage
from app.store.team import is_team_database

ARTICLE_INDEX = "article_index"
HIGHLIGHT_INDEX = "highlight_index"
ARTICLE_COLUMNS = ("title", "body", "source", "headings")
HIGHLIGHT_COLUMNS = ("quote", "note", "tags")
# Ranked with bm25 called with explicit column weights (title, body, source, headings;
# quote, note, tags): a word in a section heading weighs as one in the title.
ARTICLE_SCORE = f"bm25({ARTICLE_INDEX}, 10.0, 1.0, 4.0, 10.0)"
HIGHLIGHT_SCORE = f"bm25({HIGHLIGHT_INDEX}, 2.0, 2.0, 4.0)"

# The index holds analysed terms separated by spaces, so FTS5 only has to split on them.
_TOKENIZER = "unicode61 remove_diacritics 0"

_CREATE = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {ARTICLE_INDEX} USING fts5(
    {", ".join(ARTICLE_COLUMNS)}, tokenize = '{_TOKENIZER}');
CREATE VIRTUAL TABLE IF NOT EXISTS {HIGHLIGHT_INDEX} USING fts5(
    {", ".join(HIGHLIGHT_COLUMNS)}, tokenize = '{_TOKENIZER}');
CREATE TABLE IF NOT EXISTS search_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)
"""


def create_index_tables(db: sqlite_utils.Database) -> None:
    """Create the search tables if they are missing. Call inside a write transaction.
    (A team library's schema has its vectors from the start.)"""
    if is_team_database(db):
        return
    for statement in _CREATE.split(";"):
        db.execute(statement)


def indexed_version(db: sqlite_utils.Database) -> int | None:
    """The analyser version the index was built with, or None if it never was."""
    if "search_state" not in db.table_names():
        return None
    row = db.execute("SELECT value FROM search_state WHERE key = 'analyser_version'").fetchone()
    return int(row[0]) if row else None


def analysers_in_use(db: sqlite_utils.Database) -> set[str]:
    """The analysers ("fr", "en", "simple") that some indexed text was analysed with."""
    row = db.execute("SELECT value FROM search_state WHERE key = 'analysers'").fetchone()
    return set(json.loads(row[0])) if row else set()


def _record_analyser(db: sqlite_utils.Database, analyser: str, known: set[str]) -> None:
    known.add(analyser)
    db.execute(
        "INSERT INTO search_state (key, value) VALUES ('analysers', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [json.dumps(sorted(known))],
    )


def needs_rebuild(db: sqlite_utils.Database) -> bool:
    return rebuild_reason(db) is not None


def rebuild_reason(db: sqlite_utils.Database) -> str | None:
    """Why the index must be rebuilt before use, found cheaply: it is missing, was made
    by another analyser version, or does not hold one entry per article and highlight."""
    version = indexed_version(db)
    if version is None:
        return "the search index has not been built"
    if version != ANALYSER_VERSION:
        return "the search index was built by another version of Carnet"
    if is_team_database(db):
        return None  # its vectors are columns of the rows they index
    tables = set(db.table_names())
    if not {f"{ARTICLE_INDEX}_docsize", f"{HIGHLIGHT_INDEX}_docsize", "search_words"} <= tables:
        return "the search index is incomplete"
    for index, table in ((ARTICLE_INDEX, "articles"), (HIGHLIGHT_INDEX, "highlights")):
        indexed = db.execute(f"SELECT count(*), max(id) FROM {index}_docsize").fetchone()
        stored = db.execute(f"SELECT count(*), max(id) FROM {table}").fetchone()
        if indexed != stored:
            return f"the search index does not match the {table}"
    return None


def _reset_to_empty(db: sqlite_utils.Database, table: str, columns: tuple[str, ...]) -> None:
    """Give a damaged FTS5 table the storage of a new, empty one, so that FTS5 can open
    it again (and drop it): SQLite cannot drop a virtual table it cannot open."""
    db.execute(f"CREATE VIRTUAL TABLE temp.carnet_empty_index USING fts5({', '.join(columns)}, "
               f"tokenize = '{_TOKENIZER}')")
    for part in ("data", "idx", "content", "docsize", "config"):
        db.execute(f"DELETE FROM main.{table}_{part}")
        db.execute(f"INSERT INTO main.{table}_{part} SELECT * FROM temp.carnet_empty_index_{part}")
    db.execute("DROP TABLE temp.carnet_empty_index")


def damage(db: sqlite_utils.Database) -> str | None:
    """What FTS5's own integrity check finds wrong in the index (reads all of it)."""
    if is_team_database(db):
        return None
    for index in (ARTICLE_INDEX, HIGHLIGHT_INDEX):
        try:
            db.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorname", "").startswith("SQLITE_READONLY"):
                return None  # FTS5 checks through a write statement: a read-only library cannot
            return f"the search index is damaged ({index}: {error})"
    return None


def mark_built(db: sqlite_utils.Database) -> None:
    db.execute(
        "INSERT INTO search_state (key, value) VALUES ('analyser_version', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [str(ANALYSER_VERSION)],
    )


def drop_index_tables(db: sqlite_utils.Database) -> None:
    """Remove the search tables (before a rebuild), even when they are damaged."""
    if is_team_database(db):
        db.execute("UPDATE articles SET search = ''")
        db.execute("UPDATE highlights SET search = ''")
        db.execute("DELETE FROM search_words")
        db.execute("DELETE FROM search_state WHERE key = 'analysers'")
        return
    for table, columns in ((ARTICLE_INDEX, ARTICLE_COLUMNS), (HIGHLIGHT_INDEX, HIGHLIGHT_COLUMNS)):
        try:
            db.execute(f"DROP TABLE IF EXISTS {table}")
        except sqlite3.DatabaseError as error:
            if not is_index_damage(error):
                raise
            _reset_to_empty(db, table, columns)
            db.execute(f"DROP TABLE {table}")
    db.execute("DROP TABLE IF EXISTS search_words")
    if "search_state" in db.table_names():
        db.execute("DELETE FROM search_state WHERE key = 'analysers'")


def _analysed(text: str | None, language: str) -> str:
    return index_text(text, language)[0] if text else ""


class IndexWriter:
    """Indexes articles inside the caller's transaction, recording the words they use
    once per batch rather than once per article (most words recur)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._team = is_team_database(db)
        self._chunks: dict[str, set[bytes]] = {}
        self._analysers = analysers_in_use(db)

    def _analyser_for(self, language: str) -> str:
        analyser = index_language(language)
        if analyser not in self._analysers:
            _record_analyser(self._db, analyser, self._analysers)
        return analyser

    def add_article(self, article_id: int, *, title: str, body: str, source: str | None,
                    language: str, headings: str = "", replace: bool = True) -> str:
        """Index an article (`headings`: the text of its section headings, `headings_of`);
        `replace=False` skips removing an older entry (a new article). Returns the body's
        analysed terms, separated by spaces."""
        analyser = self._analyser_for(language)
        if replace:
            remove_article(self._db, article_id)
        title_terms, title_chunks = index_text(title, analyser)
        body_terms, body_chunks = index_text(body, analyser)
        source_terms, headings_terms = _analysed(source, analyser), _analysed(headings, analyser)
        if self._team:
            self._db.execute("UPDATE articles SET search = CAST(? AS tsvector) WHERE id = ?", [article_vector(
                title=title_terms, headings=headings_terms, source=source_terms, body=body_terms), article_id])
        else:
            self._db.execute(
                f"INSERT INTO {ARTICLE_INDEX} (rowid, title, body, source, headings) VALUES (?, ?, ?, ?, ?)",
                [article_id, title_terms, body_terms, source_terms, headings_terms],
            )
        chunks = self._chunks.setdefault(analyser, set())
        chunks.update(title_chunks)
        chunks.update(body_chunks)
        return body_terms

    def add_highlight(self, highlight_id: int, *, quote: str, note: str, tag_names: Iterable[str],
                      language: str) -> None:
        """Index a highlight: its quote, note and tag names."""
        analyser = self._analyser_for(language)
        tags = " ".join(tag_names)
        note_terms, note_chunks = index_text(note, analyser)
        tag_terms, tag_chunks = index_text(tags, analyser)
        if self._team:
            self._db.execute("UPDATE highlights SET search = CAST(? AS tsvector) WHERE id = ?", [highlight_vector(
                quote=_analysed(quote, analyser), note=note_terms, tags=tag_terms), highlight_id])
        else:
            remove_highlight(self._db, highlight_id)
            self._db.execute(
                f"INSERT INTO {HIGHLIGHT_INDEX} (rowid, quote, note, tags) VALUES (?, ?, ?, ?)",
                [highlight_id, _analysed(quote, analyser), note_terms, tag_terms],
            )
        chunks = self._chunks.setdefault(analyser, set())
        chunks.update(note_chunks)
        chunks.update(tag_chunks)

    def flush(self) -> None:
        """Record the words seen since the last flush. Call before the transaction commits.

        Fuzzy and wildcard terms expand against these folded, unstemmed words. Words stay
        after their article goes, and stop words are kept: expanding to a word that is
        not in the index finds nothing, which is harmless.
        """
        words = set().union(*(chunk_words(chunks, analyser) for analyser, chunks in self._chunks.items()))
        self._chunks.clear()
        if words:
            self._db.execute(
                "INSERT OR IGNORE INTO search_words (word) SELECT value FROM json_each(?)",
                [json.dumps(sorted(words), ensure_ascii=False)],
            )


def headings_of(body: str, extras: dict | None) -> str:
    """The text of an article's section headings (from its structure marks), a line each."""
    return "\n".join(body[mark.start:mark.end] for mark in marks_from_extras(extras, len(body))
                     if mark.kind == HEADING)


def index_article(db: sqlite_utils.Database, article_id: int, *, title: str, body: str,
                  source: str | None, language: str, headings: str = "") -> str:
    """Add or replace one article in the index; returns the body's analysed terms."""
    writer = IndexWriter(db)
    terms = writer.add_article(article_id, title=title, body=body, source=source, language=language,
                               headings=headings)
    writer.flush()
    return terms


def remove_article(db: sqlite_utils.Database, article_id: int) -> None:
    if is_team_database(db):
        return  # the vector goes with its row (and is written over when it stays)
    db.execute(f"DELETE FROM {ARTICLE_INDEX} WHERE rowid = ?", [article_id])


def index_highlight(db: sqlite_utils.Database, highlight_id: int, *, quote: str, note: str,
                    tag_names: Iterable[str], language: str) -> None:
    """Add or replace one highlight (its quote, note and tag names) in the index."""
    writer = IndexWriter(db)
    writer.add_highlight(highlight_id, quote=quote, note=note, tag_names=tag_names, language=language)
    writer.flush()


def remove_highlight(db: sqlite_utils.Database, highlight_id: int) -> None:
    if is_team_database(db):
        return
    db.execute(f"DELETE FROM {HIGHLIGHT_INDEX} WHERE rowid = ?", [highlight_id])

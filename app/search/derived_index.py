"""A Tantivy index of the articles' text kept beside `library.sqlite`, derived from the
library's own FTS5 index: what ranks searches (`CARNET_SEARCH_ENGINE=fts5` ranks them
with FTS5 alone).

Why beside FTS5 rather than instead of it: Tantivy ranks with block-max WAND, looking
only at the blocks of postings that can still reach the top k, where FTS5 scores
every matching row; FTS5 stays what the library is checked against, what read-only
libraries search (a Tantivy reader needs a lock file in its folder), and what
highlights, filters and word lists are answered from.

Soundness after any kill:
- SQLite triggers write the id of every inserted, changed or deleted article into
  `search_outbox`, in the same transaction as the change (whichever program, and
  whichever Carnet version, makes it); a rebuild of the FTS5 index writes id 0,
  "everything".
- The outbox is applied after each commit, before each search and on opening: its
  rows after the last one applied are read in one read transaction, each named article
  is deleted from Tantivy and added again from FTS5's analysed columns (so it is
  analysed by Carnet's own analyser, once), and the sequence number of the last row
  is committed in the same Tantivy commit, as a marker document. Applying a row twice
  gives the same index, so a kill at any point only means applying again.
- A search uses Tantivy only when the marker is at the outbox's newest row; otherwise
  (a commit not applied yet, another program applying, a read-only library) it
  searches FTS5, which holds every commit, and starts applying in the background: a
  search never waits for Tantivy, and a new article is found as soon as it is
  committed. The outbox keeps its last `KEPT` rows; an index further behind (or
  ahead: a restored backup) is rebuilt.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from app.search.index import ARTICLE_INDEX
from app.search.tantivy_query import MatchTranslator
from app.store.database import open_database
from app.store.errors import LibraryError
from app.store.team import is_team_database

if TYPE_CHECKING:
    import tantivy

FOLDER = "search-index"
KEPT = 5000
FIELDS = {"title": 10.0, "body": 1.0, "source": 4.0, "headings": 10.0}
"""Tantivy field → boost: the column weights of FTS5's bm25 in `app.search.index`."""
_BATCH = 500
APPLY_INTERVAL = 0.5
"""Seconds between two applications in the background (a search applies at once)."""
_MARKER_ID = 0

_OUTBOX = (
    "CREATE TABLE IF NOT EXISTS search_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS outbox_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO search_outbox (article_id) VALUES (NEW.id); END",
    "CREATE TRIGGER IF NOT EXISTS outbox_update AFTER UPDATE OF title, body, source, language ON articles BEGIN "
    "INSERT INTO search_outbox (article_id) VALUES (NEW.id); END",
    "CREATE TRIGGER IF NOT EXISTS outbox_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO search_outbox (article_id) VALUES (OLD.id); END",
    "CREATE TRIGGER IF NOT EXISTS outbox_trim AFTER INSERT ON search_outbox WHEN NEW.seq % 1000 = 0 BEGIN "
    f"DELETE FROM search_outbox WHERE seq <= NEW.seq - {KEPT}; END",
)


def available() -> bool:
    """Whether the `tantivy` package is installed."""
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


def has_outbox(db: sqlite_utils.Database) -> bool:
    if is_team_database(db):
        return False  # a team library's server answers its searches itself
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_outbox'").fetchone() is not None


def create_outbox(db: sqlite_utils.Database) -> None:
    """The outbox and the triggers that fill it, with a row asking for everything to be
    indexed. Call inside a write transaction."""
    fresh = not has_outbox(db)
    for statement in _OUTBOX:
        db.execute(statement)
    if fresh:
        request_rebuild(db)


def note_changed(db: sqlite_utils.Database, article_id: int) -> None:
    """Have the index take an article's indexed text again when only what the triggers do
    not watch changed (its structure marks, hence its headings). In the write transaction."""
    if has_outbox(db):
        db.execute("INSERT INTO search_outbox (article_id) VALUES (?)", [article_id])


def request_rebuild(db: sqlite_utils.Database) -> None:
    """Ask for the whole index to be made again (inside the transaction that rebuilds FTS5)."""
    if has_outbox(db):
        db.execute("INSERT INTO search_outbox (article_id) VALUES (0)")


def _schema() -> tantivy.Schema:
    import tantivy
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("id", stored=True, indexed=True, fast=True)
    builder.add_unsigned_field("applied", stored=True)
    for name in FIELDS:
        # The text is analysed already (terms separated by spaces, as FTS5 holds it).
        builder.add_text_field(name, tokenizer_name="whitespace")
    return builder.build()


_OPEN: dict[str, DerivedIndex] = {}
_OPEN_LOCK = threading.Lock()


def derived_index_of(folder: Path) -> DerivedIndex:
    """The derived index of the library in `folder`, one per process (Tantivy lets one
    writer in at a time, across processes and within one)."""
    key = str(folder.resolve())
    with _OPEN_LOCK:
        if key not in _OPEN:
            _OPEN[key] = DerivedIndex(folder)
        return _OPEN[key]


class DerivedIndex:
    """The Tantivy index of one library folder, shared by the threads of this process."""

    def __init__(self, folder: Path) -> None:
        import tantivy
        self.path = folder / FOLDER
        self.path.mkdir(exist_ok=True)
        self._tantivy = tantivy
        self._schema = _schema()
        try:
            self._index = tantivy.Index(self._schema, path=str(self.path), reuse=True)
        except ValueError:  # made with other fields (an older Carnet): made again, from FTS5
            shutil.rmtree(self.path)
            self.path.mkdir()
            self._index = tantivy.Index(self._schema, path=str(self.path), reuse=True)
        self._index.register_tokenizer("whitespace", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        self._index.config_reader(reload_policy="manual")
        self._lock = threading.RLock()
        self._applied: int | None = None
        self._writer: tantivy.IndexWriter | None = None
        self._database = folder / "library.sqlite"
        self._wanted = threading.Event()
        self._applier: threading.Thread | None = None
        self._stopping = False
        self._stopped = threading.Event()  # wakes the applier from its pause to stop

    def apply_soon(self) -> None:
        """Apply the outbox in the background (after a commit): the commits made while one
        application runs are applied together by the next, so a writer never waits for
        Tantivy. A search meanwhile ranks with FTS5 (`ready`)."""
        with self._lock:
            if self._applier is None and not self._stopping:
                self._applier = threading.Thread(target=self._apply_when_wanted, name="carnet-derived-index",
                                                 daemon=True)
                self._applier.start()
                atexit.register(self.release)
        self._wanted.set()

    def _apply_when_wanted(self) -> None:
        while not self._stopping:
            self._wanted.wait()
            self._wanted.clear()
            if self._stopping:
                break
            self._apply_with_own_connection()
            # A Tantivy commit costs tens of milliseconds whatever it holds: during an
            # import, apply a few times a second, not after each of its commits.
            self._stopped.wait(APPLY_INTERVAL)

    def _apply_with_own_connection(self) -> None:
        try:
            db = open_database(self._database, read_only=True)
        except LibraryError:
            return
        try:
            self.is_current(db)
        finally:
            db.close()

    # ------------------------------------------------------------ keeping it current

    def applied(self) -> int:
        """The outbox row up to which this index holds the library (-1: never built)."""
        with self._lock:
            if self._applied is None:
                self._index.reload()
                searcher = self._index.searcher()
                hits = searcher.search(self._id_query(_MARKER_ID), 1).hits
                self._applied = searcher.doc(hits[0][1])["applied"][0] if hits else -1
            return self._applied

    def catch_up(self, db: sqlite_utils.Database) -> bool:
        """Apply what the outbox holds beyond what this index holds; True when the index
        is then current (False: another program holds Tantivy's writer, or this call is
        inside a write transaction, whose rows are not committed yet)."""
        if db.conn.in_transaction:
            return False
        with self._lock:
            newest, oldest = _outbox_bounds(db)
            if self._writer is not None and newest == self._applied:
                return True
            if self._writer is None:
                if newest == self.applied():
                    return True
                try:
                    self._writer = self._index.writer(heap_size=50_000_000, num_threads=1)
                except ValueError:  # the writer's lock: another program is applying
                    return False
                self._applied = None  # what that other program committed before it let go
            writer = self._writer
            try:
                applied = self.applied()
                db.execute("BEGIN")
                try:
                    newest, oldest = _outbox_bounds(db)
                    if applied == newest:
                        return True
                    rows = db.execute("SELECT article_id FROM search_outbox WHERE seq > ?", [applied]).fetchall()
                    ids = {row[0] for row in rows}
                    if applied < 0 or applied > newest or oldest > applied + 1 or 0 in ids:
                        writer.delete_all_documents()
                        ids = None
                    else:
                        for article_id in ids:
                            writer.delete_documents_by_query(self._id_query(article_id))
                    self._add(db, writer, ids)
                finally:
                    db.execute("COMMIT")
                writer.delete_documents_by_query(self._id_query(_MARKER_ID))
                marker = self._tantivy.Document()
                marker.add_unsigned("id", _MARKER_ID)
                marker.add_unsigned("applied", max(newest, 0))
                writer.add_document(marker)
                writer.commit()
            except BaseException:
                writer.rollback()
                self._applied = None
                raise
            self._index.reload()
            self._applied = newest
            return True

    def is_current(self, db: sqlite_utils.Database) -> bool:
        """`catch_up`, where a failure of Tantivy (a full disk, a damaged index) or of the
        library (replaced by a file that is not one) only means not current: FTS5 answers
        then, and the next commit or search tries again."""
        try:
            return self.catch_up(db)
        except (ValueError, OSError, sqlite3.Error):
            return False

    def ready(self, db: sqlite_utils.Database) -> bool:
        """Whether a search can rank with this index now, without waiting: it holds every
        change `db` sees committed. When it does not, applying starts in the background."""
        if db.conn.in_transaction:
            return False
        try:
            newest = _outbox_bounds(db)[0]
        except sqlite3.Error:
            return False
        if not self._lock.acquire(blocking=False):
            # Being applied now: what it held before is still what it searches.
            return self._writer is not None and self._applied == newest
        try:
            if self._writer is None:
                self._applied = None  # another program may have applied since
            if newest == self.applied():
                return True
        except (ValueError, OSError):
            return False
        finally:
            self._lock.release()
        self.apply_soon()
        return False

    def _id_query(self, article_id: int):
        # by query: deleting by term takes a Python int for a signed one, matching nothing here
        return self._tantivy.Query.term_query(self._schema, "id", article_id)

    def release(self) -> None:
        """Finish applying, stop applying in this program and let go of Tantivy's writer
        (which this program keeps once it has it, so that each application need not open
        one): then another program, or another object here, applies the outbox."""
        applier, self._stopping = self._applier, True
        self._stopped.set()
        self._wanted.set()
        if applier is not None:
            applier.join(timeout=10)
            self._apply_with_own_connection()
        with self._lock:
            writer, self._writer = self._writer, None
            if writer is not None:
                # Segments merge in Tantivy's own threads: done before the folder is let go.
                try:
                    writer.wait_merging_threads()
                except ValueError:
                    pass
        with _OPEN_LOCK:
            if _OPEN.get(str(self.path.parent.resolve())) is self:
                del _OPEN[str(self.path.parent.resolve())]

    def _add(self, db: sqlite_utils.Database, writer: tantivy.IndexWriter, ids: set[int] | None) -> None:
        """Add these articles (None: all) from FTS5's analysed columns."""
        Document = self._tantivy.Document

        def document(article_id: int, title: str, body: str, source: str | None, headings: str | None):
            doc = Document(title=title, body=body, source=source or "", headings=headings or "")
            doc.add_unsigned("id", article_id)
            return doc

        if ids is None:
            rows = db.execute(f"SELECT rowid, title, body, source, headings FROM {ARTICLE_INDEX}")
            for row in rows:
                writer.add_document(document(*row))
            return
        wanted = sorted(i for i in ids if i > 0)
        for start in range(0, len(wanted), _BATCH):
            part = wanted[start:start + _BATCH]
            rows = db.execute(f"SELECT rowid, title, body, source, headings FROM {ARTICLE_INDEX} WHERE rowid IN "
                              f"({','.join('?' * len(part))})", part)
            for row in rows:
                writer.add_document(document(*row))

    def disagreement(self, db: sqlite_utils.Database) -> str | None:
        """How this index differs from the library's articles (None: it holds each of them,
        once, and is current)."""
        if not self.catch_up(db):
            return "the derived search index could not be brought up to date"
        searcher = self._index.searcher()
        hits = searcher.search(self._tantivy.Query.all_query(), searcher.num_docs + 1).hits
        indexed = sorted(searcher.doc(address)["id"][0] for _, address in hits)
        stored = [row[0] for row in db.execute(f"SELECT rowid FROM {ARTICLE_INDEX} ORDER BY rowid")]
        articles = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
        if indexed != [_MARKER_ID] + stored or stored != articles:
            return (f"the derived search index holds {len(indexed) - 1} articles where the library has "
                    f"{len(articles)}")
        return None

    # ------------------------------------------------------------ searching

    def ranked_ids(self, match: str, *, limit: int, allowed: list[int] | None = None) -> list[tuple[int, float]]:
        """The best `limit` (article id, score) for an FTS5 match expression as
        `app.search.query_plan` writes it, best first; scores are negated BM25 (lower is
        better, as FTS5's), ties by id. `allowed` restricts the search to these ids."""
        tantivy = self._tantivy
        query = MatchTranslator(tantivy, self._schema, match, FIELDS).query()
        if allowed is not None:
            query = tantivy.Query.boolean_query([
                (tantivy.Occur.Must, query),
                (tantivy.Occur.Must, tantivy.Query.term_set_query(self._schema, "id", allowed))])
        searcher = self._index.searcher()
        hits = searcher.search(query, limit, count=False).hits
        found = [(searcher.doc(address)["id"][0], -score) for score, address in hits]
        return sorted(found, key=lambda hit: (hit[1], hit[0]))


def _outbox_bounds(db: sqlite_utils.Database) -> tuple[int, int]:
    """(the newest sequence number ever written, the oldest row still kept)."""
    newest = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'search_outbox'").fetchone()
    oldest = db.execute("SELECT min(seq) FROM search_outbox").fetchone()[0]
    newest = newest[0] if newest else 0
    return newest, (oldest if oldest is not None else newest + 1)

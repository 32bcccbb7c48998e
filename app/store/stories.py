"""Stories: the copies of one text in several outlets, grouped.

An article's `story_id` is NULL when it leads its story (alone, or the first of its
copies) and the id of that lead otherwise; the lead has no `story_id` of its own. The
signature of each article and its LSH bands (see `app.core.near_duplicates`) live in
`article_signatures` and `story_bands`, written in the transaction that stores the
article, so the index of likely copies never disagrees with the articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlite_utils

from app.core.article import ArticleSummary
from app.core.near_duplicates import BAND_BYTES, BANDS, Signature

_IDS = "(SELECT CAST(value AS INTEGER) FROM json_each(?))"
"""The ids of a JSON array passed as one parameter."""
# The articles of the stories of some leads: the copies (through the index on story_id)
# and the leads (by id), as a UNION, which each database answers through its indexes; an
# OR of the two made PostgreSQL read every article.
_STORY_ROWS = (f"SELECT ifnull(story_id, id) AS lead, id, source, story_id IS NOT NULL AS is_copy FROM articles "
               f"WHERE story_id IN {_IDS} UNION "
               f"SELECT ifnull(story_id, id), id, source, story_id IS NOT NULL FROM articles WHERE id IN {_IDS}")
MEMBERS_OF_LEADS = f"SELECT lead, id, source FROM ({_STORY_ROWS}) AS found ORDER BY lead, is_copy, id"


def create_story_tables(db: sqlite_utils.Database) -> None:
    """The story column, signatures, bands and the triggers that keep them whole (a migration step)."""
    db.execute("ALTER TABLE articles ADD COLUMN story_id INTEGER")
    db.execute("CREATE INDEX articles_story ON articles (story_id) WHERE story_id IS NOT NULL")
    # The list of stories (their leads) in each order the list sorts by, read and counted
    # from an index as the list of articles is.
    db.execute("CREATE INDEX leads_by_id ON articles (id) WHERE story_id IS NULL")
    db.execute("CREATE INDEX leads_by_title ON articles (title_key, id) WHERE story_id IS NULL")
    db.execute("CREATE INDEX leads_by_source ON articles (source_key, id) WHERE story_id IS NULL")
    db.execute("CREATE INDEX leads_by_published ON articles (ifnull(published, ''), id) WHERE story_id IS NULL")
    db.execute("CREATE TABLE article_signatures ("
               " article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,"
               " signature BLOB NOT NULL)")
    db.execute("CREATE TABLE story_bands ("
               " band INTEGER NOT NULL, bucket BLOB NOT NULL, article_id INTEGER NOT NULL,"
               " PRIMARY KEY (band, bucket, article_id)) WITHOUT ROWID")
    # The bands of a signature are cut from it, so that SQL alone removes them (no index
    # on article_id, which would double the table's size).
    # One statement per band, each a lookup of the primary key.
    deletions = " ".join(f"DELETE FROM story_bands WHERE band = {band} AND bucket = "
                         f"substr(OLD.signature, {band * BAND_BYTES + 1}, {BAND_BYTES}) "
                         f"AND article_id = OLD.article_id;" for band in range(BANDS))
    db.execute(f"CREATE TRIGGER story_bands_of_deleted_signature AFTER DELETE ON article_signatures "
               f"WHEN length(OLD.signature) > 0 BEGIN {deletions} END")
    # A deleted lead hands its story to the first of its copies.
    db.execute("CREATE TRIGGER story_lead_deleted AFTER DELETE ON articles "
               "WHEN EXISTS (SELECT 1 FROM articles WHERE story_id = OLD.id) BEGIN "
               "UPDATE articles SET story_id = (SELECT min(id) FROM articles WHERE story_id = OLD.id) "
               " WHERE story_id = OLD.id AND id > (SELECT min(id) FROM articles WHERE story_id = OLD.id); "
               "UPDATE articles SET story_id = NULL WHERE story_id = OLD.id; END")


def save_signature(db: sqlite_utils.Database, article_id: int, signature: Signature | None) -> None:
    """Store an article's signature (None: too short to have one) with its bands,
    replacing any it had."""
    db.execute("DELETE FROM article_signatures WHERE article_id = ?", [article_id])
    db.execute("INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)",
               [article_id, signature.to_bytes() if signature else b""])
    if signature is not None:
        db.conn.executemany("INSERT OR IGNORE INTO story_bands (band, bucket, article_id) VALUES (?, ?, ?)",
                            [(band, bucket, article_id) for band, bucket in signature.bands()])


MAX_CANDIDATES = 200
"""Of the articles sharing a band, those sharing the most are compared: a text copied
a thousand times costs no more than this many comparisons."""


BUCKET_READ = 64
"""Of the articles in one bucket, the oldest this many are read: a bucket every copy of
a much-copied text falls into would otherwise cost thousands of rows an article, and
its oldest articles are its stories' leads (measured at 100,000 realistic documents:
candidates read 5 times faster, the story chosen the same for 300 of 300 articles)."""


def candidates(db: sqlite_utils.Database, signature: Signature, *,
               leaving_out: int | None = None) -> list[tuple[int, Signature]]:
    """The articles sharing a band with `signature` (up to `MAX_CANDIDATES`, those
    sharing the most bands first; up to `BUCKET_READ` of each bucket), with their
    signatures."""
    bands = signature.bands()
    # One lookup of the primary key per band, each bounded.
    buckets = " UNION ALL ".join(f"SELECT * FROM (SELECT article_id FROM story_bands WHERE band = ? AND bucket = ? "
                                 f"ORDER BY article_id LIMIT {BUCKET_READ}) AS bucket_{at}" for at in range(len(bands)))
    rows = db.execute(
        f"SELECT s.article_id, s.signature FROM (SELECT article_id, count(*) AS shared FROM ({buckets}) AS bucketed "
        f"WHERE article_id != ? GROUP BY article_id "
        f"ORDER BY shared DESC, article_id LIMIT {MAX_CANDIDATES}) AS c "
        f"JOIN article_signatures s ON s.article_id = c.article_id ORDER BY c.shared DESC, c.article_id",
        [value for band in bands for value in band] + [leaving_out if leaving_out is not None else -1],
    ).fetchall()
    return [(article_id, found) for article_id, data in rows if (found := Signature.from_bytes(data))]


def signature_of(db: sqlite_utils.Database, article_id: int) -> Signature | None:
    row = db.execute("SELECT signature FROM article_signatures WHERE article_id = ?", [article_id]).fetchone()
    return Signature.from_bytes(row[0]) if row else None


def unsigned_articles(db: sqlite_utils.Database, *, limit: int) -> list[tuple[int, str, str]]:
    """(id, body, language) of up to `limit` articles that have no signature row yet, in id order."""
    return db.execute("SELECT id, body, language FROM articles WHERE id NOT IN "
                      "(SELECT article_id FROM article_signatures) ORDER BY id LIMIT ?", [limit]).fetchall()


def count_unsigned(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM articles WHERE id NOT IN "
                      "(SELECT article_id FROM article_signatures)").fetchone()[0]


def lead_of(db: sqlite_utils.Database, article_id: int) -> int | None:
    """The id of the article leading this article's story (itself when it leads), or None if it is gone."""
    row = db.execute("SELECT ifnull(story_id, id) FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


def leads_of(db: sqlite_utils.Database, article_ids: Sequence[int]) -> dict[int, int]:
    """article id → the id of its story's lead, for those of `article_ids` still there."""
    if not article_ids:
        return {}
    return dict(db.execute(f"SELECT id, ifnull(story_id, id) FROM articles WHERE id IN {_IDS}",
                           [_json_ids(article_ids)]).fetchall())


def members(db: sqlite_utils.Database, lead_id: int) -> list[int]:
    """The articles of the story led by `lead_id`, the lead first, then in id order."""
    rows = db.execute("SELECT id FROM articles WHERE id = ? OR story_id = ? ORDER BY story_id IS NOT NULL, id",
                      [lead_id, lead_id]).fetchall()
    return [row[0] for row in rows]


def members_of_leads(db: sqlite_utils.Database, lead_ids: Iterable[int]) -> dict[int, list[tuple[int, str | None]]]:
    """lead id → (id, source) of every article of its story, the lead first, then in id
    order; only leads of stories with copies are keys."""
    ids = _json_ids(lead_ids)
    found: dict[int, list[tuple[int, str | None]]] = {}
    for lead, article_id, source in db.execute(MEMBERS_OF_LEADS, [ids, ids]).fetchall():
        found.setdefault(lead, []).append((article_id, source))
    return {lead: members for lead, members in found.items() if len(members) > 1}


def story_sizes(db: sqlite_utils.Database, lead_ids: Iterable[int]) -> dict[int, int]:
    """lead id → how many articles its story holds (the lead included)."""
    ids = _json_ids(lead_ids)
    return dict(db.execute(f"SELECT lead, count(*) FROM ({_STORY_ROWS}) AS found GROUP BY lead",
                           [ids, ids]).fetchall())


def set_story(db: sqlite_utils.Database, article_ids: Iterable[int], lead_id: int | None) -> None:
    """Make these articles copies in the story led by `lead_id` (None: each leads its own)."""
    db.execute(f"UPDATE articles SET story_id = ? WHERE id IN {_IDS}",
               [lead_id, _json_ids(article_ids)])


def story_assignment(db: sqlite_utils.Database, article_ids: Iterable[int]) -> dict[int, int | None]:
    """article id → its `story_id` as stored (None for a lead), to put back later."""
    return dict(db.execute(f"SELECT id, story_id FROM articles WHERE id IN {_IDS}",
                           [_json_ids(article_ids)]).fetchall())


def restore_assignment(db: sqlite_utils.Database, assignment: dict[int, int | None]) -> None:
    """Put back `story_id`s read by `story_assignment` (for the articles still there)."""
    db.conn.executemany("UPDATE articles SET story_id = ? WHERE id = ?",
                        [(story_id, article_id) for article_id, story_id in assignment.items()])


def count_stories(db: sqlite_utils.Database, *, with_copies: bool = False) -> int:
    if with_copies:
        return db.execute("SELECT count(DISTINCT story_id) FROM articles WHERE story_id IS NOT NULL").fetchone()[0]
    return db.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0]


def stories_with_copies(db: sqlite_utils.Database) -> list[int]:
    """The leads of stories that have copies, in id order."""
    return [row[0] for row in db.execute(
        "SELECT DISTINCT story_id FROM articles WHERE story_id IS NOT NULL ORDER BY story_id").fetchall()]


def summary(db: sqlite_utils.Database, article_id: int) -> ArticleSummary:
    row = db.execute("SELECT id, title, source, published, language, imported_at FROM articles WHERE id = ?",
                     [article_id]).fetchone()
    return ArticleSummary(*row)


def _json_ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"

"""The articles table."""

from __future__ import annotations

import itertools
import json

import sqlite_utils

from app.core.article import Article, ArticleOrder, ArticleSummary, SortColumn, sort_key
from app.core.citation_keys import base_key, candidate_keys
from app.core.structure import INLINE_KINDS
from app.store.database import utc_now

_KEY_BATCH = 500
"""The most candidate citation keys one statement asks about (below SQLite's limit of parameters)."""

_SUMMARY_COLUMNS = ("id, title, source, published, language, imported_at, "
                    "(SELECT count(*) FROM highlights h WHERE h.article_id = articles.id), "
                    "CASE WHEN json_extract(extras, '$.published_from') = 'file' THEN 1 ELSE 0 END")


def find_by_hash(db: sqlite_utils.Database, content_hash: str) -> int | None:
    """Return the id of the article with this content hash, if the library holds one."""
    row = db.execute(
        "SELECT id FROM articles WHERE content_hash = ?", [content_hash]
    ).fetchone()
    return row[0] if row else None


def insert_article(db: sqlite_utils.Database, article: Article) -> int:
    """Store a new article (with its own id when it has one) and return its id.
    Call inside a write transaction."""
    cursor = db.execute(
        """
        INSERT INTO articles (id, title, source, author, url, published, language, body,
            content_hash, original_path, format, imported_at, keywords, extras, title_key, source_key,
            citation_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
            article.id, article.title, article.source, article.author, article.url, article.published,
            article.language, article.body, article.content_hash, article.original_path,
            article.format, article.imported_at or utc_now(),
            json.dumps(list(article.keywords), ensure_ascii=False) if article.keywords else "[]",
            json.dumps(article.extras, ensure_ascii=False) if article.extras else "{}",
            sort_key(article.title), sort_key(article.source),
            article.citation_key or new_citation_key(db, title=article.title, source=article.source,
                                                     author=article.author, published=article.published),
        ],
    )
    return cursor.lastrowid


def new_citation_key(db: sqlite_utils.Database, *, title: str, source: str | None, author: str | None,
                     published: str | None) -> str:
    """An author-year-word key no article of the library has yet."""
    base = base_key(author=author, source=source, published=published, title=title)
    # The candidates are asked in growing batches: many articles can share a base (plain
    # text without author or date), and one statement per candidate made each import
    # cost as many statements as articles before it with that base (round trips to a
    # team library's server).
    candidates = candidate_keys(base)
    batch = 1
    while True:
        keys = list(itertools.islice(candidates, batch))
        taken = {row[0] for row in db.execute(
            f"SELECT citation_key FROM articles WHERE citation_key IN ({', '.join('?' * len(keys))})", keys)}
        free = next((key for key in keys if key not in taken), None)
        if free is not None:
            return free
        batch = min(batch * 4, _KEY_BATCH)


def citation_key_owner(db: sqlite_utils.Database, key: str) -> int | None:
    """The article with this citation key, or None."""
    row = db.execute("SELECT id FROM articles WHERE citation_key = ?", [key]).fetchone()
    return row[0] if row else None


def find_by_doi(db: sqlite_utils.Database, doi: str) -> int | None:
    """The article a reference file gave this DOI, or None."""
    row = db.execute("SELECT id FROM articles WHERE lower(json_extract(extras, '$.reference.doi')) = lower(?) "
                     "ORDER BY id LIMIT 1", [doi]).fetchone()
    return row[0] if row else None


def find_by_title(db: sqlite_utils.Database, title: str, day: str | None) -> int | None:
    """The article with this title (case and accents aside) published on `day` (or that
    month or year, as precise as both dates are), or None."""
    for article_id, published in db.execute("SELECT id, published FROM articles WHERE title_key = ? ORDER BY id",
                                            [sort_key(title)]).fetchall():
        held = (published or "")[:10]
        common = min(len(held), len(day or ""))
        if not day or not held or held[:common] == day[:common]:
            return article_id
    return None


def find_reference_only(db: sqlite_utils.Database, *, url: str | None, title: str) -> int | None:
    """A reference-only entry (one a reference file made, waiting for its text) with this
    address or title, or None."""
    # Two lookups, each through its index (articles_url, articles_by_title): this runs for
    # every article imported.
    if url:
        row = db.execute("SELECT min(id) FROM articles WHERE url = ? AND format = 'reference'", [url]).fetchone()
        if row[0] is not None:
            return row[0]
    row = db.execute("SELECT min(id) FROM articles WHERE title_key = ? AND format = 'reference'",
                     [sort_key(title)]).fetchone()
    return row[0]


def all_article_ids(db: sqlite_utils.Database) -> list[int]:
    """Every article's id, in import order."""
    return [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]


def set_citation_key(db: sqlite_utils.Database, article_id: int, key: str) -> None:
    db.execute("UPDATE articles SET citation_key = ? WHERE id = ?", [key, article_id])


def find_by_path(db: sqlite_utils.Database, original_path: str) -> int | None:
    """The id of the latest article imported from this file, if any."""
    row = db.execute(
        "SELECT id FROM articles WHERE original_path = ? ORDER BY id DESC LIMIT 1", [original_path]
    ).fetchone()
    return row[0] if row else None


def find_by_url(db: sqlite_utils.Database, url: str) -> int | None:
    """The id of the first article stored with this web address, or downloaded from it."""
    row = db.execute(
        "SELECT min(id) FROM articles WHERE url = ? OR original_path = ?", [url, url]
    ).fetchone()
    return row[0] if row else None


def replace_article(db: sqlite_utils.Database, article_id: int, article: Article) -> None:
    """Give an article new text and metadata (its id, highlights and import date stay)."""
    db.execute(
        """
        UPDATE articles SET title = ?, source = ?, author = ?, url = ?, published = ?, language = ?,
            body = ?, content_hash = ?, format = ?, keywords = ?, extras = ?, title_key = ?, source_key = ?
        WHERE id = ?
        """,
        [
            article.title, article.source, article.author, article.url, article.published, article.language,
            article.body, article.content_hash, article.format,
            json.dumps(list(article.keywords), ensure_ascii=False),
            json.dumps(article.extras, ensure_ascii=False), sort_key(article.title), sort_key(article.source),
            article_id,
        ],
    )


def add_missing_marks(db: sqlite_utils.Database, article_id: int, marks: object, *, same_text: bool = False) -> bool:
    """Give an article stored before structure marks were kept the marks of its text
    read again (its text, highlights and other fields stay); whether it changed. With
    `same_text` (the text read again is the stored one), marks kept before emphasis and
    links were give way to marks that have them. Call inside a write transaction."""
    if not marks:
        return False
    row = db.execute("SELECT extras FROM articles WHERE id = ?", [article_id]).fetchone()
    extras = json.loads(row[0] or "{}") if row else None
    if not isinstance(extras, dict):
        return False
    if "marks" in extras and not (same_text and not _has_inline(extras["marks"]) and _has_inline(marks)):
        return False
    extras["marks"] = marks
    db.execute("UPDATE articles SET extras = ? WHERE id = ?", [json.dumps(extras, ensure_ascii=False), article_id])
    return True


def _has_inline(marks: object) -> bool:
    return isinstance(marks, list) and any(isinstance(mark, list) and mark and mark[0] in INLINE_KINDS
                                           for mark in marks)


def update_details(db: sqlite_utils.Database, article_id: int, details: dict[str, object],
                   extras: dict[str, object]) -> None:
    """Set some of an article's details (title, source, author, published, url, language,
    keywords) and its extras; its text stays. Call inside a write transaction."""
    columns = dict(details)
    if "keywords" in columns:
        columns["keywords"] = json.dumps(list(columns["keywords"]), ensure_ascii=False)
    if "title" in columns:
        columns["title_key"] = sort_key(columns["title"])
    if "source" in columns:
        columns["source_key"] = sort_key(columns["source"])
    columns["extras"] = json.dumps(extras, ensure_ascii=False)
    assignments = ", ".join(f"{name} = ?" for name in columns)
    db.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*columns.values(), article_id])


def get_article(db: sqlite_utils.Database, article_id: int) -> Article | None:
    """Return the stored article with this id, or None."""
    rows = list(db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
    if not rows:
        return None
    row = rows[0]
    return Article(
        id=row["id"],
        title=row["title"],
        body=row["body"],
        format=row["format"],
        language=row["language"],
        source=row["source"],
        author=row["author"],
        url=row["url"],
        published=row["published"],
        original_path=row["original_path"],
        keywords=tuple(json.loads(row["keywords"])),
        extras=json.loads(row["extras"]),
        imported_at=row["imported_at"],
        citation_key=row.get("citation_key"),
    )


def delete_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Delete an article; its highlights go with it."""
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])


_WITH_TAG = ("id IN (SELECT h.article_id FROM highlights h "
             "JOIN highlight_tags ht ON ht.highlight_id = h.id WHERE ht.tag_id = ?)")
_LEADS = "story_id IS NULL"
_STORY_WITH_TAG = ("id IN (SELECT ifnull(a.story_id, a.id) FROM highlights h JOIN articles a ON a.id = h.article_id "
                   "JOIN highlight_tags ht ON ht.highlight_id = h.id WHERE ht.tag_id = ?)")


def _conditions(tag_id: int | None, stories: bool) -> tuple[list[str], list]:
    """The conditions (and their parameters) choosing the articles listed: with
    `stories`, one per story (its lead), with the tag on a highlight of any of its copies."""
    conditions: list[str] = [_LEADS] if stories else []
    if tag_id is None:
        return conditions, []
    return conditions + [_STORY_WITH_TAG if stories else _WITH_TAG], [tag_id]


def count_articles(db: sqlite_utils.Database, *, tag_id: int | None = None, stories: bool = False) -> int:
    """How many articles there are (with a highlight carrying `tag_id`, when given; one
    per story with `stories`)."""
    conditions, params = _conditions(tag_id, stories)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    return db.execute(f"SELECT count(*) FROM articles {where}", params).fetchone()[0]


_SORT_EXPRESSIONS = {
    # Each matches an index of the articles table, so any page is read from the index.
    SortColumn.IMPORTED: "id",
    SortColumn.TITLE: "title_key",
    SortColumn.SOURCE: "source_key",
    SortColumn.PUBLISHED: "ifnull(published, '')",
}


def _order_by(order: ArticleOrder) -> str:
    direction = " DESC" if order.descending else ""
    value = _SORT_EXPRESSIONS[order.column]
    keys = [value] if value == "id" else [value, "id"]  # the id breaks ties
    return ", ".join(key + direction for key in keys)


def list_summaries(db: sqlite_utils.Database, *, offset: int = 0, limit: int = 200,
                   tag_id: int | None = None, order: ArticleOrder = ArticleOrder(),
                   after: int | None = None, stories: bool = False) -> list[ArticleSummary]:
    """One page of article summaries in `order` (only those with a highlight carrying
    `tag_id`, when given; one per story, its lead, with `stories`): from `offset`, or
    right after the article whose id is `after`, which reads the page straight from the
    index instead of stepping over the rows before it (if that article is gone, `offset`
    is used)."""
    conditions, params = _conditions(tag_id, stories)
    key = _sort_key(db, after, order) if after is not None else None
    if key is not None:
        conditions.append(_beyond(order))
        params += key
        offset = 0
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = db.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM articles {where} ORDER BY {_order_by(order)} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [ArticleSummary(*row[:6], highlight_count=row[6], published_from_file=bool(row[7])) for row in rows]


def details_in_use(db: sqlite_utils.Database) -> tuple[bool, bool]:
    """Whether any article has a source, and whether any has a date (each read from an index)."""
    source = db.execute("SELECT EXISTS (SELECT 1 FROM articles WHERE source_key > '')").fetchone()[0]
    published = db.execute("SELECT EXISTS (SELECT 1 FROM articles WHERE ifnull(published, '') > '')").fetchone()[0]
    return bool(source), bool(published)


def position_of(db: sqlite_utils.Database, article_id: int, *, tag_id: int | None = None,
                order: ArticleOrder = ArticleOrder(), stories: bool = False) -> int | None:
    """How many articles come before this one in `order` (None if it is not listed)."""
    key = _sort_key(db, article_id, order)
    if key is None:
        return None
    conditions, params = _conditions(tag_id, stories)
    if conditions and not db.execute(f"SELECT 1 FROM articles WHERE id = ? AND {' AND '.join(conditions)}",
                                     [article_id, *params]).fetchone():
        return None
    where = " AND ".join([_beyond(order, before=True), *conditions])
    return db.execute(f"SELECT count(*) FROM articles WHERE {where}", [*key, *params]).fetchone()[0]


def _sort_key(db: sqlite_utils.Database, article_id: int, order: ArticleOrder) -> tuple | None:
    """The (sort value, id) by which the articles table orders this article, or None if it is gone."""
    value = _SORT_EXPRESSIONS[order.column]
    return db.execute(f"SELECT {value}, id FROM articles WHERE id = ?", [article_id]).fetchone()


def _beyond(order: ArticleOrder, *, before: bool = False) -> str:
    """A condition on the articles coming after (or `before`) the (sort value, id) given
    as its two parameters, in `order`."""
    return f"({_SORT_EXPRESSIONS[order.column]}, id) {'>' if order.descending == before else '<'} (?, ?)"


def iter_articles_for_index(db: sqlite_utils.Database, *, batch: int = 500):
    """Yield (id, title, body, source, language, extras) for every article, in id order."""
    last = 0
    while True:
        rows = db.execute(
            "SELECT id, title, body, source, language, extras FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            [last, batch],
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield (*row[:5], _extras(row[5]))
        last = rows[-1][0]


def _extras(stored: str | None) -> dict:
    try:
        extras = json.loads(stored or "{}")
    except ValueError:
        return {}
    return extras if isinstance(extras, dict) else {}


def article_texts(db: sqlite_utils.Database, article_id: int | None = None):
    """(id, title, body, source, language) of one article, or of every article in id order."""
    if article_id is None:
        yield from (row[:5] for row in iter_articles_for_index(db))
        return
    row = db.execute("SELECT id, title, body, source, language FROM articles WHERE id = ?", [article_id]).fetchone()
    if row:
        yield row


def article_language(db: sqlite_utils.Database, article_id: int) -> str | None:
    row = db.execute("SELECT language FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


def bodies(db: sqlite_utils.Database, article_ids: list[int]) -> dict[int, str]:
    """The body text of each of these articles, by id."""
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    return dict(db.execute(f"SELECT id, body FROM articles WHERE id IN ({marks})", article_ids).fetchall())

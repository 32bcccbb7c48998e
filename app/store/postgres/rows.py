"""Reading and writing the rows of a team library: articles, tags, highlights and what
belongs to them, as the core types the local library's store uses. Writes run inside the
caller's transaction; every row is signed by the role connected (`current_user`)."""

from __future__ import annotations

import json
from typing import Iterable, Iterator

import psycopg

from app.core.anchoring import Anchor, AnchorStatus
from app.core.article import Article, sort_key
from app.core.highlight import Highlight
from app.core.images import EmbeddedImage
from app.core.near_duplicates import Signature
from app.core.tags import Tag, tag_key
from app.store.notes import PrivateNote

_ARTICLE_COLUMNS = ("id, title, body, format, language, source, author, url, published, original_path, "
                    "keywords, extras, imported_at, citation_key")
_TAG_COLUMNS = "id, name, colour, parent_id, description, shortcut, rules"


def read_snapshot(connection: psycopg.Connection) -> None:
    """Make the transaction just begun read one unchanging view of the whole library."""
    connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def count_articles_and_highlights(connection: psycopg.Connection) -> int:
    return connection.execute("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM highlights)").fetchone()[0]


def article_id_with_hash(connection: psycopg.Connection, content_hash: str) -> int | None:
    row = connection.execute("SELECT id FROM articles WHERE content_hash = %s", [content_hash]).fetchone()
    return row[0] if row else None


def insert_article(connection: psycopg.Connection, article: Article, *, search: str) -> int:
    """Store an article (with its own id when it has one) and its search vector; its id."""
    return connection.execute(
        "INSERT INTO articles (id, title, source, author, url, published, language, body, content_hash, "
        "original_path, format, imported_at, keywords, extras, title_key, source_key, citation_key, search) "
        "OVERRIDING SYSTEM VALUE VALUES (coalesce(%s, nextval(pg_get_serial_sequence('articles', 'id'))), "
        "%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s::tsvector) RETURNING id",
        [article.id, article.title, article.source, article.author, article.url, article.published,
         article.language, article.body, article.content_hash, article.original_path, article.format,
         article.imported_at, json.dumps(list(article.keywords), ensure_ascii=False),
         json.dumps(article.extras, ensure_ascii=False), sort_key(article.title), sort_key(article.source),
         article.citation_key, search]).fetchone()[0]


def set_story(connection: psycopg.Connection, article_id: int, lead_id: int | None) -> None:
    connection.execute("UPDATE articles SET story_id = %s WHERE id = %s", [lead_id, article_id])


def save_signature(connection: psycopg.Connection, article_id: int, signature: Signature | None) -> None:
    """An article's signature (None: too short to have one) and its bands, in place of any it had."""
    connection.execute("DELETE FROM article_signatures WHERE article_id = %s", [article_id])
    connection.execute("INSERT INTO article_signatures (article_id, signature) VALUES (%s, %s)",
                       [article_id, signature.to_bytes() if signature else b""])
    if signature is not None:
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO story_bands (band, bucket, article_id) VALUES (%s, %s, %s) "
                               "ON CONFLICT DO NOTHING",
                               [(band, bucket, article_id) for band, bucket in signature.bands()])


def save_images(connection: psycopg.Connection, article_id: int, images: Iterable[EmbeddedImage]) -> None:
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO article_images (article_id, position, content_hash, media_type, width, height, size, "
            "description, data) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (article_id, position) DO NOTHING",
            [(article_id, image.position, image.content_hash, image.media_type, image.width, image.height,
              len(image.data), image.description, image.data) for image in images])


def iter_articles(connection: psycopg.Connection, *, batch: int = 200) -> Iterator[tuple[Article, int | None]]:
    """Every article with its `story_id`, in id order, read a batch at a time."""
    last = 0
    while True:
        rows = connection.execute(f"SELECT {_ARTICLE_COLUMNS}, story_id FROM articles WHERE id > %s "
                                  f"ORDER BY id LIMIT %s", [last, batch]).fetchall()
        if not rows:
            return
        for row in rows:
            yield _article(row[:-1]), row[-1]
        last = rows[-1][0]


def _article(row) -> Article:
    (article_id, title, body, format_, language, source, author, url, published, original_path, keywords,
     extras, imported_at, citation_key) = row
    return Article(id=article_id, title=title, body=body, format=format_, language=language, source=source,
                   author=author, url=url, published=published, original_path=original_path,
                   keywords=tuple(json.loads(keywords)), extras=json.loads(extras), imported_at=imported_at,
                   citation_key=citation_key)


def images_of(connection: psycopg.Connection, article_id: int) -> list[EmbeddedImage]:
    rows = connection.execute("SELECT position, data, media_type, width, height, description FROM article_images "
                              "WHERE article_id = %s ORDER BY position", [article_id]).fetchall()
    return [EmbeddedImage(position, bytes(data), media_type, width, height, description)
            for position, data, media_type, width, height, description in rows]


def signature_of(connection: psycopg.Connection, article_id: int) -> tuple[bool, Signature | None]:
    """Whether the article has a signature row, and the signature it holds (None when too short)."""
    row = connection.execute("SELECT signature FROM article_signatures WHERE article_id = %s",
                             [article_id]).fetchone()
    if row is None:
        return False, None
    return True, Signature.from_bytes(bytes(row[0]))


def list_tags(connection: psycopg.Connection) -> list[Tag]:
    """Every tag, in id order."""
    return [Tag(id=row[0], name=row[1], colour=row[2], parent_id=row[3], description=row[4], shortcut=row[5],
                rules=json.loads(row[6] or "{}"))
            for row in connection.execute(f"SELECT {_TAG_COLUMNS} FROM tags ORDER BY id")]


def tag_ids_by_key(connection: psycopg.Connection) -> dict[str, int]:
    return dict(connection.execute("SELECT name_key, id FROM tags").fetchall())


def insert_tag(connection: psycopg.Connection, tag: Tag) -> int:
    """A new tag without its parent (set by `set_tag_fields` once every tag is in)."""
    return connection.execute(
        "INSERT INTO tags (name, name_key, colour, description, rules) VALUES (%s, %s, %s, %s, %s) RETURNING id",
        [tag.name.strip(), tag_key(tag.name), tag.colour, tag.description,
         json.dumps(tag.rules, ensure_ascii=False)]).fetchone()[0]


def set_tag_fields(connection: psycopg.Connection, tag_id: int, tag: Tag, *, parent_id: int | None) -> None:
    """Give a tag the colour, description, rules, parent and key of `tag`; the key moves
    from any other tag that held it."""
    if tag.shortcut is not None:
        connection.execute("UPDATE tags SET shortcut = NULL WHERE shortcut = %s AND id <> %s", [tag.shortcut, tag_id])
    connection.execute(
        "UPDATE tags SET colour = %s, description = %s, rules = %s, parent_id = %s, shortcut = %s, "
        "modified_by = current_user, modified_at = now() WHERE id = %s",
        [tag.colour, tag.description, json.dumps(tag.rules, ensure_ascii=False), parent_id, tag.shortcut, tag_id])


def has_highlight(connection: psycopg.Connection, article_id: int, anchor: Anchor) -> bool:
    """Whether the article has a highlight of this same passage already."""
    return connection.execute("SELECT 1 FROM highlights WHERE article_id = %s AND start_offset = %s AND "
                              "end_offset = %s AND exact = %s", [article_id, anchor.start, anchor.end,
                                                                 anchor.exact]).fetchone() is not None


def insert_highlight(connection: psycopg.Connection, highlight: Highlight, *, search: str) -> int:
    """Store a highlight (with its own id when it has one), its tags and its search vector; its id."""
    anchor = highlight.anchor
    highlight_id = connection.execute(
        "INSERT INTO highlights (id, article_id, start_offset, end_offset, exact, prefix, suffix, note, "
        "anchor_status, anchor_score, created_at, modified_at, search) OVERRIDING SYSTEM VALUE VALUES "
        "(coalesce(%s, nextval(pg_get_serial_sequence('highlights', 'id'))), %s, %s, %s, %s, %s, %s, %s, %s, %s, "
        "%s, %s, %s::tsvector) RETURNING id",
        [highlight.id, highlight.article_id, anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix,
         highlight.note, highlight.status.value, highlight.score, highlight.created_at, highlight.modified_at,
         search]).fetchone()[0]
    with connection.cursor() as cursor:
        cursor.executemany("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                           [(highlight_id, tag_id) for tag_id in highlight.tag_ids])
    return highlight_id


def iter_highlights(connection: psycopg.Connection) -> Iterator[Highlight]:
    """Every highlight with its tag ids and its author, in id order."""
    rows = connection.execute(
        "SELECT h.id, h.article_id, h.start_offset, h.end_offset, h.exact, h.prefix, h.suffix, h.note, "
        "h.anchor_status, h.anchor_score, h.created_at, h.modified_at, h.created_by, "
        "coalesce((SELECT array_agg(ht.tag_id ORDER BY ht.tag_id) FROM highlight_tags ht "
        "WHERE ht.highlight_id = h.id), '{}') FROM highlights h ORDER BY h.id")
    for (highlight_id, article_id, start, end, exact, prefix, suffix, note, status, score, created, modified,
         author, tag_ids) in rows:
        yield Highlight(id=highlight_id, article_id=article_id, anchor=Anchor(start, end, exact, prefix, suffix),
                        note=note, tag_ids=tuple(tag_ids), status=AnchorStatus(status), score=score,
                        created_at=created, modified_at=modified, author=author)


def private_notes_of_role(connection: psycopg.Connection) -> list[PrivateNote]:
    """The private notes of the role connected (row-level security shows no other's; the
    condition keeps a superuser to its own as well)."""
    rows = connection.execute("SELECT highlight_id, note, created_at, modified_at FROM private_notes "
                              "WHERE author = current_user ORDER BY highlight_id")
    return [PrivateNote(*row) for row in rows]


def insert_private_note(connection: psycopg.Connection, highlight_id: int, note: PrivateNote) -> None:
    """Store a private note of the role connected on a highlight, with its times."""
    connection.execute("INSERT INTO private_notes (highlight_id, note, created_at, modified_at) "
                       "VALUES (%s, %s, %s, %s)",
                       [highlight_id, note.note, note.created_at, note.modified_at])


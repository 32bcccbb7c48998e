"""An article's own pictures (an e-book's, a Word file's), stored in the library beside
it and deleted with it (`ON DELETE CASCADE`)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.core.images import EmbeddedImage

CREATE_IMAGES = """
CREATE TABLE article_images (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    content_hash TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    size INTEGER NOT NULL CHECK (size > 0 AND size <= 5242880),
    description TEXT NOT NULL DEFAULT '',
    data BLOB NOT NULL,
    UNIQUE (article_id, position)
);
CREATE INDEX article_images_by_hash ON article_images (content_hash)
"""


@dataclass(frozen=True)
class StoredImage:
    """One stored picture: where it stands in its article (`position`) and its bytes."""

    id: int
    article_id: int
    position: int
    media_type: str
    width: int
    height: int
    description: str
    data: bytes


def create_image_table(db: sqlite_utils.Database) -> None:
    for statement in CREATE_IMAGES.split(";"):
        if statement.strip():
            db.execute(statement)


def save_images(db: sqlite_utils.Database, article_id: int, images: tuple[EmbeddedImage, ...]) -> None:
    """Store an article's pictures in place of those it had. Call inside a write transaction."""
    db.execute("DELETE FROM article_images WHERE article_id = ?", [article_id])
    for image in images:
        db.execute(
            "INSERT INTO article_images (article_id, position, content_hash, media_type, width, height, size,"
            " description, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, image.position, image.content_hash, image.media_type, image.width, image.height,
             len(image.data), image.description, image.data])


def images_of(db: sqlite_utils.Database, article_id: int) -> list[StoredImage]:
    """The article's pictures in their order."""
    rows = db.execute(
        "SELECT id, article_id, position, media_type, width, height, description, data FROM article_images"
        " WHERE article_id = ? ORDER BY position", [article_id]).fetchall()
    return [StoredImage(*row) for row in rows]

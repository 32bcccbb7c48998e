"""Pictures a document carries inside it (an e-book's, a Word file's), kept in the library
beside the article: only raster kinds every image reader knows, told by their bytes'
signature (never by a file name), each and all of an article's within a size."""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

MAX_IMAGE_BYTES = 5 * 2**20
MAX_ARTICLE_IMAGE_BYTES = 25 * 2**20
MAX_IMAGES = 200
# A small file can claim a huge picture (a "decompression bomb"): its pixels are capped too.
MAX_PIXELS = 40_000_000

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


@dataclass(frozen=True)
class EmbeddedImage:
    """One picture of a document, `position` its rank in the article (from 0)."""

    position: int
    data: bytes
    media_type: str
    width: int
    height: int
    description: str = ""  # its alternative text or caption

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def image_type(data: bytes) -> str | None:
    """The media type `data` is by its first bytes (PNG, JPEG, GIF, WebP), or None."""
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def image_size(data: bytes, media_type: str) -> tuple[int, int] | None:
    """(width, height) its header declares, or None when the header cannot be read."""
    try:
        if media_type == "image/png" and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        if media_type == "image/gif":
            return struct.unpack("<HH", data[6:10])
        if media_type == "image/webp":
            return _webp_size(data)
        if media_type == "image/jpeg":
            return _jpeg_size(data)
    except struct.error:
        return None
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        return 1 + int.from_bytes(data[24:27], "little"), 1 + int.from_bytes(data[27:30], "little")
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 9 < len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        length = struct.unpack(">H", data[position + 2:position + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[position + 5:position + 9])
            return width, height
        position += 2 + length
    return None


def accepted_image(data: bytes, position: int, description: str = "") -> EmbeddedImage | None:
    """`data` as an image of the article when it is a PNG, JPEG, GIF or WebP within
    MAX_IMAGE_BYTES and MAX_PIXELS; None otherwise (an SVG, a script named .png…)."""
    if not data or len(data) > MAX_IMAGE_BYTES or (media_type := image_type(data)) is None:
        return None
    size = image_size(data, media_type)
    if size is None or not (0 < size[0] and 0 < size[1] and size[0] * size[1] <= MAX_PIXELS):
        return None
    return EmbeddedImage(position, data, media_type, size[0], size[1], " ".join(description.split())[:500])


def within_article_budget(images: list[EmbeddedImage]) -> list[EmbeddedImage]:
    """The first images that fit MAX_IMAGES and MAX_ARTICLE_IMAGE_BYTES together."""
    kept, total = [], 0
    for image in images[:MAX_IMAGES]:
        if total + len(image.data) > MAX_ARTICLE_IMAGE_BYTES:
            break
        kept.append(image)
        total += len(image.data)
    return kept

"""Pictures are told by their bytes, within a size per picture and per article."""

import io

import pytest
from PIL import Image

from app.core.images import (MAX_ARTICLE_IMAGE_BYTES, MAX_IMAGE_BYTES, accepted_image, image_type,
                             within_article_budget)


def picture(kind: str, size=(37, 21)) -> bytes:
    data = io.BytesIO()
    Image.new("RGB", size, "red").save(data, kind)
    return data.getvalue()


@pytest.mark.parametrize(("kind", "media_type"), [("PNG", "image/png"), ("JPEG", "image/jpeg"),
                                                  ("GIF", "image/gif"), ("WEBP", "image/webp")])
def test_raster_pictures_are_told_by_their_bytes_with_their_size(kind, media_type):
    image = accepted_image(picture(kind), 3, "  Une   carte ")
    assert (image.media_type, image.width, image.height, image.position, image.description) == (
        media_type, 37, 21, 3, "Une carte")


@pytest.mark.parametrize("data", [
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',  # whatever its name says
    b"<script>alert(1)</script>", b"", b"\x89PNG\r\n\x1a\n",  # a signature and nothing else
    b"BM" + bytes(60),  # a bitmap: not a kind every reader is asked to open
])
def test_anything_else_is_refused(data):
    assert accepted_image(data, 0) is None


def test_a_picture_too_large_in_bytes_or_pixels_is_refused():
    png = picture("PNG")
    huge = png[:16] + (100_000).to_bytes(4, "big") + (100_000).to_bytes(4, "big") + png[24:]
    assert image_type(huge) == "image/png" and accepted_image(huge, 0) is None
    assert accepted_image(png + bytes(MAX_IMAGE_BYTES), 0) is None


def test_an_article_keeps_the_pictures_that_fit_its_budget():
    big = accepted_image(picture("PNG") + bytes(MAX_IMAGE_BYTES - 200), 0)
    kept = within_article_budget([big] * 10)
    assert len(kept) == MAX_ARTICLE_IMAGE_BYTES // len(big.data)

"""Galleries and slideshows inside a saved page: a run of sibling blocks that each hold a
picture and a short caption (a "50 best …" slideshow, a carousel of other stories). When
their captions are unrelated to the article around them, they are not the article, and
every extractor would otherwise keep their text in the middle of it.

The rule: an element whose children include at least `MIN_SLIDES` blocks of the same
kind (tag and class), each with an image and at most `MAX_SLIDE_WORDS` words, is a
gallery; it is dropped when under `RELATED_SHARE` of its captions' distinct words (of
five letters or more) occur in the page's paragraphs outside it, and those paragraphs hold
at least `MIN_ARTICLE_WORDS` words (a photo essay, all gallery, stays whole). The article is
what stands outside every gallery of the page.
"""

from __future__ import annotations

import re
from collections import Counter

MIN_SLIDES = 5
MAX_SLIDE_WORDS = 120
MIN_GALLERY_WORDS = 30
RELATED_SHARE = 0.3
MIN_ARTICLE_WORDS = 80

_IMAGES = ("img", "picture", "figure", "svg", "video")
_WORD = re.compile(r"\w+")
_LONG_WORD = re.compile(r"\w{5,}")
_MAX_CANDIDATES = 200


def drop_galleries(tree) -> int:
    """Remove the unrelated galleries from the parsed page `tree`; how many were removed."""
    if tree is None:
        return 0
    body = tree.find("body")
    if body is None:
        return 0
    galleries = _galleries(body)
    if not galleries:
        return 0
    # The article is what stands outside every gallery: counted once for the page.
    article_words, article_length = _article_words(body, [slide for _, slides in galleries for slide in slides])
    if article_length < MIN_ARTICLE_WORDS:
        return 0
    dropped = 0
    for _gallery, slides in galleries:
        gallery_words = {word.casefold() for slide in slides for word in _LONG_WORD.findall(_text(slide))}
        if not gallery_words:
            continue
        related = sum(1 for word in gallery_words if word in article_words) / len(gallery_words)
        if related < RELATED_SHARE:
            for slide in slides:
                slide.drop_tree()
            dropped += 1
    return dropped


def _galleries(body) -> list[tuple[object, list]]:
    found: list[tuple[object, list]] = []
    inside: set[int] = set()
    for parent in body.iter():
        if len(found) >= _MAX_CANDIDATES:
            break
        if not isinstance(parent.tag, str) or len(parent) < MIN_SLIDES:
            continue
        if any(id(ancestor) in inside for ancestor in parent.iterancestors()):
            continue
        kinds = Counter(_kind(child) for child in parent if isinstance(child.tag, str))
        for kind, count in kinds.items():
            if count < MIN_SLIDES:
                continue
            slides = [child for child in parent if isinstance(child.tag, str) and _kind(child) == kind
                      and _is_slide(child)]
            words = sum(len(_WORD.findall(_text(slide))) for slide in slides)
            if len(slides) >= MIN_SLIDES and words >= MIN_GALLERY_WORDS:
                found.append((parent, slides))
                inside.add(id(parent))
    return found


def _kind(element) -> tuple[str, str]:
    return element.tag, " ".join(sorted((element.get("class") or "").split()))


def _is_slide(element) -> bool:
    has_image = element.tag in _IMAGES or any(True for _ in element.iter(*_IMAGES))
    return has_image and len(_WORD.findall(_text(element))) <= MAX_SLIDE_WORDS


def _article_words(body, slides: list) -> tuple[set[str], int]:
    """The distinct words of five letters or more of the page's paragraphs outside the
    galleries' slides, and how many words those paragraphs hold."""
    slide_ids = {id(slide) for slide in slides}
    words: set[str] = set()
    length = 0
    for paragraph in body.iter("p", "h1", "h2", "li"):
        if id(paragraph) in slide_ids or any(id(ancestor) in slide_ids for ancestor in paragraph.iterancestors()):
            continue
        found = _WORD.findall(_text(paragraph))
        length += len(found)
        words.update(word.casefold() for word in found if len(word) >= 5)
    return words, length


def _text(element) -> str:
    return " ".join(element.itertext())

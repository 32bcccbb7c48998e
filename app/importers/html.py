"""Saved web pages: the article's text and metadata extracted by trafilatura, without
menus, cookie banners, comments or related links.

Trafilatura's precision setting is the default; it sometimes cuts a long article to a
few paragraphs. The rule, measured on the Scrapinghub article-extraction benchmark (181
pages, `bench/corpora/`): when it keeps under 30 % of the words trafilatura's
recall-oriented setting keeps, that text is taken; when what is taken keeps under half
the words readability-lxml keeps, the paragraphs of both are taken in the page's order
(each may hold a part of an article laid out in several blocks). The article's
`extras["extractor"]` names the extractor when it is not the default one.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.etree
import lxml.html
import trafilatura

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.importers.common import article_from_text, with_structure
from app.importers.epub_text import chapter_text
from app.importers.galleries import drop_galleries
from app.importers.html_structure import inline_runs, structure_blocks
from app.importers.html_authors import page_authors
from app.importers.html_metadata import (choose_title, page_metadata, parse_page,
                                         publication_date)
from app.importers.language import detect_language
from app.importers.reading import decode_text, read_bytes

RECALL_SHARE = 0.3
READABILITY_SHARE = 0.5
RECALL_EXTRACTOR = "trafilatura (recall)"
READABILITY_EXTRACTOR = "readability-lxml"

_WORDS = re.compile(r"\w+")
# Where the text is this long and clearly in another language than the page declares,
# the page's template is wrong, not the text.
_LANGUAGE_CHECK_CHARS = 400
_OPTIONS = {"include_comments": False, "include_tables": True}
_MAX_PLACED_PARAGRAPHS = 5_000
_MATH = re.compile(r"<math[\s>]", re.I)
_MATH_ANNOTATIONS = {"annotation", "annotation-xml"}
_SPACE_RUNS = re.compile(r"[ \t]{2,}")
_NOT_ARTICLE = " | ".join(f".//{tag}" for tag in (
    "script", "style", "noscript", "template", "nav", "footer", "form", "button", "select", "a"))


def read_html(path: Path) -> Article:
    """Read an `.html`/`.htm` file into an article, or raise `ImportRejected`."""
    data = read_bytes(path)
    page = _with_math_as_text(decode_text(data, path))
    tree = parse_page(page)
    meta = page_metadata(tree)
    galleries = drop_galleries(tree)
    if galleries:
        page = lxml.html.tostring(tree, encoding="unicode")
    document = trafilatura.bare_extraction(page, with_metadata=True, favor_precision=True, **_OPTIONS)
    text = (document.text or "") if document is not None else ""
    blocks = structure_blocks(document.body if document is not None else None)
    site = (document.sitename if document is not None else None) or meta.site_name
    # Before `_fullest_text`, which strips the tree's links and menus.
    author = page_authors(document.author if document is not None else None, tree, site_name=site, host=meta.host)
    runs = inline_runs(tree.find("body") if tree is not None else None)
    text, extractor, blocks = _fullest_text(page, text, blocks, tree)
    text = _SPACE_RUNS.sub(" ", text)
    if not text.strip():
        raise ImportRejected(path, Message("no article text was found in this page"))
    extras = {"extractor": extractor} if extractor else {}
    if galleries:
        extras["galleries_dropped"] = galleries
    article = article_from_text(
        path, text, format="html",
        title=choose_title(document.title if document is not None else None, meta.title, site, meta.headings,
                           meta.host, meta.subheadings),
        author=author,
        published=publication_date(document.date if document is not None else None, meta),
        source=site, url=document.url if document is not None else None,
        language=_language(meta.language or (document.language if document is not None else None), text),
        extras=extras,
    )
    return with_structure(article, blocks, runs)


def _with_math_as_text(page: str) -> str:
    """`page` with each MathML formula replaced by its text (its `alttext`, or its
    symbols), which every extractor would otherwise drop ("When , there are two …")."""
    if not _MATH.search(page):
        return page
    tree = parse_page(page)
    if tree is None:
        return page
    for math in list(tree.iter("math")):
        parent = math.getparent()
        if parent is None:
            continue
        symbols = [text.strip() for element in math.iter() if element.tag not in _MATH_ANNOTATIONS
                   for text in (element.text,) if text and text.strip()]
        span = lxml.html.Element("span")
        span.text = " ".join((math.get("alttext") or " ".join(symbols)).split())
        span.tail = math.tail
        parent.replace(math, span)
    return lxml.html.tostring(tree, encoding="unicode")


def _fullest_text(page: str, precise: str, blocks: list, tree) -> tuple[str, str | None, list]:
    """The text by the rule in the module's docstring, the extractor that gave it when it
    is not the default, and its structure blocks. `tree` is the parsed page, which this
    changes."""
    words = _word_count(precise)
    visible = _visible_text(tree)
    page_words = _word_count(visible)
    # Neither fallback can keep more words than the page shows: most pages need neither run.
    if words >= READABILITY_SHARE * page_words:
        return precise, None, blocks
    text, extractor = precise, None
    recall_document = trafilatura.bare_extraction(page, with_metadata=False, favor_recall=True, **_OPTIONS)
    recall = (recall_document.text or "") if recall_document is not None else ""
    if words < RECALL_SHARE * _word_count(recall):
        text, extractor, words = recall, RECALL_EXTRACTOR, _word_count(recall)
        blocks = structure_blocks(recall_document.body)
    readable, readable_blocks = _readability_text(page)
    if words < READABILITY_SHARE * _word_count(readable):
        text, extractor = _in_page_order(visible, [text, readable]), READABILITY_EXTRACTOR
        blocks = blocks + readable_blocks
    return text, extractor, blocks


def _in_page_order(visible: str, texts: list[str]) -> str:
    """The paragraphs of `texts`, each once, in the order the page shows them (the last
    text alone when they hold too many paragraphs to place one by one)."""
    if sum(text.count("\n") for text in texts) > _MAX_PLACED_PARAGRAPHS:
        return texts[-1]
    flat = " ".join(visible.split())
    placed: dict[str, float] = {}
    for text in texts:
        last = -1.0
        for paragraph in text.split("\n"):
            key = " ".join(paragraph.split())
            if not key or key in placed:
                continue
            found = flat.find(key[:80])
            last = float(found) if found >= 0 else last + 0.001
            placed[key] = last
    return "\n".join(sorted(placed, key=placed.__getitem__))


def _readability_text(page: str) -> tuple[str, list]:
    """readability-lxml's text of the page and its structure blocks ("" when it is not
    installed: it is an extra)."""
    try:
        from readability import Document
        from readability.readability import Unparseable
    except ImportError:
        return "", []

    try:
        summary = Document(page).summary(html_partial=True)
        if not summary.strip():
            return "", []
        return chapter_text(summary), structure_blocks(lxml.html.fromstring(summary))
    except (Unparseable, ValueError, TypeError, RecursionError, lxml.etree.LxmlError):
        return "", []


def _visible_text(tree) -> str:
    if tree is None:
        return ""
    body = tree.find("body")
    if body is None:
        return ""
    # Links, menus and forms are what every extractor drops: the words left bound what any
    # of them can keep, closely enough to spare most pages the fallbacks.
    for element in body.xpath(_NOT_ARTICLE):
        element.drop_tree()
    return body.text_content()


def _language(declared: str | None, text: str) -> str | None:
    detected = detect_language(text)
    if not declared or (detected != "und" and detected != declared and len(text) >= _LANGUAGE_CHECK_CHARS):
        return detected if detected != "und" else declared
    return declared


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))

"""What a saved page says about itself, read from its parsed tree: the declared language
(comments, such as old conditional ones, are not markup), the page's own title without
the site's name, the published (not modified) date, and author names without the junk
extractors pick up."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from app.importers.dates import parse_date

# A headline's own colon or dash ("Usines d'IA : ce qui change") is not a separator.
_SEPARATORS = re.compile(r"\s+(?:[|–—·»]|-|::)\s+|\s*\|\s*")
_WORDS = re.compile(r"\w+")
_SHORT_HEADING_WORDS = 6
_MAX_JSON_LD_CHARS = 200_000
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
    "parsely-pub-date", "sailthru.date", "article.published", "cxenseparse:recs:publishtime",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
                  "dc.date.modified")
_NOT_AUTHORS = {
    "username", "user", "admin", "administrator", "author", "authors", "auteur", "auteurs", "autor",
    "autore", "作者", "authority control", "by", "par", "staff", "anonymous", "anonyme", "guest", "unknown",
    "written by", "posted by", "editor", "redaction", "rédaction",
}
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)")
# A date glued to a name ("Joe Wee Monday; February"): from a weekday, a dated month or
# "updated" on. A month alone is dropped as a part; in a name (Theresa May) it stays.
_DATE_TAIL = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|updated|published|mis à jour|publié)\b.*$"
    r"|\b" + _MONTHS + r"\s+\d.*$|\b\d{1,2}\.?\s+" + _MONTHS + r"\b.*$",
    re.I,
)
_MONTH = re.compile(_MONTHS + r"$", re.I)
_MAX_AUTHOR_WORDS = 5
_BYLINE = re.compile(r"^(?:by|par|von|por|di|door)\s+", re.I)


@dataclass(frozen=True)
class PageMetadata:
    """The page's own statements; None where it makes none."""

    language: str | None = None
    title: str | None = None
    site_name: str | None = None
    published: str | None = None
    modified: str | None = None


def parse_page(page: str):
    """The page's lxml tree, or None when it cannot be parsed."""
    try:
        return lxml.html.document_fromstring(page.encode("utf-8", "replace"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError, lxml.etree.LxmlError):
        return None


def page_metadata(tree) -> PageMetadata:
    """What the page's `<html lang>`, `<meta>`, `<title>` and JSON-LD say."""
    if tree is None:
        return PageMetadata()
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if name and content and name not in metas:
            metas[name] = content
    site_name = metas.get("og:site_name") or metas.get("application-name")
    title_tag = next((" ".join(t.text_content().split()) for t in tree.iter("title")), "")
    title = without_site_name(metas.get("og:title") or metas.get("twitter:title") or title_tag, site_name)
    return PageMetadata(language=_declared_language(tree), title=title or None, site_name=site_name,
                        published=_published(tree, metas), modified=_modified(tree, metas))


def publication_date(extracted: str | None, page: PageMetadata) -> str | None:
    """The extracted date, unless it is the day the page says it was modified and the
    page also says when it was published; the page's published date when none was
    extracted."""
    if not extracted:
        return page.published
    if page.published and page.modified and extracted[:10] == page.modified != page.published:
        return page.published
    return extracted


def _declared_language(tree) -> str | None:
    # The parsed root is the real <html>: a tag inside a comment (`<!--[if IE]><html
    # lang="en"><![endif]-->`) is comment text, never an element.
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    value = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    code = value.strip()[:2].lower()
    return code if len(code) == 2 and code.isalpha() else None


def without_site_name(title: str, site_name: str | None) -> str:
    """`title` without a site name joined to it ("Headline | Le Journal")."""
    title = " ".join(title.split())
    parts = [part.strip() for part in _SEPARATORS.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    site = _key(site_name or "")
    kept = [part for part in parts if not site or _key(part) != site]
    if len(kept) == len(parts):
        if len(parts[-1].split()) <= 3 < len(" ".join(parts[:-1]).split()):
            return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]  # a short last part names the site
        return title
    return max(kept, key=len) if kept else title


def choose_title(extracted: str | None, page_title: str | None, site_name: str | None) -> str | None:
    """The extracted title, unless it is a short heading that is not the page's headline
    ("About This Site", "Hi, I'm Nicolas."), when the page's own title wins."""
    extracted = without_site_name(extracted, site_name) if extracted else None
    if not page_title:
        return extracted
    if not extracted:
        return page_title
    ours, theirs = _key(extracted), _key(page_title)
    if ours in theirs or theirs in ours:
        return extracted
    return page_title if len(_WORDS.findall(extracted)) <= _SHORT_HEADING_WORDS else extracted


def clean_authors(author: str | None) -> str | None:
    """The author names of `author` ("A; B"), without words that are not names
    ("Username", "Authority control", "作者") and a date glued to a name."""
    if not author:
        return None
    names = []
    for part in re.split(r"[;|]|\s+and\s+|\s+et\s+|,\s+(?=\S+\s+\S+)", author):
        name = _DATE_TAIL.sub("", " ".join(part.split())).strip(" ,;:-–—")
        name = _BYLINE.sub("", name)
        if (not name or name.casefold() in _NOT_AUTHORS or _MONTH.match(name)
                or any(char.isdigit() for char in name) or "@" in name or "http" in name.lower()
                or len(name.split()) > _MAX_AUTHOR_WORDS):
            continue
        if name not in names:
            names.append(name)
    return "; ".join(names) or None


def _published(tree, metas: dict[str, str]) -> str | None:
    for name in _PUBLISHED_META:
        if name in metas and (date := _iso_date(metas[name])):
            return date
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            text = script.text or ""
            if len(text) <= _MAX_JSON_LD_CHARS and (date := _json_ld_published(text)):
                return date
    for time in tree.iter("time"):
        if (time.get("itemprop") == "datePublished" or time.get("pubdate") is not None) and \
                (date := _iso_date(time.get("datetime") or time.text_content())):
            return date
    return None


def _modified(tree, metas: dict[str, str]) -> str | None:
    for name in _MODIFIED_META:
        if name in metas and (date := _iso_date(metas[name])):
            return date
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            text = script.text or ""
            if len(text) <= _MAX_JSON_LD_CHARS and (date := _json_ld_date(text, "dateModified")):
                return date
    return None


def _json_ld_published(text: str) -> str | None:
    return _json_ld_date(text, "datePublished")


def _json_ld_date(text: str, key: str) -> str | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    pending, seen = [data], 0
    while pending and seen < 1_000:
        item, seen = pending.pop(0), seen + 1
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            value = item.get(key)
            if isinstance(value, str) and (date := _iso_date(value)):
                return date
            pending.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return None


def _iso_date(value: str) -> str | None:
    value = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    found = parse_date(value)
    return found[:10] if found else None


def _key(text: str) -> str:
    return "".join(_WORDS.findall(text.casefold()))

"""Reading feeds (RSS 0.9x, 1.0 and 2.0 and Atom through feedparser; JSON Feed, which
feedparser 6 does not read, with the standard library) and OPML subscription lists
(parsed by defusedxml, which refuses entity expansion and external references)."""

from __future__ import annotations

import calendar
import hashlib
import json
import re
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

import defusedxml.ElementTree
from defusedxml import DefusedXmlException

from app.core.errors import ToldError
from app.core.feeds import Feed, FeedEntry
from app.core.messages import Message
from app.importers.web_fetch import is_web_address

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]")
_JSON_TYPES = frozenset({"application/feed+json", "application/json"})


class FeedUnreadable(ToldError):
    """A document that is not a feed Carnet reads, with the reason."""


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    site_url: str | None
    entries: list[FeedEntry]


def parse_feed(data: bytes, *, url: str, media_type: str = "") -> ParsedFeed:
    """The feed's title, site and entries; `FeedUnreadable` when `data` is no feed."""
    if media_type in _JSON_TYPES or data.lstrip()[:1] == b"{":
        return _parse_json_feed(data, url)
    import feedparser  # here: it costs a tenth of a second to import, at every start otherwise
    parsed = feedparser.parse(data, response_headers={"content-type": media_type or "application/xml",
                                                      "content-location": url})
    entries = [entry for entry in (_entry(item, url) for item in parsed.entries) if entry is not None]
    if not entries and (parsed.bozo or not parsed.version):
        error = parsed.get("bozo_exception")
        if not parsed.version and not _FEED_ROOT.search(data[:4096]):
            raise FeedUnreadable(Message("this is not a feed (RSS, Atom or JSON Feed)"))
        raise FeedUnreadable(Message("this feed cannot be read: {error}", error=_first_line(error)))
    feed = parsed.feed
    return ParsedFeed(_text(feed.get("title")), feed.get("link"), entries)


def _entry(item, feed_url: str) -> FeedEntry | None:
    link = item.get("link")
    link = urljoin(feed_url, link) if link else None
    if link and not is_web_address(link):
        link = None
    key = item.get("id") or link or _hash_key(item.get("title"), item.get("summary"))
    if not key:
        return None
    contents = [part.get("value", "") for part in item.get("content", [])] + [item.get("summary", "")]
    when = item.get("published_parsed") or item.get("updated_parsed")
    categories = tuple(dict.fromkeys(t for t in (_text(tag.get("term") or tag.get("label"))
                                                 for tag in item.get("tags", [])) if t))
    return FeedEntry(key=str(key), link=link, title=_text(item.get("title")) or "",
                     published=_iso(when),
                     author=_text((item.get("author_detail") or {}).get("name") or item.get("author")),
                     categories=categories,
                     content=max(contents, key=len))


def _parse_json_feed(data: bytes, url: str) -> ParsedFeed:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise FeedUnreadable(Message("this feed cannot be read: {error}", error=_first_line(error))) from None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith("https://jsonfeed.org/"):
        raise FeedUnreadable(Message("this is not a feed (RSS, Atom or JSON Feed)"))
    items = document.get("items")
    entries = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") if isinstance(item.get("url"), str) else None
        link = urljoin(url, link) if link else None
        if link and not is_web_address(link):
            link = None
        content = item.get("content_html") or _paragraphs(item.get("content_text")) or item.get("summary") or ""
        key = item.get("id") or link or _hash_key(item.get("title"), content)
        if not key or not isinstance(content, str):
            continue
        authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
        names = [a.get("name") for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
        tags = item.get("tags") if isinstance(item.get("tags"), list) else []
        entries.append(FeedEntry(
            key=str(key), link=link, title=_text(item.get("title")) or "",
            published=_json_date(item.get("date_published") or item.get("date_modified")),
            author=", ".join(names) or None, categories=tuple(str(tag) for tag in tags if isinstance(tag, str)),
            content=content))
    title = document.get("title")
    home = document.get("home_page_url")
    return ParsedFeed(title if isinstance(title, str) else None, home if isinstance(home, str) else None, entries)


def _paragraphs(text: object) -> str:
    if not isinstance(text, str):
        return ""
    import html

    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


def _json_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso(when: time.struct_time | None) -> str | None:
    if not when:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(when)))
    except (OverflowError, ValueError):
        return None


def _hash_key(*parts: object) -> str | None:
    joined = "\n".join(str(part) for part in parts if part)
    return "sha256:" + hashlib.sha256(joined.encode("utf-8")).hexdigest() if joined else None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _first_line(error: object) -> str:
    return (str(error or "").strip().splitlines() or ["unknown error"])[0]


@dataclass(frozen=True)
class Subscription:
    """A feed named in an OPML file: its address, name and tag (the folder it is in)."""

    url: str
    name: str | None
    tag: str | None


def read_opml(data: bytes) -> list[Subscription]:
    """The feeds of an OPML file (outlines with an `xmlUrl`), in order; a feed's tag is
    its `category` attribute, else the name of the outline folder it is in."""
    try:
        root = defusedxml.ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise FeedUnreadable(Message("this OPML file cannot be read: {error}", error=_first_line(error))) from None
    if root.tag != "opml" or root.find("body") is None:
        raise FeedUnreadable(Message("this is not an OPML file (no <opml> with a <body>)"))
    found: list[Subscription] = []

    def walk(outline, folder: str | None) -> None:
        for child in outline.findall("outline"):
            url = (child.get("xmlUrl") or "").strip()
            name = _text(child.get("title") or child.get("text"))
            if url:
                if is_web_address(url):
                    category = _text((child.get("category") or "").split(",")[0].strip("/ "))
                    found.append(Subscription(url, name, category or folder))
            else:
                walk(child, name or folder)

    walk(root.find("body"), None)
    return found


def write_opml(feeds: list[Feed]) -> str:
    """An OPML 2.0 document listing `feeds` (their tag as `category`)."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = "Carnet feeds"
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        attributes = {"type": "rss", "text": feed.display_name, "title": feed.display_name, "xmlUrl": feed.url}
        if feed.site_url:
            attributes["htmlUrl"] = feed.site_url
        if feed.tag:
            attributes["category"] = feed.tag
        ElementTree.SubElement(body, "outline", attributes)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"

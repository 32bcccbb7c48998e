"""What a saved page says about itself, read from its parsed tree: the declared language
(comments, such as old conditional ones, are not markup), the page's own title without
the site's name, the published (not modified) date, and author names without the junk
extractors pick up."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from app.importers.dates import parse_date

# A headline's own colon or dash ("Usines d'IA : ce qui change") is not a separator.
_SEPARATORS = re.compile(r"\s+(?:[|–—·»]|-|::)\s+|\s*\|\s*")
_WORDS = re.compile(r"\w+")
_COLON = re.compile(r"\s+:\s+")
_MAX_SITE_WORDS = 12
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
    "written by", "posted by", "editor", "redaction", "rédaction", "wordpressadmin", "webmaster", "human",
    "name", "no author", "posted", "published", "says", "said", "on", "reply", "antworten", "kommentar",
    "follow", "folgen", "phd", "dr", "prof",
}
# What a byline or a field carries before or after the name ("Autor: …", "责任编辑：…", "… says").
_NAME_PREFIX = re.compile(r"^(?:autor(?:in)?|author|auteur|责任编辑|编辑|作者|zum profil von|written by|posted by|"
                          r"beitrag von|interview|text|texte)"
                          r"(?:\b|(?=[:：]))\s*[:：]?\s*", re.I)
_NAME_SUFFIX = re.compile(r"\s+(?:says|said|sagt|schreibt|stand|veröffentlicht)\s*:?$", re.I)
# A publisher or a newsroom named beside the people who wrote the article.
_ORGANISATION = re.compile(
    r"\b(?:gmbh|ag|inc|ltd|llc|sa|sas|média|media|verlag|press|zeitung|news|online|nachrichten|magazin|"
    r"redaktion|newsroom|group|gruppe)\b", re.I)
# A user name with digits ("happyface313") is a name; a date or a number is not.
_HANDLE = re.compile(r"^(?=.*[^\W\d_])[\w.-]+$")
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)")
# A date glued to a name ("Joe Wee Monday; February"): from a weekday, a dated month or
# "updated" on. A month alone is dropped as a part; in a name (Theresa May) it stays.
_DATE_TAIL = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|updated|published|posted|mis à jour|publié|veröffentlicht|publiziert|aktualisiert|"
    r"geschrieben|erstellt)\b.*$"
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
    headings: tuple[tuple[str, ...], ...] = ()  # each main heading's pieces of text
    host: str | None = None  # of the page's canonical address


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
    host = _host(tree, metas)
    title = without_site_name(metas.get("og:title") or metas.get("twitter:title") or title_tag, site_name, host)
    return PageMetadata(language=_declared_language(tree), title=title or None, site_name=site_name,
                        published=_published(tree, metas), modified=_modified(tree, metas),
                        headings=_main_headings(tree), host=host)


def _host(tree, metas: dict[str, str]) -> str | None:
    addresses = [metas.get("og:url", "")] + [link.get("href") or "" for link in tree.iter("link")
                                             if (link.get("rel") or "").strip().lower() == "canonical"]
    for address in addresses:
        try:
            host = urlsplit(address.strip()).hostname
        except ValueError:
            continue
        if host:
            return host.removeprefix("www.")
    return None


def _is_site(part: str, site_name: str | None, host: str | None) -> bool:
    """Whether a part of a title names the site: its name, its address ("lejournal.fr"),
    or words its address is made of ("Le Journal - Actualités" on journal.fr, "Parco
    Nazionale d'Abruzzo" on parcoabruzzo.it, "Analyse Opinion Critique" on aoc.media)."""
    key = _key(part)
    if not key:
        return False
    if site_name and key == _key(site_name):
        return True
    if not host:
        return False
    labels = host.split(".")
    name = _key(labels[-2]) if len(labels) >= 2 else _key(host)
    if key in _key(host):
        return True
    words = [word for word in (_key(word) for word in _WORDS.findall(part)[:_MAX_SITE_WORDS]) if word]
    # A site's name is a few words, never a sentence of its own ("DRK: Immer mehr …").
    if len(name) < 3 or not words or ":" in part or len(words) > _MAX_SITE_WORDS - 4:
        return False
    return words[0] == name or "".join(word[0] for word in words[:len(name)]) == name \
        or _made_of_prefixes(name, words)


def _made_of_prefixes(name: str, words: list[str]) -> bool:
    """Whether `name` is the first word's start followed by the starts (three letters or
    more, or whole words) of later words, in order."""
    seen: dict[tuple[int, int], bool] = {}

    def rest(position: int, index: int) -> bool:
        if position == len(name):
            return True
        if (position, index) in seen:
            return seen[position, index]
        seen[position, index] = False
        for later in range(index, len(words)):
            word = words[later]
            for length in range(min(len(word), len(name) - position), 0, -1):
                if (length >= 3 or length == len(word)) and name.startswith(word[:length], position) \
                        and rest(position + length, later + 1):
                    seen[position, index] = True
                    return True
        return False

    first = words[0]
    return any(name.startswith(first[:length]) and rest(length, 1)
               for length in range(min(len(first), len(name)), 2, -1))


_NOT_HEADLINE_PLACES = frozenset({"nav", "footer", "aside", "form", "template", "noscript"})
_MAX_HEADINGS = 10


def _main_headings(tree) -> tuple[tuple[str, ...], ...]:
    """The pieces of text of the page's `h1` elements outside menus, footers and forms."""
    found: list[tuple[str, ...]] = []
    for heading in tree.iter("h1"):
        if any(ancestor.tag in _NOT_HEADLINE_PLACES for ancestor in heading.iterancestors()):
            continue
        pieces = tuple(text for text in (" ".join(piece.split()) for piece in heading.itertext()) if text)
        if pieces and pieces not in found:
            found.append(pieces)
        if len(found) >= _MAX_HEADINGS:
            break
    return tuple(found)


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


def without_site_name(title: str, site_name: str | None, host: str | None = None) -> str:
    """`title` without a site name joined to it ("Headline | Le Journal"); `host`, the
    page's address's host, names the site too ("Headline - lejournal.fr"), and then
    what follows the site's name (its motto) goes with it."""
    title = " ".join(title.split())
    parts = [part.strip() for part in _SEPARATORS.split(title) if part.strip()]
    sites = [_is_site(part, site_name, host) for part in parts]
    if host and not any(sites):
        # A colon separates a site only where a part it separates names the site.
        split = [piece.strip() for part in parts for piece in _COLON.split(part) if piece.strip()]
        if any(_is_site(piece, site_name, host) for piece in split):
            parts = split
            sites = [_is_site(part, site_name, host) for part in parts]
    if len(parts) < 2:
        return title
    if any(sites):
        first, last = sites.index(True), len(sites) - 1 - sites[::-1].index(True)
        kept = parts[:first] if first > 0 else parts[last + 1:]
        return max(kept, key=len) if kept else title
    if len(parts[-1].split()) <= 3 < len(" ".join(parts[:-1]).split()):
        return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]  # a short last part names the site
    return title


def choose_title(extracted: str | None, page_title: str | None, site_name: str | None,
                 headings: tuple[tuple[str, ...], ...] = (), host: str | None = None) -> str | None:
    """The page's headline as it shows it: its first main heading (`h1`) that shares a
    third of its words with the page's own title (`og:title`, `<title>`). Otherwise
    the extracted title, unless it is a short heading that is not the page's headline
    ("About This Site", "Hi, I'm Nicolas."), when the page's own title wins."""
    page_title = without_site_name(page_title, site_name, host) if page_title else None
    if page_title and (shown := _headline(headings, page_title, site_name, host)) is not None:
        return shown
    extracted = without_site_name(extracted, site_name, host) if extracted else None
    if not page_title:
        return extracted
    if not extracted:
        return page_title
    ours, theirs = _key(extracted), _key(page_title)
    if ours in theirs or theirs in ours:
        return extracted
    return page_title if len(_WORDS.findall(extracted)) <= _SHORT_HEADING_WORDS else extracted


def _headline(headings: tuple[tuple[str, ...], ...], page_title: str, site_name: str | None,
              host: str | None) -> str | None:
    title_words = {word.casefold() for word in _WORDS.findall(page_title)}
    for pieces in headings:
        # A byline or a site name set inside the heading, after the headline, is not the headline.
        pieces = list(pieces)
        while len(pieces) > 1 and not any(word.casefold() in title_words for word in _WORDS.findall(pieces[-1])):
            pieces.pop()
        pieces = _without_kicker(pieces)
        heading = " ".join(pieces)
        words = [word.casefold() for word in _WORDS.findall(heading)]
        if not words or _is_site(heading, site_name, host):
            continue
        if sum(word in title_words for word in words) >= len(words) / 3:
            return heading
    return None


_MAX_KICKER_WORDS = 4


def _without_kicker(pieces: list[str]) -> list[str]:
    """The heading's pieces without a kicker set apart before the headline ("Klimaschutz"
    above "Bohren, bis es heiß wird"): a short first piece, the rest a headline of its own."""
    rest = [piece for piece in pieces[1:] if _WORDS.search(piece)]
    if (len(pieces) >= 2 and len(_WORDS.findall(pieces[0])) <= _MAX_KICKER_WORDS
            and not pieces[0].rstrip().endswith((".", "!", "?", ",")) and len(_WORDS.findall(" ".join(rest))) >= 3):
        return rest
    return pieces


def clean_authors(author: str | None) -> str | None:
    """The author names of `author` ("A; B"), without words that are not names
    ("Username", "Authority control", "作者"), a date glued to a name, and a publisher
    named beside the people ("Le Journal SA; Anne Martin")."""
    if not author:
        return None
    names = []
    for part in re.split(r"[;|]|\s+and\s+|\s+et\s+|,\s+(?=\S+\s+\S+)", author):
        name = _DATE_TAIL.sub("", " ".join(part.split())).strip(" ,;:-–—")
        name = _NAME_SUFFIX.sub("", _NAME_PREFIX.sub("", _BYLINE.sub("", name))).strip(" ,;:-–—")
        if (not name or name.casefold() in _NOT_AUTHORS or _MONTH.match(name)
                or (any(char.isdigit() for char in name) and not _HANDLE.match(name))
                or "@" in name or "http" in name.lower() or len(name.split()) > _MAX_AUTHOR_WORDS):
            continue
        if name not in names:
            names.append(name)
    people = [name for name in names if not _ORGANISATION.search(name)]
    return "; ".join(people or names) or None


_BYLINE_PLACES = ("comment", "respond", "reply", "sidebar", "widget", "footer", "related")
_MAX_BYLINE_CHARS = 80


def byline_author(tree) -> str | None:
    """The author a page's byline names (`rel="author"`, `itemprop="author"`, an
    `author` or `byline` element's name), outside comments, sidebars and footers."""
    if tree is None:
        return None
    body = tree.find("body")
    if body is None:
        return None
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        classes = f"{element.get('class') or ''} {element.get('rel') or ''} {element.get('itemprop') or ''}".lower()
        if not (element.get("rel") == "author" or element.get("itemprop") == "author"
                or re.search(r"\b(?:author|byline)\b", classes)):
            continue
        if any(place in f"{a.get('class') or ''} {a.get('id') or ''}".lower() for a in element.iterancestors()
               for place in _BYLINE_PLACES if isinstance(a.tag, str)):
            continue
        named = element.find(".//*[@itemprop='name']")
        if named is None:
            named = element.find(".//*[@class]")
            named = named if named is not None and re.search(r"\bfn\b", named.get("class") or "") else element
        text = " ".join(named.text_content().split())
        if text and len(text) <= _MAX_BYLINE_CHARS and (found := clean_authors(text)):
            return found
    return None


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

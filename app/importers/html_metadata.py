"""What a saved page says about itself, read from its parsed tree: the declared language
(comments, such as old conditional ones, are not markup), the page's own title without
the site's name, and the published (not modified) date. Authors: `html_authors`."""

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
_SECTION_NAME_WORDS = 1
_MAX_JSON_LD_CHARS = 200_000
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
    "parsely-pub-date", "sailthru.date", "article.published", "cxenseparse:recs:publishtime",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
                  "dc.date.modified")
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
    subheadings: tuple[str, ...] = ()  # the texts of its h2 and h3 elements outside menus


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
                        headings=_main_headings(tree), host=host, subheadings=_subheadings(tree))


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


def names_site(part: str, site_name: str | None, host: str | None) -> bool:
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


# A soft hyphen marks where a browser may break a word ("Er\xadin\xadne\xadrung"): not text.
_SOFT_HYPHEN = "\u00ad"
_NOT_HEADLINE_PLACES = frozenset({"nav", "footer", "aside", "form", "template", "noscript"})
_MAX_HEADINGS = 10


def _main_headings(tree) -> tuple[tuple[str, ...], ...]:
    """The pieces of text of the page's `h1` elements outside menus, footers and forms;
    of its `h2` elements when it has no such `h1` (a blog's post under its name)."""
    for level in ("h1", "h2"):
        found: list[tuple[str, ...]] = []
        for heading in tree.iter(level):
            if any(ancestor.tag in _NOT_HEADLINE_PLACES for ancestor in heading.iterancestors()):
                continue
            pieces = tuple(text for text in (" ".join(piece.replace(_SOFT_HYPHEN, "").split())
                                             for piece in _texts(heading)) if text)
            # A blog's day heading ("Samstag, 5. Oktober 2013") is not a post's title.
            if pieces and pieces not in found and not (level == "h2" and parse_date(" ".join(pieces))):
                found.append(pieces)
            if len(found) >= _MAX_HEADINGS:
                break
        if found:
            return tuple(found)
    return ()


_MAX_SUBHEADINGS = 40


def _subheadings(tree) -> tuple[str, ...]:
    found = []
    for heading in tree.iter("h2", "h3"):
        if not any(ancestor.tag in _NOT_HEADLINE_PLACES for ancestor in heading.iterancestors()):
            found.append(join_pieces(" ".join(piece.replace(_SOFT_HYPHEN, "").split()) for piece in _texts(heading)
                                     if piece.strip()))
        if len(found) >= _MAX_SUBHEADINGS:
            break
    return tuple(found)


def _texts(element):
    """The pieces of text under `element`, without a ruby's reading aids (`rt`, `rp`:
    the furigana above Japanese characters)."""
    for child in element.iter():
        if child is not element and isinstance(child.tag, str) and child.tag in ("rt", "rp"):
            pass
        elif child.text and (child is element or isinstance(child.tag, str)):
            yield child.text
        if child is not element and child.tail:
            yield child.tail


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


def without_site_name(title: str, site_name: str | None, host: str | None = None, *,
                      named_only: bool = False) -> str:
    """`title` without a site name joined to it ("Headline | Le Journal"); `host`, the
    page's address's host, names the site too ("Headline - lejournal.fr"), and then
    what follows the site's name (its motto) goes with it. A short last part is taken
    for a site's name unless `named_only`."""
    title = " ".join(title.split())
    parts = [part.strip() for part in _SEPARATORS.split(title) if part.strip()]
    sites = [names_site(part, site_name, host) for part in parts]
    if host and not any(sites):
        # A colon separates a site only where a part it separates names the site.
        split = [piece.strip() for part in parts for piece in _COLON.split(part) if piece.strip()]
        if any(names_site(piece, site_name, host) for piece in split):
            parts = split
            sites = [names_site(part, site_name, host) for part in parts]
    if len(parts) < 2:
        return title
    if any(sites):
        first, last = sites.index(True), len(sites) - 1 - sites[::-1].index(True)
        kept = parts[:first] if first > 0 else parts[last + 1:]
        return max(kept, key=len) if kept else title
    if not named_only and len(parts[-1].split()) <= 3 < len(" ".join(parts[:-1]).split()):
        return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]  # a short last part names the site
    return title


def choose_title(extracted: str | None, page_title: str | None, site_name: str | None,
                 headings: tuple[tuple[str, ...], ...] = (), host: str | None = None,
                 subheadings: tuple[str, ...] = ()) -> str | None:
    """The page's headline as it shows it: its first main heading (`h1`, or `h2` on a
    page without one) that shares a third of its words with the page's own title
    (`og:title`, `<title>`), or else its only main heading, unless `subheadings` show
    the page's title. Otherwise the extracted title, unless it is a short heading that
    is not the page's headline ("About This Site", "Hi, I'm Nicolas."), when the page's
    own title wins (but not a one-word one such as "Home")."""
    page_title = without_site_name(page_title, site_name, host) if page_title else None
    if page_title and (shown := _headline(headings, page_title, site_name, host)) is not None:
        return shown
    # A page's only main heading is its headline, whatever its `<title>` says for search
    # engines; unless the page shows that title too, under a promo ("Partez en voyage !").
    if len(headings) == 1 and (only := _only_heading(headings[0], site_name, host)) and not (
            page_title and any(_key(shown) == _key(page_title) for shown in subheadings)):
        return only
    extracted = without_site_name(extracted, site_name, host) if extracted else None
    if not page_title:
        return extracted
    if not extracted:
        return page_title
    ours, theirs = _key(extracted), _key(page_title)
    if ours in theirs or theirs in ours:
        return extracted
    # A page title shorter still than the heading names a section ("Home", "blog").
    if len(_WORDS.findall(page_title)) <= _SECTION_NAME_WORDS < len(_WORDS.findall(extracted)):
        return extracted
    return page_title if len(_WORDS.findall(extracted)) <= _SHORT_HEADING_WORDS else extracted


def _headline(headings: tuple[tuple[str, ...], ...], page_title: str, site_name: str | None,
              host: str | None) -> str | None:
    title_words = {word.casefold() for word in _WORDS.findall(page_title)}
    title_key = _key(page_title)

    def shares(word: str) -> bool:
        # "Mail-Aktion" is in "Mailaktion"; Chinese and Japanese are written without spaces.
        word = word.casefold()
        return word in title_words or ((len(word) >= _SIGNIFICANT_LETTERS or bool(_CJK.match(word)))
                                       and word in title_key)

    for pieces in headings:
        # A byline or a site name set inside the heading, after the headline, is not the headline.
        pieces = list(pieces)
        while len(pieces) > 1 and not any(shares(word) for word in _WORDS.findall(pieces[-1])):
            pieces.pop()
        pieces = _without_kicker(pieces, page_title)
        heading = join_pieces(pieces)
        words = [word.casefold() for word in _WORDS.findall(heading)]
        if not words or names_site(heading, site_name, host):
            continue
        # Short words ("und", "the", "de") are shared by any two titles of a language.
        words = [word for word in words if len(word) >= _SIGNIFICANT_LETTERS] or words
        if sum(shares(word) for word in words) >= len(words) / 3:
            return heading
    return None


_MIN_ONLY_HEADING_WORDS = 3
_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def join_pieces(pieces) -> str:
    """The pieces of a heading's text as one line: apart by a space, except between two
    pieces of Chinese, Japanese or Korean, which has none."""
    text = ""
    for piece in pieces:
        if text and not (_CJK.match(text[-1]) and _CJK.match(piece[0])):
            text += " "
        text += piece
    return text


def _only_heading(pieces: tuple[str, ...], site_name: str | None, host: str | None) -> str | None:
    heading = without_site_name(join_pieces(pieces), site_name, host, named_only=True)
    # One or two words are a section's or a site's name ("Cronaca", "DimidoBlog").
    if len(_WORDS.findall(heading)) < _MIN_ONLY_HEADING_WORDS or names_site(heading, site_name, host) \
            or _ADDRESS.fullmatch(heading):
        return None
    return heading


_MAX_KICKER_WORDS = 4
_SIGNIFICANT_LETTERS = 4


def _without_kicker(pieces: list[str], page_title: str = "") -> list[str]:
    """The heading's pieces without a kicker set apart before the headline ("Klimaschutz"
    above "Bohren, bis es heiß wird"): a short first piece, the rest a headline of its own,
    or the page's own title."""
    rest = [piece for piece in pieces[1:] if _WORDS.search(piece)]
    if (len(pieces) >= 2 and len(_WORDS.findall(pieces[0])) <= _MAX_KICKER_WORDS
            and not pieces[0].rstrip().endswith((".", "!", "?", ","))
            and " " in join_pieces(pieces[:2])  # not a ruby's base, one word with the next

            and (len(_WORDS.findall(" ".join(rest))) >= 3 or _key(" ".join(rest)) == _key(page_title))):
        return rest
    return pieces


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

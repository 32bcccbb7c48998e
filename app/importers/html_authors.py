"""Who wrote a saved page: the extractor's author field without the junk extractors pick
up, and the page's byline when that field names nobody."""

from __future__ import annotations

import html
import re

from app.importers.html_metadata import names_site

_NOT_AUTHORS = {
    "username", "user", "admin", "administrator", "author", "authors", "auteur", "auteurs", "autor",
    "autore", "作者", "authority control", "by", "par", "staff", "anonymous", "anonyme", "guest", "unknown",
    "written by", "posted by", "editor", "redaction", "rédaction", "wordpressadmin", "webmaster", "human",
    "name", "no author", "posted", "published", "says", "said", "on", "reply", "antworten", "kommentar",
    "follow", "folgen", "phd", "dr", "prof", "all posts", "view all posts", "alle beiträge", "alle artikel",
    "more posts", "tous les articles", "von", "durch", "de", "por", "door", "mit",
}
# What a byline or a field carries before or after the name ("Autor: …", "责任编辑：…", "… says").
_NAME_PREFIX = re.compile(r"^(?:(?:post |article )?autor(?:in)?|(?:post |article )?author|auteur|责任编辑|编辑|作者|zum profil von|written by|posted by|"
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
# A picture's credit ("Foto: Ingo Schneider") names who took it, not who wrote.
_CREDIT = re.compile(r"^(?:foto|fotos|photo|photos|bild|bilder|image|credit|crédit|©|\(c\))(?:\b|(?=\W))", re.I)
# An address spelled as words ("Facebook Com", "Mdr De"), which extractors make of a domain.
_ADDRESS = re.compile(r"\s(?:com|net|org|info|de|at|ch|fr|it|es|eu|io|uk|us)$", re.I)
_BYLINE = re.compile(r"^(?:by|par|von|vom|por|di|door|durch)\s+", re.I)


def page_authors(extracted: str | None, tree, *, site_name: str | None = None, host: str | None = None) -> str | None:
    """The page's authors: the extractor's field cleaned, without the site's own name
    beside people ("Die Tagespost; Christoph von Ritter"); the byline's names when the
    field names nobody, or names only the site (a blog's author often is its name) and
    the byline names someone else."""
    named = clean_authors(extracted)
    people = _without_site(named, site_name, host)
    byline = byline_author(tree)
    if people and byline and _spelled_more_fully(people, byline):
        return byline
    if people:
        return people
    byline = byline or text_byline(tree)
    return _without_site(byline, site_name, host) or named or byline


def _letters(name: str) -> list[str]:
    return [word for word in (re.sub(r"[\W\d_]+", "", part).casefold() for part in re.split(r"[\s_.]+", name)) if word]


def _spelled_more_fully(names: str, byline: str) -> bool:
    """Whether the byline names the same people as `names`, spelled as the page shows
    them: extractors drop a user name's digits and underscores ("happyface313",
    "Herr_Rein") and keep a first name alone ("Todd" for "Todd Bates")."""
    ours, theirs = names.split("; "), byline.split("; ")
    if len(ours) != len(theirs) or names == byline:
        return False
    return all(_same_person(mine, shown) for mine, shown in zip(ours, theirs))


def _same_person(mine: str, shown: str) -> bool:
    letters, shown_letters = _letters(mine), _letters(shown)
    if not letters:
        return False
    if letters == shown_letters:
        return True
    # A first name alone, and the page's byline gives the surname after it.
    words = shown.split()
    return len(letters) == 1 and len(words) == 2 and shown_letters[0] == letters[0] \
        and words[1][:1].isupper() and len(shown_letters) == 2 and len(shown_letters[1]) >= 2


def _without_site(authors: str | None, site_name: str | None, host: str | None) -> str | None:
    if not authors:
        return None
    names = [name for name in authors.split("; ") if not names_site(name, site_name, host)]
    return "; ".join(names) or None


def clean_authors(author: str | None) -> str | None:
    """The author names of `author` ("A; B"), without words that are not names
    ("Username", "Authority control", "作者"), a date glued to a name, and a publisher
    named beside the people ("Le Journal SA; Anne Martin")."""
    if not author:
        return None
    names = []
    # Some pages escape their meta fields twice ("Redacci&amp;oacute;n").
    for part in re.split(r"[;|]|\s+(?:and|und|et)\s+|,\s+(?=\S+\s+\S+)", html.unescape(author)):
        name = _DATE_TAIL.sub("", " ".join(part.split())).strip(" ,;:-–—")
        name = _BYLINE.sub("", _NAME_SUFFIX.sub("", _NAME_PREFIX.sub("", _BYLINE.sub("", name)))).strip(" ,;:-–—")
        if (not name or name.casefold() in _NOT_AUTHORS or _MONTH.match(name)
                or (any(char.isdigit() for char in name) and not _HANDLE.match(name))
                or "@" in name or "http" in name.lower() or len(name.split()) > _MAX_AUTHOR_WORDS
                or _CREDIT.match(name) or _ADDRESS.search(name)):
            continue
        if name not in names:
            names.append(name)
    people = [name for name in names if not _ORGANISATION.search(name)]
    return "; ".join(people or names) or None


_BYLINE_PLACES = ("comment", "respond", "reply", "sidebar", "widget", "footer", "related")
_MAX_BYLINE_CHARS = 80
_TOKENS = re.compile(r"[^\s]+")


def _tokens(element) -> list[str]:
    return _TOKENS.findall(f"{element.get('class') or ''} {element.get('id') or ''}".lower())


def _in_aside(element) -> bool:
    """Whether `element` sits in comments, a sidebar, a widget, a footer or related links:
    an ancestor's class or id begins with one of those words ("comments", "sidebar-1");
    a page-wide class such as "right-sidebar" on a layout's wrapper does not count."""
    for ancestor in element.iterancestors():
        if isinstance(ancestor.tag, str) and ancestor.tag not in ("body", "html") and any(
                token.startswith(place) for token in _tokens(ancestor) for place in _BYLINE_PLACES):
            return True
    return False


# The words a byline's class is made of, in the languages of the pages measured; a class is
# often several words joined ("article_author-name", "autorenzeile", "ACredit-Author").
_BYLINE_WORDS = frozenset({"author", "authors", "autor", "autoren", "autorin", "autorenzeile", "auteur", "auteurs",
                           "autore", "autori", "byline", "bylines"})
_CLASS_PARTS = re.compile(r"[-_]+")


def _is_byline(element) -> bool:
    if element.get("rel") == "author" or element.get("itemprop") == "author":
        return True
    tokens = _TOKENS.findall((element.get("class") or "").lower())
    # A commenter's name ("comment-author") is not the article's.
    if any(token.startswith(place) for token in tokens for place in _BYLINE_PLACES):
        return False
    return any(part in _BYLINE_WORDS for token in tokens for part in _CLASS_PARTS.split(token))


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
        if not _is_byline(element) or _in_aside(element):
            continue
        named = element.find(".//*[@itemprop='name']")
        if named is None:
            named = element.find(".//*[@class]")
            named = named if named is not None and re.search(r"\bfn\b", named.get("class") or "") else element
        # Pieces of text apart in the markup stay apart ("Author" in its own span before the name).
        text = " ".join(" ".join(named.itertext()).split())
        if text and len(text) <= _MAX_BYLINE_CHARS and (found := clean_authors(text)):
            return found
    return None


# A byline written as text ("Von Claudia Lindner", "Text von Christian Seiler", "Auteur :
# Kossivi Tiassou"): a label, then names of two to four capitalised words each; a comma
# parts names only in a list that ends with "and" ("A, B und C"), elsewhere it ends them
# ("Nada Tawfik, BBC News, New York").
_NAME = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\.?)(?:\s+(?:von|van|de|der|den|del|da|di|le|la|zu|[A-ZÀ-ÖØ-Þ][\w'’.-]*)){1,3}"
_TEXT_BYLINE = re.compile(
    r"^(?i:by|von|par|por|door|text(?:e)?\s+(?:von|de|by)|autor(?:in|en|innen)?|authors?|auteurs?|written by|posted by)"
    r"\s*:?\s+(" + _NAME + r"(?:(?:\s*,\s*" + _NAME + r")*\s+(?:und|and|et|y)\s+" + _NAME + r")?)"
    r"(?:\s*(?:[,|–—-]|(?i:\bam\b|\bon\b|\ble\b)).*)?$")
_TEXT_BYLINE_TAGS = frozenset({"p", "span", "em", "i", "strong", "b", "small", "address", "div", "h4", "h5", "h6", "li"})
_MAX_TEXT_BYLINE_CHARS = 90


def text_byline(tree) -> str | None:
    """The names a short element's text gives after a byline's label, outside comments,
    sidebars and footers (the first such element)."""
    if tree is None or (body := tree.find("body")) is None:
        return None
    for element in body.iter(*_TEXT_BYLINE_TAGS):
        text = " ".join(" ".join(element.itertext()).split())
        if not text or len(text) > _MAX_TEXT_BYLINE_CHARS or not (found := _TEXT_BYLINE.match(text)):
            continue
        if _in_aside(element):
            continue
        if names := clean_authors(found.group(1).replace(",", ";")):
            return names
    return None

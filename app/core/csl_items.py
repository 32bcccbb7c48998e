"""Articles as CSL-JSON items, the data model every citation processor and reference
manager reads (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)."""

from __future__ import annotations

import re

from app.core.article import Article
from app.core.errors import ToldError

REFERENCE_FIELDS = ("doi", "volume", "issue", "page", "publisher", "publisher-place", "ISBN", "ISSN",
                    "edition", "abstract", "number")
"""Details a reference file can give that an article keeps in `extras["reference"]`."""

SHIPPED_STYLES = {
    "apa": "apa.csl",
    "chicago": "chicago-author-date.csl",
    "iso690": "iso690-author-date-en.csl",
    "iso690-fr": "iso690-author-date-fr.csl",
    "vancouver": "nlm-citation-sequence.csl",
}
"""A shipped citation style's short name → its file in `resources/csl/`."""

REFERENCE_FORMATS = ("bibtex", "ris", "csl-json")
"""The reference files `carnet export --format` writes."""


class StyleError(ToldError):
    """A citation style that cannot be used, naming the style or file."""


_NAME_SPLIT = re.compile(r"\s*(?:;|\n| and | et | & )\s*")


def csl_type(article: Article) -> str:
    """The CSL type: what a reference file said, else guessed from its format and details."""
    reference = _reference(article)
    if isinstance(reference.get("type"), str) and reference["type"]:
        return reference["type"]
    if article.format == "epub":
        return "book"
    if article.format == "pdf":
        return "article-journal" if reference.get("doi") or reference.get("volume") else "report"
    if article.source:
        return "article-newspaper"
    return "webpage" if article.url else "article"


def csl_names(author: str | None) -> list[dict[str, str]]:
    """`author` as CSL names: "Marie Dupont; Jean Martin", "Dupont, Marie" and "AFP"
    (one word, an agency or an institution, kept whole as a literal)."""
    names = []
    for part in _NAME_SPLIT.split(author or ""):
        part = " ".join(part.split())
        if not part:
            continue
        if part.count(",") == 1:
            family, given = (p.strip() for p in part.split(","))
            names.append({"family": family, "given": given} if given else {"literal": family})
        elif " " in part:
            given, family = part.rsplit(" ", 1)
            names.append({"family": family, "given": given})
        else:
            names.append({"literal": part})
    return names


def date_parts(iso: str | None) -> dict | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD, time ignored) as a CSL date, or None."""
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso or "")
    if not match:
        return None
    return {"date-parts": [[int(part) for part in match.groups() if part]]}


def csl_item(article: Article) -> dict:
    """The article as a CSL-JSON item, keyed by its citation key; details it lacks are
    left out, never filled with placeholders."""
    item: dict = {"id": article.citation_key or f"article{article.id}", "type": csl_type(article),
                  "title": article.title}
    names = csl_names(article.author)
    if names:
        item["author"] = names
    if article.source:
        item["publisher" if item["type"] in ("book", "report") else "container-title"] = article.source
    if (issued := date_parts(article.publication_day)) is not None:
        item["issued"] = issued
    if article.url:
        item["URL"] = article.url
        if (accessed := date_parts(article.imported_at)) is not None:
            item["accessed"] = accessed
    if article.language and article.language != "und":
        item["language"] = article.language
    if article.keywords:
        item["keyword"] = ", ".join(article.keywords)
    reference = _reference(article)
    for name in REFERENCE_FIELDS:
        if isinstance(reference.get(name), (str, int)) and str(reference[name]).strip():
            item["DOI" if name == "doi" else name] = str(reference[name])
    return item


def _reference(article: Article) -> dict:
    reference = article.extras.get("reference") if article.extras else None
    return reference if isinstance(reference, dict) else {}

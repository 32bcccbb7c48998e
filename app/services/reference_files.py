"""Articles as reference files — BibTeX, RIS, CSL-JSON — that reference managers and
Pandoc read, written from their CSL items (`app.core.csl_items`)."""

from __future__ import annotations

import json
import re

import bibtexparser
import rispy
from bibtexparser.model import Entry, Field

from app.core.article import Article
from app.core.csl_items import REFERENCE_FORMATS, csl_item

_BIBTEX_TYPES = {"article-newspaper": "article", "article-journal": "article", "article-magazine": "article",
                 "book": "book", "report": "techreport", "chapter": "incollection", "thesis": "phdthesis"}
_RIS_TYPES = {"article-newspaper": "NEWS", "article-journal": "JOUR", "article-magazine": "MGZN", "book": "BOOK",
              "report": "RPRT", "webpage": "ELEC", "chapter": "CHAP", "thesis": "THES"}
_LATEX_SPECIALS = re.compile(r"([\\{}%&#$_^~])")
_LATEX_WORDS = {"\\": r"\textbackslash{}", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}


def _latex(text: str) -> str:
    """Text as a braced BibTeX value: LaTeX's special characters escaped, the rest as
    UTF-8 (which biber and bibtexparser read)."""
    return _LATEX_SPECIALS.sub(lambda m: _LATEX_WORDS.get(m.group(), "\\" + m.group()), " ".join(text.split()))


def _name(person: dict) -> str:
    if "literal" in person:
        return "{" + _latex(person["literal"]) + "}"  # an institution: never split into given and family
    return _latex(", ".join(part for part in (person.get("family", ""), person.get("given", "")) if part))


def _day(date: dict | None) -> str:
    parts = (date or {}).get("date-parts", [[]])[0]
    return "-".join(f"{part:02d}" if index else str(part) for index, part in enumerate(parts))


def to_bibtex(articles: list[Article]) -> str:
    """The articles as BibTeX entries keyed by their citation keys (with biblatex's
    `date` and `urldate` beside BibTeX's `year` and `month`)."""
    library = bibtexparser.Library()
    for article in articles:
        item = csl_item(article)
        fields = {"title": _latex(item["title"])}
        if item.get("author"):
            fields["author"] = " and ".join(_name(person) for person in item["author"])
        container = item.get("container-title")
        if container:
            fields["journal"] = _latex(container)
        if item.get("publisher"):
            fields["institution" if item["type"] == "report" else "publisher"] = _latex(item["publisher"])
        if item.get("issued"):
            parts = item["issued"]["date-parts"][0]
            fields["year"] = str(parts[0])
            if len(parts) > 1:
                fields["month"] = str(parts[1])
            fields["date"] = _day(item["issued"])
        for name, field in (("URL", "url"), ("DOI", "doi"), ("volume", "volume"), ("issue", "number"),
                            ("page", "pages"), ("language", "langid"), ("keyword", "keywords"),
                            ("ISBN", "isbn"), ("abstract", "abstract")):
            if item.get(name):
                fields[field] = item[name] if name in ("URL", "DOI") else _latex(str(item[name]))
        if item.get("accessed") and item.get("URL"):
            fields["urldate"] = _day(item["accessed"])
        if item["type"] == "article-newspaper":
            fields["entrysubtype"] = "newspaper"
        entry_type = _BIBTEX_TYPES.get(item["type"], "misc")
        library.add(Entry(entry_type, item["id"], [Field(name, value) for name, value in fields.items()]))
    return bibtexparser.write_string(library)


def to_ris(articles: list[Article]) -> str:
    """The articles as RIS records, their citation keys as `ID`."""
    records = []
    for article in articles:
        item = csl_item(article)
        record: dict = {"type_of_reference": _RIS_TYPES.get(item["type"], "GEN"), "id": item["id"],
                        "title": item["title"]}
        if item.get("author"):
            record["authors"] = [person.get("literal") or ", ".join(p for p in (person.get("family"),
                                                                                person.get("given")) if p)
                                 for person in item["author"]]
        if item.get("container-title"):
            record["secondary_title"] = item["container-title"]
        if item.get("publisher"):
            record["publisher"] = item["publisher"]
        if item.get("issued"):
            parts = item["issued"]["date-parts"][0]
            record["year"] = str(parts[0])
            record["date"] = "/".join([str(parts[0]), *(f"{p:02d}" for p in parts[1:])])
        if item.get("URL"):
            record["urls"] = [item["URL"]]
            if item.get("accessed"):
                record["access_date"] = _day(item["accessed"]).replace("-", "/")
        for name, field in (("DOI", "doi"), ("volume", "volume"), ("issue", "number"), ("language", "language"),
                            ("abstract", "abstract"), ("ISBN", "issn")):
            if item.get(name):
                record[field] = str(item[name])
        if article.keywords:
            record["keywords"] = list(article.keywords)
        records.append({name: _one_line(value) for name, value in record.items()})
    return rispy.dumps(records, implementation=_RisWriter)


class _RisWriter(rispy.RisWriter):
    def set_header(self, count: int) -> str:
        return ""  # rispy numbers each record ("1."), which other programs read as text


def _one_line(value):
    # A line break inside a value would start a new RIS tag line.
    if isinstance(value, list):
        return [" ".join(str(v).split()) for v in value]
    return " ".join(str(value).split())


def to_csl_json(articles: list[Article]) -> str:
    """The articles as a CSL-JSON array, their citation keys as `id` (what Pandoc's
    `--bibliography` and Zotero read)."""
    return json.dumps([csl_item(article) for article in articles], ensure_ascii=False, indent=2) + "\n"


REFERENCE_WRITERS = dict(zip(REFERENCE_FORMATS, (to_bibtex, to_ris, to_csl_json)))
"""A reference format's name in `carnet export --format` → its writer."""

"""Reference files — BibTeX, RIS, CSL-JSON — read into CSL items, with what each entry
held that Carnet keeps nowhere named, never dropped in silence."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import bibtexparser
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware

from app.core.errors import ImportRejected
from app.core.messages import Message

# Fields an article keeps (its details, or extras["reference"]); anything else is reported.
KEPT = {"id", "type", "title", "author", "container-title", "publisher", "issued", "URL", "accessed", "language",
        "keyword", "DOI", "volume", "issue", "page", "publisher-place", "ISBN", "ISSN", "edition", "abstract",
        "number"}
_BIBTEX_TYPES = {"article": "article-journal", "book": "book", "techreport": "report", "report": "report",
                 "online": "webpage", "misc": "webpage", "incollection": "chapter", "phdthesis": "thesis",
                 "inproceedings": "paper-conference"}
_BIBTEX_FIELDS = {"title": "title", "journal": "container-title", "journaltitle": "container-title",
                  "booktitle": "container-title", "publisher": "publisher", "institution": "publisher",
                  "url": "URL", "doi": "DOI", "volume": "volume", "number": "issue", "pages": "page",
                  "langid": "language", "language": "language", "keywords": "keyword", "isbn": "ISBN",
                  "issn": "ISSN", "abstract": "abstract", "edition": "edition", "address": "publisher-place"}
_RIS_TYPES = {"NEWS": "article-newspaper", "JOUR": "article-journal", "MGZN": "article-magazine", "BOOK": "book",
              "RPRT": "report", "ELEC": "webpage", "CHAP": "chapter", "THES": "thesis"}
_RIS_FIELDS = {"title": "title", "primary_title": "title", "secondary_title": "container-title",
               "journal_name": "container-title", "publisher": "publisher", "doi": "DOI", "volume": "volume",
               "number": "issue", "language": "language", "abstract": "abstract", "issn": "ISSN",
               "place_published": "publisher-place", "start_page": "page"}


@dataclass
class Reference:
    """One entry of a reference file as a CSL item, and the fields it had that Carnet
    cannot keep."""

    item: dict
    unkept: list[str] = field(default_factory=list)


def read_references(path: Path) -> list[Reference]:
    """The entries of a `.bib`, `.ris` or `.json` (CSL-JSON) file, or `ImportRejected`."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportRejected(path, Message("cannot be read as UTF-8 text ({error})", error=error)) from error
    readers = {".bib": _bibtex, ".ris": _ris, ".json": _csl_json}
    reader = readers.get(Path(path).suffix.lower())
    if reader is None:
        raise ImportRejected(path, Message("is not a reference file (.bib, .ris or CSL-JSON .json)"))
    references = reader(path, text)
    if not references:
        raise ImportRejected(path, Message("holds no reference"))
    return references


def _date(text: str) -> dict | None:
    parts = [int(p) for p in text.replace("/", "-").split("-") if p.strip().isdigit()][:3]
    return {"date-parts": [parts]} if parts else None


def _person(name: str) -> dict:
    name = " ".join(name.split())
    if name.startswith("{") and name.endswith("}"):
        return {"literal": name[1:-1]}
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return {"family": family, "given": given} if given else {"literal": family}
    return {"family": name.rsplit(" ", 1)[-1], "given": name.rsplit(" ", 1)[0]} if " " in name else {"literal": name}


def _bibtex(path: Path, text: str) -> list[Reference]:
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    if library.failed_blocks and not library.entries:
        raise ImportRejected(path, Message("holds no BibTeX entry that can be read"))
    references = []
    for entry in library.entries:
        item: dict = {"id": entry.key, "type": _BIBTEX_TYPES.get(entry.entry_type.lower(), "article")}
        unkept = []
        fields = {f.key.lower(): str(f.value).strip() for f in entry.fields}
        if fields.get("entrysubtype") == "newspaper":
            item["type"] = "article-newspaper"
        for name, value in fields.items():
            if name in _BIBTEX_FIELDS:
                item[_BIBTEX_FIELDS[name]] = value
            elif name == "author":
                item["author"] = [_person(n) for n in value.split(" and ") if n.strip()]
            elif name in ("date", "year"):
                if name == "date" or "issued" not in item:
                    item["issued"] = _date(value if name == "date" else "-".join(
                        [value, *([fields["month"]] if fields.get("month", "").isdigit() else [])]))
            elif name == "urldate":
                item["accessed"] = _date(value)
            elif name not in ("month", "entrysubtype"):
                unkept.append(name)
        references.append(Reference({k: v for k, v in item.items() if v}, unkept))
    for block in library.failed_blocks:
        references.append(Reference({}, [f"an unreadable block at line {block.start_line + 1}"]))
    return references


def _ris(path: Path, text: str) -> list[Reference]:
    try:
        records = rispy.loads(text)
    except Exception as error:  # rispy raises IOError and others for a file not in RIS
        raise ImportRejected(path, Message("is not a RIS file ({error})", error=error)) from error
    references = []
    for number, record in enumerate(records, 1):
        item: dict = {"id": record.get("id") or f"ris{number}",
                      "type": _RIS_TYPES.get(record.get("type_of_reference", ""), "article")}
        unkept = []
        for name, value in record.items():
            if name in ("type_of_reference", "id"):
                continue
            if name in _RIS_FIELDS:
                item.setdefault(_RIS_FIELDS[name], str(value))
            elif name in ("authors", "first_authors"):
                item["author"] = [_person(n) for n in value]
            elif name in ("date", "year"):
                if name == "date" or "issued" not in item:
                    item["issued"] = _date(str(value))
            elif name == "urls":
                item["URL"] = value[0]
                unkept += [f"url {extra}" for extra in value[1:]]
            elif name == "access_date":
                item["accessed"] = _date(str(value))
            elif name == "keywords":
                item["keyword"] = ", ".join(value)
            else:
                unkept.append(name)
        references.append(Reference({k: v for k, v in item.items() if v}, unkept))
    return references


def _csl_json(path: Path, text: str) -> list[Reference]:
    try:
        items = json.loads(text)
    except ValueError as error:
        raise ImportRejected(path, Message("is not JSON ({error})", error=error)) from error
    if not isinstance(items, list):
        raise ImportRejected(path, Message("holds no list of CSL items"))
    references = []
    for item in items:
        if not isinstance(item, dict):
            references.append(Reference({}, ["an entry that is not an object"]))
            continue
        kept = {k: v for k, v in item.items() if k in KEPT}
        references.append(Reference(kept, sorted(k for k in item if k not in KEPT)))
    return references

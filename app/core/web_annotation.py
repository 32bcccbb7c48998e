"""Highlights as a W3C Web Annotation collection (JSON-LD), and back.

Each highlight is one annotation: its tags are `TextualBody` bodies with purpose
`tagging` (the tag's colour rides along as `carnet:colour`), its note a `TextualBody`
with purpose `commenting` in `text/markdown`; a team member's highlight names them as
its `creator` (a Person, their role as nickname). The target's source is the article,
identified by the SHA-256 of its text (`urn:sha256:…`) so another library holding the
same article finds it. Selectors: `TextQuoteSelector` (exact, prefix, suffix) and
`TextPositionSelector`, whose start and end count Unicode code points, as the W3C
model defines and as Carnet stores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.anchoring import CONTEXT_CHARS, Anchor
from app.core.digest import Digest
from app.core.errors import ToldError
from app.core.messages import Message
from app.core.people import author_of

CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"carnet": "urn:carnet:terms#"}]
POSITION_UNIT = "unicode code points"


def to_collection(digest: Digest) -> dict:
    """The digest's highlights as an AnnotationCollection with one page."""
    colours = {tag.id: tag.colour for tag in digest.tags}
    names = {tag.id: tag.name for tag in digest.tags}
    items = []
    for highlight in sorted(digest.highlights, key=lambda h: (h.article_id, h.start, h.end, h.id or 0)):
        article = digest.articles[highlight.article_id]
        body = [
            {"type": "TextualBody", "purpose": "tagging", "value": names[tag_id], "carnet:colour": colours[tag_id]}
            for tag_id in highlight.tag_ids if tag_id in names
        ]
        if highlight.note:
            body.append({"type": "TextualBody", "purpose": "commenting", "value": highlight.note,
                         "format": "text/markdown"})
        source = {"id": f"urn:sha256:{article.content_hash}", "type": "Text", "format": "text/plain",
                  "title": article.title, "language": article.language}
        for key, value in (("carnet:source", article.source), ("carnet:author", article.author),
                           ("carnet:published", article.published), ("carnet:url", article.url)):
            if value:
                source[key] = value
        annotation = {
            "id": f"urn:carnet:highlight:{highlight.id}",
            "type": "Annotation",
            "motivation": "highlighting",
            "created": highlight.created_at,
            "modified": highlight.modified_at,
            "creator": _creator(digest, highlight.author),
            "body": body,
            "target": {
                "source": source,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": highlight.quote, "prefix": highlight.anchor.prefix,
                     "suffix": highlight.anchor.suffix},
                    {"type": "TextPositionSelector", "start": highlight.start, "end": highlight.end},
                ],
            },
            "carnet:anchorStatus": highlight.status.value,
        }
        items.append({key: value for key, value in annotation.items() if value is not None})
    return {
        "@context": CONTEXT,
        "id": f"urn:carnet:export:{digest.generated_at}",
        "type": "AnnotationCollection",
        "label": digest.title,
        "generated": digest.generated_at,
        "generator": {"type": "Software", "name": "Carnet"},
        "carnet:positionUnit": POSITION_UNIT,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _creator(digest: Digest, role: str | None) -> dict | None:
    if role is None:  # a local library's owner: the file says nothing of who they are
        return None
    return {"type": "Person", "name": author_of(digest.people, role).name, "nickname": role}


MAX_QUOTE_LENGTH = 10_000
"""The longest quote an annotation file may carry (in code points); a longer one is
refused, so that finding it in its article stays quick."""
LARGEST_OFFSET = 2**63 - 1
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?")


class AnnotationFormatError(ToldError, ValueError):
    """A file that is not a Web Annotation collection Carnet can read, naming the field."""


@dataclass(frozen=True)
class ImportedTag:
    """A `tagging` body: the tag's name, the colour it brought (checked by the importer:
    any JSON value), and where it was (`body[0]`)."""

    name: str
    colour: object
    field: str


@dataclass(frozen=True)
class ImportedAnnotation:
    """What one annotation says, ready to become a highlight; `label` names it in
    messages ("annotation 3 (urn:carnet:highlight:12)")."""

    content_hash: str
    anchor: Anchor
    tags: tuple[ImportedTag, ...]
    note: str
    created: str | None
    modified: str | None
    label: Message


@dataclass(frozen=True)
class ReadCollection:
    """The annotations read whole, and a sentence for each one left out, naming it and
    the field at fault."""

    annotations: list[ImportedAnnotation]
    problems: list[Message]


class _Malformed(Exception):
    def __init__(self, field: str, problem: Message) -> None:
        super().__init__(field)
        self.field = field
        self.problem = problem


def from_collection(document: object) -> ReadCollection:
    """The annotations of a collection (or a page, or a list of annotations), each checked
    against the shape Carnet reads. A malformed annotation is left out with a sentence
    naming it (its number, and its id when it has one) and the field; the others are
    read. A document that holds no list of annotations at all raises
    `AnnotationFormatError`."""
    annotations, problems = [], []
    for index, item in enumerate(_items(document)):
        label = _label(index, item)
        try:
            annotations.append(_annotation(item, label))
        except _Malformed as error:
            problems.append(Message("{annotation}: {field}: {problem}", annotation=label, field=error.field,
                                    problem=error.problem))
    return ReadCollection(annotations, problems)


def _items(document: object) -> list:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise AnnotationFormatError(Message("expected an AnnotationCollection, an AnnotationPage or a list of "
                                            "annotations, found {found}", found=_kind(document)))
    if document.get("type") == "AnnotationCollection":
        page = document.get("first") or {}
        if not isinstance(page, dict):
            raise AnnotationFormatError(Message("first: expected an AnnotationPage object, found {found}",
                                                found=_kind(page)))
        field, items = "first.items", page.get("items", [])
    elif document.get("type") == "AnnotationPage":
        field, items = "items", document.get("items", [])
    else:
        raise AnnotationFormatError(Message("expected an AnnotationCollection, an AnnotationPage or a list of "
                                            "annotations (its type is {type})", type=_kind(document.get("type"))))
    if not isinstance(items, list):
        raise AnnotationFormatError(Message("{field}: expected a list of annotations, found {found}",
                                            field=field, found=_kind(items)))
    return items


def _label(index: int, item: object) -> Message:
    identifier = item.get("id") if isinstance(item, dict) else None
    if isinstance(identifier, str) and 0 < len(identifier) <= 200:
        return Message("annotation {number} ({id})", number=index + 1, id=identifier)
    return Message("annotation {number}", number=index + 1)


def _kind(value: object) -> Message:
    if value is None:
        return Message("null")
    if isinstance(value, bool):
        return Message("true or false")
    if isinstance(value, (int, float)):
        return Message("a number")
    if isinstance(value, str):
        return Message("a text")
    if isinstance(value, list):
        return Message("a list")
    return Message("an object")


def _object(value: object, field: str) -> dict:
    if value is None:
        raise _Malformed(field, Message("missing"))
    if not isinstance(value, dict):
        raise _Malformed(field, Message("expected an object, found {found}", found=_kind(value)))
    return value


def _objects(value: object, field: str) -> list[tuple[str, dict]]:
    """One object or a list of them (as the model allows), each with its field name."""
    if value is None:
        return []
    if isinstance(value, dict):
        return [(field, value)]
    if not isinstance(value, list):
        raise _Malformed(field, Message("expected an object or a list of objects, found {found}",
                                        found=_kind(value)))
    return [(f"{field}[{n}]", _object(entry, f"{field}[{n}]")) for n, entry in enumerate(value)]


def _text(value: object, field: str, *, optional: bool = True) -> str:
    if value is None and optional:
        return ""
    if value is None:
        raise _Malformed(field, Message("missing"))
    if not isinstance(value, str):
        raise _Malformed(field, Message("expected a text, found {found}", found=_kind(value)))
    return value


def _offset(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= LARGEST_OFFSET:
        raise _Malformed(field, Message("expected a whole number from 0 to {largest}, found {found}",
                                        largest=LARGEST_OFFSET,
                                        found=value if isinstance(value, int) and not isinstance(value, bool)
                                        else _kind(value)))
    return value


def _date_time(value: object, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE_TIME.fullmatch(value):
        found = Message("'{text}'", text=value[:40]) if isinstance(value, str) else _kind(value)
        raise _Malformed(field, Message("expected a date and time such as 2024-01-24T10:00:00Z, found {found}",
                                        found=found))
    return value


def _annotation(item: object, label: Message) -> ImportedAnnotation:
    item = _object(item, "the annotation")
    target = _object(item.get("target"), "target")
    source = _object(target.get("source"), "target.source")
    source_id = _text(source.get("id"), "target.source.id", optional=False)
    if not source_id.startswith("urn:sha256:"):
        raise _Malformed("target.source.id", Message("expected an urn:sha256: identifier"))
    selectors = _objects(target.get("selector"), "target.selector")
    quote = next(((f, s) for f, s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position = next(((f, s) for f, s in selectors if s.get("type") == "TextPositionSelector"), None)
    if quote is None:
        raise _Malformed("target.selector", Message("no TextQuoteSelector with an exact quote"))
    field, quote = quote
    exact = _text(quote.get("exact"), f"{field}.exact", optional=False)
    if not exact:
        raise _Malformed(f"{field}.exact", Message("the quote is empty"))
    if len(exact) > MAX_QUOTE_LENGTH:
        raise _Malformed(f"{field}.exact", Message("the quote is {length} characters long: Carnet imports quotes of "
                                                   "at most {limit}", length=len(exact), limit=MAX_QUOTE_LENGTH))
    # Only the context next to the quote counts in finding it again.
    prefix = _text(quote.get("prefix"), f"{field}.prefix")[-CONTEXT_CHARS:]
    suffix = _text(quote.get("suffix"), f"{field}.suffix")[:CONTEXT_CHARS]
    start, end = 0, len(exact)  # without a position the quote alone is searched for
    if position is not None:
        field, position = position
        start, end = _offset(position.get("start"), f"{field}.start"), _offset(position.get("end"), f"{field}.end")
        if start > end:
            raise _Malformed(f"{field}.end", Message("the end comes before the start"))
    tags, notes = [], []
    for field, body in _objects(item.get("body"), "body"):
        if body.get("purpose") == "tagging":
            name = _text(body.get("value"), f"{field}.value")
            if name.strip():
                tags.append(ImportedTag(name, body.get("carnet:colour"), field))
        elif body.get("purpose") == "commenting":
            notes.append(_text(body.get("value"), f"{field}.value"))
    return ImportedAnnotation(
        content_hash=source_id.removeprefix("urn:sha256:"), anchor=Anchor(start, end, exact, prefix, suffix),
        tags=tuple(tags), note="\n\n".join(notes), created=_date_time(item.get("created"), "created"),
        modified=_date_time(item.get("modified"), "modified"), label=label,
    )

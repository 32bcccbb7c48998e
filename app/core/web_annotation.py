"""Highlights as a W3C Web Annotation collection (JSON-LD), and back.

Each highlight is one annotation: its tags are `TextualBody` bodies with purpose
`tagging` (the tag's colour rides along as `carnet:colour`), its note a `TextualBody`
with purpose `commenting` in `text/markdown`. The target's source is the article,
identified by the SHA-256 of its text (`urn:sha256:…`) so another library holding the
same article finds it. Selectors: `TextQuoteSelector` (exact, prefix, suffix) and
`TextPositionSelector`, whose start and end count Unicode code points, as the W3C
model defines and as Carnet stores them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.anchoring import Anchor
from app.core.digest import Digest

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


@dataclass(frozen=True)
class ImportedAnnotation:
    """What one annotation says, ready to become a highlight."""

    content_hash: str
    anchor: Anchor
    tags: tuple[tuple[str, str | None], ...]  # (name, colour)
    note: str
    created: str | None
    modified: str | None


class AnnotationFormatError(ValueError):
    """A file that is not a Web Annotation collection Carnet can read, naming the field."""


def from_collection(document: dict) -> list[ImportedAnnotation]:
    """The annotations of a collection (or a page, or a list of annotations)."""
    if isinstance(document, list):
        items = document
    elif document.get("type") == "AnnotationCollection":
        items = (document.get("first") or {}).get("items", [])
    elif document.get("type") == "AnnotationPage":
        items = document.get("items", [])
    else:
        raise AnnotationFormatError("expected an AnnotationCollection, an AnnotationPage or a list")
    return [_annotation(item, index) for index, item in enumerate(items)]


def _annotation(item: dict, index: int) -> ImportedAnnotation:
    where = f"annotation {index + 1}"
    target = item.get("target")
    if not isinstance(target, dict) or not isinstance(target.get("source"), dict):
        raise AnnotationFormatError(f"{where}: target.source is missing")
    source_id = str(target["source"].get("id", ""))
    if not source_id.startswith("urn:sha256:"):
        raise AnnotationFormatError(f"{where}: target.source.id is not an urn:sha256: identifier")
    selectors = target.get("selector") or []
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
    if quote is None or not isinstance(quote.get("exact"), str) or not quote["exact"]:
        raise AnnotationFormatError(f"{where}: no TextQuoteSelector with an exact quote")
    start = position.get("start") if position else None
    end = position.get("end") if position else None
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        start, end = 0, len(quote["exact"])  # no usable position: the quote alone will be searched for
    bodies = item.get("body") or []
    bodies = bodies if isinstance(bodies, list) else [bodies]
    tags = tuple((b["value"], b.get("carnet:colour")) for b in bodies
                 if b.get("purpose") == "tagging" and isinstance(b.get("value"), str) and b["value"].strip())
    note = "\n\n".join(b["value"] for b in bodies
                       if b.get("purpose") == "commenting" and isinstance(b.get("value"), str))
    return ImportedAnnotation(
        content_hash=source_id.removeprefix("urn:sha256:"),
        anchor=Anchor(start, end, quote["exact"], quote.get("prefix") or "", quote.get("suffix") or ""),
        tags=tags, note=note, created=item.get("created"), modified=item.get("modified"),
    )

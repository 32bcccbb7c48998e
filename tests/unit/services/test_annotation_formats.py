import csv
import io
import json
import re

import pytest

from app.core.csv_export import COLUMNS
from app.core.digest import DigestScope
from app.core.web_annotation import AnnotationFormatError
from app.services.annotation_import import import_annotations
from app.services.annotating import AnnotationService
from app.services.exporting import ExportService
from app.services.library import open_library
from app.services.tagging import TagService

DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$")
PURPOSES = {"assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
            "identifying", "linking", "moderating", "questioning", "replying", "tagging"}


@pytest.fixture
def annotated(library):
    notes, tags = AnnotationService(library), TagService(library)
    tags.create("Énergie", colour="#123456")
    for article, quote, tag_names, note in [
        (5, "2,1 milliards d’euros", ["funding", "Énergie"], "Montant « initial », à *vérifier*\nligne 2"),
        (2, "Sept usines d’IA européennes", ["sites"], ""),
        (1, "Investai", [], "sans tag, avec \"guillemets\", virgules"),
    ]:
        start, end = notes.find_quote(article, quote, occurrence=1)
        notes.add_highlight(article_id=article, start=start, end=end, tags=tag_names, note=note)
    return library


def exported_json(library):
    return json.loads(ExportService(library).render(DigestScope(), format="json"))


def test_json_is_a_web_annotation_collection_as_the_w3c_schema_checks_it(annotated):
    document = exported_json(annotated)
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert document["type"] == "AnnotationCollection" and IRI.match(document["id"])
    assert document["total"] == len(document["first"]["items"]) == 3
    assert document["first"]["type"] == "AnnotationPage"
    for annotation in document["first"]["items"]:
        assert IRI.match(annotation["id"]) and annotation["type"] == "Annotation"
        assert annotation["motivation"] in PURPOSES
        assert DATE_TIME.match(annotation["created"]) and DATE_TIME.match(annotation["modified"])
        for body in annotation["body"]:
            assert body["type"] == "TextualBody" and isinstance(body["value"], str)
            assert body["purpose"] in PURPOSES
            if body["purpose"] == "commenting":
                assert body["format"] == "text/markdown"
        source = annotation["target"]["source"]
        assert IRI.match(source["id"]) and source["id"].startswith("urn:sha256:")
        quote, position = annotation["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert all(isinstance(quote[k], str) for k in ("exact", "prefix", "suffix"))
        assert position["type"] == "TextPositionSelector"
        assert isinstance(position["start"], int) and 0 <= position["start"] <= position["end"]
        assert position["end"] - position["start"] == len(quote["exact"])
    tagged = [a for a in document["first"]["items"] if a["target"]["source"]["title"].startswith("La Commission européenne souhaite")]
    assert [(b["value"], b.get("carnet:colour")) for b in tagged[0]["body"] if b["purpose"] == "tagging"] == [
        ("funding", "#f2c94c"), ("Énergie", "#123456")]


def without_ids_and_times(document):
    """The annotations without what another library gives them anew: ids, times, and the
    creator (whoever imports them makes them there)."""
    document = json.loads(json.dumps(document))
    for key in ("id", "generated"):
        document.pop(key)
    for annotation in document["first"]["items"]:
        for key in ("id", "created", "modified", "creator"):
            annotation.pop(key, None)
    return document


def test_export_import_export_gives_the_same_annotations(annotated, tmp_path):
    first = exported_json(annotated)
    other = open_library(tmp_path / "other")
    report = import_annotations(other, first)
    assert (report.created, report.already_there, report.article_missing) == (3, 0, 0)
    assert report.new_tags == ["Énergie"]
    assert TagService(other).find("énergie").colour == "#123456"
    assert without_ids_and_times(exported_json(other)) == without_ids_and_times(first)
    again = import_annotations(other, first)
    assert (again.created, again.already_there) == (0, 3)
    assert len(AnnotationService(other).highlights()) == 3


def test_annotations_for_unknown_articles_are_counted_not_created(annotated, tmp_path):
    empty = open_library(tmp_path / "empty", add_samples=False)
    report = import_annotations(empty, exported_json(annotated))
    assert (report.created, report.article_missing) == (0, 3)
    with pytest.raises(AnnotationFormatError, match="expected an AnnotationCollection"):
        import_annotations(empty, {"type": "Something"})
    with pytest.raises(AnnotationFormatError, match="annotation 1: target: missing"):
        import_annotations(empty, [{"type": "Annotation"}])


def test_csv_reads_back_with_the_same_rows(annotated):
    text = ExportService(annotated).render(DigestScope(), format="csv")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    body = [dict(zip(COLUMNS, row)) for row in rows[1:]]
    assert len(body) == 4  # one row per highlight and tag; the untagged one has one row
    assert [r["tag"] for r in body if r["article_id"] == "5"] == ["funding", "Énergie"]
    noted = next(r for r in body if r["tag"] == "funding")
    assert noted["note"] == "Montant « initial », à *vérifier*\nligne 2"
    assert noted["quote"] == "2,1 milliards d’euros" and noted["date"] == "2024-01-24"
    untagged = next(r for r in body if r["tag"] == "")
    assert untagged["note"] == 'sans tag, avec "guillemets", virgules'
    assert int(untagged["end"]) - int(untagged["start"]) == len(untagged["quote"])

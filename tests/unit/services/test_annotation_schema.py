import copy
import json

import pytest

from app.core.digest import DigestScope
from app.core.web_annotation import MAX_QUOTE_LENGTH, AnnotationFormatError
from app.services.annotating import AnnotationService
from app.services.annotation_import import import_annotations, import_annotations_file
from app.services.exporting import ExportService
from app.services.library import open_library
from app.core.tags import PALETTE
from app.services.tagging import TagService
from tests.unit.cli.subprocess_runs import carnet, no_traceback


@pytest.fixture
def exported(library):
    """A collection of two good annotations, and an empty library holding the same articles."""
    notes = AnnotationService(library)
    for article, quote, tags in [(5, "2,1 milliards d’euros", ["funding"]), (2, "Sept usines d’IA européennes", [])]:
        start, end = notes.find_quote(article, quote, occurrence=1)
        notes.add_highlight(article_id=article, start=start, end=end, tags=tags, note="une note")
    return json.loads(ExportService(library).render(DigestScope(), format="json"))


@pytest.fixture
def other(tmp_path):
    library = open_library(tmp_path / "other")
    yield library
    library.close()


def broken(document, change):
    """The document with a third annotation: a copy of the second, changed by `change`."""
    document = copy.deepcopy(document)
    bad = copy.deepcopy(document["first"]["items"][-1])  # article 5: a tag, then a note
    bad["id"] = "urn:carnet:highlight:bad"
    bad["target"]["selector"][0]["exact"] = "8 milliards d’euros"  # so that it is not already there
    change(bad)
    document["first"]["items"].append(bad)
    return document


def set_in(path, value):
    def change(annotation):
        node = annotation
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


CASES = [
    (set_in(["target", "selector"], "abc"), "target.selector: expected an object or a list of objects, found a text"),
    (set_in(["target", "selector"], ["abc"]), "target.selector[0]: expected an object, found a text"),
    (set_in(["body"], "abc"), "body: expected an object or a list of objects, found a text"),
    (set_in(["body"], ["abc"]), "body[0]: expected an object, found a text"),
    (set_in(["created"], {}), "created: expected a date and time such as 2024-01-24T10:00:00Z, found an object"),
    (set_in(["target", "selector", 1, "start"], 10**30), "target.selector[1].start: expected a whole number from 0"),
    (set_in(["target", "selector", 1, "end"], 10**30), "target.selector[1].end: expected a whole number from 0"),
    (set_in(["target", "selector", 1, "start"], "3"), "target.selector[1].start: expected a whole number"),
    (set_in(["target", "selector", 0, "suffix"], ["a", "b"]), "target.selector[0].suffix: expected a text, found a list"),
    (set_in(["target", "selector", 0, "exact"], 5), "target.selector[0].exact: expected a text, found a number"),
    (set_in(["target", "selector", 0, "exact"], "x" * (MAX_QUOTE_LENGTH + 1)),
     f"target.selector[0].exact: the quote is {MAX_QUOTE_LENGTH + 1} characters long: Carnet imports quotes of at most"),
    (set_in(["target", "source"], "urn:sha256:abc"), "target.source: expected an object, found a text"),
    (set_in(["target", "source", "id"], None), "target.source.id: missing"),
    (set_in(["target"], None), "target: missing"),
    (set_in(["body", 0, "value"], "a\x1fb"), "body[0].value: a tag name cannot hold control characters"),
    (set_in(["body", 1, "value"], {"x": 1}), "body[1].value: expected a text, found an object"),
]


@pytest.mark.parametrize("change, sentence", CASES)
def test_a_malformed_annotation_is_named_with_its_field_and_the_others_import(exported, other, change, sentence):
    report = import_annotations(other, broken(exported, change))
    assert report.created == 2
    [problem] = report.problems
    assert str(problem).startswith("annotation 3 (urn:carnet:highlight:bad): " + sentence), str(problem)
    assert len(AnnotationService(other).highlights()) == 2


@pytest.mark.parametrize("document, sentence", [
    ("abc", "expected an AnnotationCollection, an AnnotationPage or a list of annotations, found a text"),
    (42, "found a number"),
    (None, "found null"),
    ([1, 2], "annotation 1: the annotation: expected an object, found a number (and 1 more malformed annotations)"),
    ({"type": "AnnotationPage", "items": "abc"}, "items: expected a list of annotations, found a text"),
    ({"type": "AnnotationCollection", "first": {"items": "abc"}}, "first.items: expected a list of annotations"),
    ({"type": "AnnotationCollection", "first": [1]}, "first: expected an AnnotationPage object, found a list"),
])
def test_a_file_with_no_readable_annotation_is_one_sentence(other, document, sentence):
    with pytest.raises(AnnotationFormatError) as raised:
        import_annotations(other, document)
    assert sentence in str(raised.value)
    assert AnnotationService(other).highlights() == []


def test_json_nested_200000_deep_is_refused_with_a_sentence(other, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(AnnotationFormatError, match="deep.json: its JSON nests lists and objects deeper"):
        import_annotations_file(other, path)


def test_a_bad_imported_colour_gives_the_tag_a_palette_colour_and_says_so(exported, other):
    document = copy.deepcopy(exported)
    tagging = document["first"]["items"][-1]["body"][0]
    tagging["value"], tagging["carnet:colour"] = "nouvelle", "notacolour"
    report = import_annotations(other, document)
    assert report.created == 2 and report.new_tags == ["nouvelle"]
    colour = TagService(other).find("nouvelle").colour
    assert colour in PALETTE
    [sentence] = report.recoloured
    assert str(sentence) == (f"annotation 2 ({document['first']['items'][-1]['id']}): body[0].carnet:colour: "
                             f"'notacolour' is not a colour (#rrggbb): tag 'nouvelle' gets {colour}")


def test_carnet_import_annotations_names_each_bad_annotation_and_imports_the_rest(exported, tmp_path):
    document = copy.deepcopy(exported)
    document["first"]["items"] += [broken(exported, change)["first"]["items"][-1] for change, _ in CASES[:6]]
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = carnet(tmp_path / "lib", "import-annotations", str(path))
    assert result.returncode == 0 and no_traceback(result), result.stderr
    assert result.stdout.startswith("2 highlights created") and "6 malformed left out" in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 6 and all(line.startswith(f"carnet: {path}: annotation ") for line in lines)
    for bad in ("[1,2]", '"abc"', "null", "[" * 200_000):
        path.write_text(bad)
        result = carnet(tmp_path / "lib", "import-annotations", str(path))
        assert result.returncode == 1 and no_traceback(result), result.stderr
        assert result.stderr.startswith(f"carnet: {path}: ") and len(result.stderr.splitlines()) == 1


def test_highlights_are_written_in_batches_and_a_second_run_completes_an_interrupted_one(library, other):
    import random
    import sqlite3

    from app.core.anchoring import Anchor
    from app.core.highlight import Highlight
    from app.services.annotation_import import BATCH
    from app.store.articles import get_article
    from app.store.database import write_transaction
    from app.store.highlights import insert_highlight

    rng, db = random.Random(5), library.database()
    body = get_article(db, 5).body
    with write_transaction(db):
        for _ in range(BATCH * 2 + 50):
            start = rng.randrange(0, len(body) - 60)
            insert_highlight(db, Highlight(article_id=5, anchor=Anchor.of_span(body, start, start + rng.randint(5, 60))))
    document = json.loads(ExportService(library).render(DigestScope(), format="json"))
    quotes = [item["target"]["selector"][0] for item in document["first"]["items"]]
    total = len({(q["exact"], q["prefix"], q["suffix"]) for q in quotes})
    assert total > BATCH * 2
    # The library's connection refuses the highlight after the first batch, as a full disk would.
    target = other.database()
    target.execute(f"CREATE TEMP TRIGGER stop BEFORE INSERT ON highlights WHEN (SELECT count(*) FROM highlights) >= "
                   f"{BATCH + 10} BEGIN SELECT RAISE(ABORT, 'stopped'); END")
    with pytest.raises(sqlite3.DatabaseError, match="stopped"):
        import_annotations(other, document)
    assert len(AnnotationService(other).highlights()) == BATCH  # the first batch is kept whole, the second undone
    target.execute("DROP TRIGGER stop")
    report = import_annotations(other, document)
    assert (report.created, report.already_there) == (total - BATCH, len(quotes) - total + BATCH)
    assert len(AnnotationService(other).highlights()) == total

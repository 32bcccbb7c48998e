import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.digest import DigestScope
from app.core.web_annotation import AnnotationFormatError, from_collection
from app.services.annotating import AnnotationService
from app.services.annotation_import import import_annotations
from app.services.exporting import ExportService
from app.services.library import open_library

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
                    st.floats(allow_nan=True), st.text(max_size=20),
                    st.sampled_from(["TextQuoteSelector", "TextPositionSelector", "tagging", "commenting",
                                     "AnnotationCollection", "AnnotationPage", "urn:sha256:", "a\x1fb"]))
JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_any_json_value_is_read_or_refused_with_a_sentence(document):
    try:
        read = from_collection(document)
    except AnnotationFormatError as error:
        assert str(error)
    else:
        assert all(str(problem).startswith("annotation ") for problem in read.problems)


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    library = open_library(tmp_path_factory.mktemp("source") / "lib")
    notes = AnnotationService(library)
    start, end = notes.find_quote(5, "2,1 milliards d’euros", occurrence=1)
    notes.add_highlight(article_id=5, start=start, end=end, tags=["funding"], note="une note")
    document = json.loads(ExportService(library).render(DigestScope(), format="json"))
    library.close()
    return document


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    library = open_library(tmp_path_factory.mktemp("target") / "lib")
    yield library
    library.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data(), JSON)
def test_an_annotation_changed_anywhere_imports_or_is_named_never_a_traceback(exported, target, data, value):
    document = copy.deepcopy(exported)
    annotation = document["first"]["items"][0]
    paths = [p for p in _paths(annotation) if p]
    path = data.draw(st.sampled_from(paths))
    node = annotation
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    try:
        report = import_annotations(target, document)
    except AnnotationFormatError as error:
        assert str(error).startswith("annotation 1")
    else:
        assert report.created + report.already_there + report.article_missing + len(report.problems) == 1

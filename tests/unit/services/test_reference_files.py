import json
import os
from pathlib import Path

import bibtexparser
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts

from app.core.digest import DigestScope
from app.services.articles import ArticleService
from app.services.exporting import ExportService
from app.services.reference_files import to_bibtex, to_csl_json, to_ris

from tests.unit.services.test_citation_styles import ARTICLES

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "references"
ORDERED = [ARTICLES[n] for n in sorted(ARTICLES)]


def matches_golden(name: str, text: str) -> None:
    if os.environ.get("CARNET_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        (GOLDEN / name).write_text(text, encoding="utf-8")
    assert text == (GOLDEN / name).read_text(encoding="utf-8")


def test_bibtexparser_reads_the_bibtex_carnet_writes():
    text = to_bibtex(ORDERED)
    matches_golden("articles.bib", text)
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware(),
                                                                 SeparateCoAuthors(), SplitNameParts()])
    assert not library.failed_blocks
    entries = {entry.key: entry for entry in library.entries}
    assert list(entries) == [article.citation_key for article in ORDERED]
    news = entries["dupont2024usines"]
    assert news.entry_type == "article" and news["journal"] == "Le Monde" and news["date"] == "2024-03-05"
    assert [(name.last, name.first) for name in news["author"]] == [(["Dupont"], ["Marie"]), (["Martin"], ["Jean"])]
    assert news["urldate"] == "2026-12-01" and news["url"].startswith("https://www.lemonde.fr/")
    assert entries["afp2024wind"]["title"] == "Wind *power* [draft] in <Europe>"
    assert entries["courdescomptes2023rapport"].entry_type == "techreport"
    assert entries["dupont2019long"].entry_type == "book" and entries["dupont2019long"]["month"] == "5"
    assert "year" not in entries["examplepage"].fields_dict


def test_rispy_reads_the_ris_carnet_writes():
    text = to_ris(ORDERED)
    matches_golden("articles.ris", text)
    records = rispy.loads(text)
    assert [r["id"] for r in records] == [article.citation_key for article in ORDERED]
    news = records[0]
    assert news["type_of_reference"] == "NEWS" and news["authors"] == ["Dupont, Marie", "Martin, Jean"]
    assert news["secondary_title"] == "Le Monde" and news["date"] == "2024/03/05"
    assert news["urls"] == ["https://www.lemonde.fr/economie/article/2024/03/05/usines.html"]
    assert [r["type_of_reference"] for r in records[1:]] == ["RPRT", "ELEC", "NEWS", "BOOK"]
    assert records[3]["authors"] == ["AFP"] and "year" not in records[2]


def test_csl_json_is_the_items_keyed_by_citation_key():
    text = to_csl_json(ORDERED)
    matches_golden("articles.json", text)
    items = json.loads(text)
    assert items[0]["id"] == "dupont2024usines" and items[0]["type"] == "article-newspaper"
    assert items[0]["author"] == [{"family": "Dupont", "given": "Marie"}, {"family": "Martin", "given": "Jean"}]
    assert items[3]["author"] == [{"literal": "AFP"}] and "issued" not in items[2]


def test_a_reference_export_chooses_all_articles_a_tags_or_a_searchs(annotated):
    export = ExportService(annotated)
    every = export.reference_articles(DigestScope())
    assert len(every) == ArticleService(annotated).count()
    funded = export.reference_articles(DigestScope(tags=("funding",)))
    assert sorted(a.id for a in funded) == [1, 2, 3, 5]
    searched = export.reference_articles(DigestScope(query="gigafactories"))
    assert 0 < len(searched) < len(every) and any(a.id == 3 for a in searched)
    one = bibtexparser.parse_string(export.references(DigestScope(articles=(2,)), format="bibtex"))
    assert [entry.key for entry in one.entries] == [ArticleService(annotated).article(2).citation_key]


from tests.unit.services.test_exporting import annotated  # noqa: E402,F401  (a fixture)


def test_a_title_that_would_close_the_entry_stays_text():
    import dataclasses
    hostile = dataclasses.replace(ARTICLES[4], title="Ends } here @misc{evil, title={x}} 100% & $5 \\o/ ~_^",
                                  citation_key="hostile")
    library = bibtexparser.parse_string(to_bibtex([hostile]), append_middleware=[LatexDecodingMiddleware()])
    assert [entry.key for entry in library.entries] == ["hostile"] and not library.failed_blocks
    # pylatexenc reads \\textasciicircum as the modifier letter ˆ, LaTeX prints it as ^
    assert library.entries[0]["title"].replace("ˆ", "^") == hostile.title
    ris = dataclasses.replace(hostile, title="Two\nER  - \nTY  - JOUR")
    assert [r["id"] for r in rispy.loads(to_ris([ris]))] == ["hostile"]

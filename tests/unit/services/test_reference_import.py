import json

from app.services.articles import ArticleService
from app.services.importing import import_paths
from app.services.reference_import import REFERENCE_ONLY, import_reference_file
from app.services.reference_files import to_bibtex, to_ris

from tests.unit.cli.test_cli import run

BIB = r"""
@article{commission2024fonds,
  title = {La Commission européenne a également annoncé un fonds spécifique aux gigafactories d’IA pour permettre aux entreprises de former leurs modèles d’IA},
  author = {Dupont, Marie and {Agence France-Presse}},
  journaltitle = {Le Monde},
  date = {2024-02-11},
  doi = {10.1234/abc},
  volume = {12},
  annotation = {read twice},
}
@online{later2025page,
  title = {Une page à lire plus tard},
  url = {https://example.org/plus-tard},
  date = {2025-01},
}
"""


def test_references_fill_the_articles_they_match_and_wait_for_the_others(library, tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    report = import_reference_file(library, path)
    articles = ArticleService(library)
    [matched] = report.matched
    article = articles.article(matched)
    assert (article.author, article.source, article.published) == ("Marie Dupont; Agence France-Presse",
                                                                    "Le Monde", "2024-02-11")
    assert article.citation_key == "commission2024fonds"
    assert article.extras["reference"] == {"doi": "10.1234/abc", "volume": "12", "type": "article-journal"}
    assert report.problems == ["commission2024fonds: annotation is not kept"]
    [waiting] = report.created
    entry = articles.article(waiting)
    assert entry.format == REFERENCE_ONLY and entry.url == "https://example.org/plus-tard"
    assert entry.citation_key == "later2025page" and entry.published == "2025-01"
    # Importing it again matches by DOI and by address: nothing is created twice.
    again = import_reference_file(library, path)
    assert sorted(again.matched) == sorted([matched, waiting]) and not again.created


def test_a_later_import_of_the_text_fills_the_reference_only_entry(library, tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    [waiting] = import_reference_file(library, path).created
    text = tmp_path / "plus-tard.md"
    text.write_text("# Une page à lire plus tard\n\nLe texte est enfin là, et il est long.\n", encoding="utf-8")
    report = import_paths(library, [text])
    assert [o.status for o in report.outcomes] == ["updated"]
    filled = ArticleService(library).article(waiting)
    assert "enfin là" in filled.body and filled.format == "md"
    assert filled.url == "https://example.org/plus-tard" and filled.citation_key == "later2025page"


def test_what_carnet_writes_it_reads_back_in_ris_and_csl_json(library, tmp_path):
    articles = ArticleService(library)
    articles.edit(2, author="Marie Dupont", source="Euractiv", published="2024-06-20",
                  url="https://www.euractiv.fr/usines")
    original = articles.article(2)
    for name, text in (("refs.ris", to_ris([original])), ("refs.bib", to_bibtex([original]))):
        articles.edit(2, author="", source="")
        (tmp_path / name).write_text(text, encoding="utf-8")
        report = import_reference_file(library, tmp_path / name)
        assert report.matched == [2] and not report.created and not report.problems, name
        back = articles.article(2)
        assert (back.author, back.source, back.published) == ("Marie Dupont", "Euractiv", "2024-06-20"), name


def test_the_command_line_imports_a_csl_json_file_and_names_what_it_drops(capsys, tmp_path):
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps([{"id": "x2020a", "type": "book", "title": "Un livre", "ISBN": "978-2",
                                 "note": "signed copy"}, {"type": "book"}]), encoding="utf-8")
    code, out, err = run(capsys, "--library", str(tmp_path / "lib"), "import", str(refs))
    assert code == 0 and "0 articles completed, 1 reference-only entries created, 2 things not kept" in out
    assert "x2020a: note is not kept" in err and "entry 2: it has no title, so it was left out" in err
    bad = tmp_path / "bad.ris"
    bad.write_text("not RIS at all", encoding="utf-8")
    code, _, err = run(capsys, "--library", str(tmp_path / "lib"), "import", str(bad))
    assert code == 1 and "bad.ris" in err and "Traceback" not in err

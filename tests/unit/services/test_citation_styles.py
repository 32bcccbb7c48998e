import os
from pathlib import Path

import pytest

from app.core.article import Article
from app.core.digest import DigestScope
from app.services.articles import ArticleService
from app.services.citation_styles import SHIPPED_STYLES, StyleCiter, StyleError, load_style
from app.services.exporting import ExportService
from app.store.database import write_transaction

from tests.unit.services.test_exporting import NOW, annotated  # noqa: F401  (a fixture)

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "citations"

ARTICLES = {
    1: Article(id=1, title="Les usines d’IA ouvrent en Lorraine", body="…", format="html", source="Le Monde",
               author="Marie Dupont; Jean Martin", url="https://www.lemonde.fr/economie/article/2024/03/05/usines.html",
               published="2024-03-05", imported_at="2026-12-01T10:00:00Z", language="fr",
               citation_key="dupont2024usines"),
    2: Article(id=2, title="Rapport sur l’énergie", body="…", format="pdf", source="Cour des comptes",
               published="2023", citation_key="courdescomptes2023rapport"),
    3: Article(id=3, title="A page with neither author nor date", body="…", format="html",
               url="https://example.org/page", imported_at="2026-11-30", citation_key="examplepage"),
    4: Article(id=4, title="Wind *power* [draft] in <Europe>", body="…", format="html", source="AFP", author="AFP",
               published="2024-01-02", citation_key="afp2024wind"),
    5: Article(id=5, title="The Long Book", body="…", format="epub", author="Dupont, Marie", source="Gallimard",
               published="2019-05", citation_key="dupont2019long"),
}
CITED = [(1, 3), (2, 12), (3, None), (4, None), (5, None), (1, None)]


def rendered(style: str) -> str:
    citer = StyleCiter(load_style(style), ARTICLES)
    citations = [citer.cite(article_id, page) for article_id, page in CITED]
    return "\n".join(["## Citations", "", *citations, "", "## Bibliography", "", *citer.bibliography()]) + "\n"


@pytest.mark.parametrize("style", sorted(SHIPPED_STYLES))
def test_each_shipped_style_cites_the_fixed_articles_as_its_golden_file(style):
    text = rendered(style)
    golden = GOLDEN / f"{style}.md"
    if os.environ.get("CARNET_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("style", sorted(SHIPPED_STYLES))
def test_missing_details_leave_no_placeholder_twice_nor_markup_from_titles(style):
    text = rendered(style)
    assert "n.d., n.d." not in text and ". ." not in text
    assert "Wind \\*power\\* \\[draft\\] in \\<Europe\\>" in text or "Wind \\*Power\\* \\[Draft\\]" in text
    bibliography = text.split("## Bibliography")[1]
    assert bibliography.lower().count("neither author nor date") == 1


def test_pages_and_numbers_appear_in_the_citations():
    assert rendered("apa").split("\n")[2] == "(Dupont \\& Martin, 2024, p. 3)"
    assert rendered("vancouver").split("\n")[2:8] == ["(1)", "(2)", "(3)", "(4)", "(5)", "(1)"]
    assert "Le Monde [Internet]. 2024 Mar 5 [cited 2026 Dec 1]." in rendered("vancouver")


def test_a_user_style_file_is_read_and_a_bad_one_named(tmp_path):
    mine = tmp_path / "mine.csl"
    mine.write_bytes((GOLDEN.parents[2] / "resources" / "csl" / "apa.csl").read_bytes())
    assert StyleCiter(load_style(str(mine)), ARTICLES).cite(1) == "(Dupont \\& Martin, 2024)"
    broken = tmp_path / "broken.csl"
    broken.write_text("<style>not a style", encoding="utf-8")
    with pytest.raises(StyleError, match="broken.csl is not a CSL style"):
        load_style(str(broken))
    with pytest.raises(StyleError, match="'harvard' is not a style"):
        load_style("harvard")


@pytest.mark.parametrize("style", ["apa", "iso690-fr"])
def test_the_digest_in_a_style_matches_its_golden_file(annotated, style):  # noqa: F811
    articles = ArticleService(annotated)
    articles.edit(1, author="Marie Dupont", source="Le Monde", published="2024-02-11",
                  url="https://www.lemonde.fr/economie/article/2024/02/11/gigafactories.html")
    articles.edit(2, source="Euractiv", published="2024-06-20")
    with write_transaction(annotated.database()):  # the day it was read, which the styles give as accessed
        annotated.database().execute("UPDATE articles SET imported_at = '2026-01-10T08:00:00Z'")
    text = ExportService(annotated).render(DigestScope(articles=(1, 2)), format="md", group_by="article",
                                           title="Usines d’IA", now=NOW, style=style)
    text = text.replace(f'library: "{annotated.name}"', 'library: "library"')  # a team library's database
    golden = GOLDEN / f"digest_{style}.md"
    if os.environ.get("CARNET_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert "[^1]" not in text


def test_the_digest_with_pandoc_citations_names_the_keys(annotated):  # noqa: F811
    text = ExportService(annotated).render(DigestScope(articles=(1,)), format="md", now=NOW, pandoc=True)
    key = annotated.database().execute("SELECT citation_key FROM articles WHERE id = 1").fetchone()[0]
    assert f"[@{key}]" in text and "::: {#refs}" in text


@pytest.mark.parametrize(("style", "cited"), [("apa", ", p. 2)"), ("chicago", ", 2)"), ("iso690-fr", ", p.\u00a02)"),
                                              ("pandoc", ", p. 2]")])
def test_a_quote_from_a_pdf_is_cited_with_its_page_and_the_pdf_is_a_report(empty_library, style, cited):
    from app.services.annotating import AnnotationService
    from app.services.importing import import_paths

    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "report.pdf"
    [outcome] = import_paths(empty_library, [fixture]).outcomes
    notes = AnnotationService(empty_library)
    start, end = notes.find_quote(outcome.article_id, "1,5 milliard d’euros")
    notes.add_highlight(article_id=outcome.article_id, start=start, end=end, tags=["funding"])
    choice = {"pandoc": True} if style == "pandoc" else {"style": style}
    digest = ExportService(empty_library).render(DigestScope(), format="md", **choice)
    [line] = [line for line in digest.splitlines() if line.startswith("> 1,5 milliard d’euros")]
    assert line.endswith(cited), line
    sources = digest.split("## Sources")[1]
    assert "p. 2" not in sources and ", 2." not in sources  # the page is the quote's, not the report's


def test_a_style_citeproc_cannot_apply_is_told_in_a_sentence(tmp_path):
    odd = tmp_path / "odd.csl"
    odd.write_text('<?xml version="1.0" encoding="utf-8"?>\n<style xmlns="http://purl.org/net/xbiblio/csl" '
                   'class="in-text" version="1.0"><info><title>Odd</title><id>odd</id></info>'
                   '<citation><layout><text macro="missing"/></layout></citation></style>', encoding="utf-8")
    with pytest.raises(StyleError, match="this style cannot be applied by citeproc-py"):
        StyleCiter(load_style(str(odd)), ARTICLES).cite(1)


def dependent_style(parent: str, locale: str = "fr-FR") -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="{locale}">\n'
            '  <info>\n    <title>Revue d’études européennes</title>\n'
            '    <id>http://www.zotero.org/styles/revue-etudes-europeennes</id>\n'
            f'    <link href="{parent}" rel="independent-parent"/>\n'
            '    <category citation-format="author-date"/>\n  </info>\n</style>\n')


def test_a_dependent_style_is_applied_through_its_shipped_parent_in_its_own_language(tmp_path):
    journal = tmp_path / "revue.csl"
    journal.write_text(dependent_style("https://www.zotero.org/styles/apa/"), encoding="utf-8")
    citer = StyleCiter(load_style(str(journal)), ARTICLES)
    assert citer.cite(1, 3) == "(Dupont \\& Martin, 2024, p. 3)"  # APA's shape…
    assert "Dupont, M., \\& Martin, J. (2024, mars 5)." in citer.bibliography()[0]  # …in the journal’s French
    chicago = tmp_path / "chicago-journal.csl"
    chicago.write_text(dependent_style("http://www.zotero.org/styles/chicago-author-date", "en-US"),
                       encoding="utf-8")
    assert StyleCiter(load_style(str(chicago)), ARTICLES).cite(1) == "(Dupont and Martin 2024)"


def test_a_dependent_style_finds_its_parent_beside_it_or_names_the_one_missing(tmp_path):
    journal = tmp_path / "revue.csl"
    journal.write_text(dependent_style("http://www.zotero.org/styles/harvard-cite-them-right"), encoding="utf-8")
    with pytest.raises(StyleError) as told:
        load_style(str(journal))
    assert str(told.value) == (f"{journal} is a dependent style and its parent style "
                               "http://www.zotero.org/styles/harvard-cite-them-right is neither one Carnet ships "
                               "nor a .csl file beside it")
    parent = (GOLDEN.parents[2] / "resources" / "csl" / "apa.csl").read_text(encoding="utf-8")
    (tmp_path / "harvard-cite-them-right.csl").write_text(
        parent.replace("http://www.zotero.org/styles/apa<", "http://www.zotero.org/styles/harvard-cite-them-right<"),
        encoding="utf-8")
    assert StyleCiter(load_style(str(journal)), ARTICLES).cite(1) == "(Dupont \\& Martin, 2024)"

import os
from pathlib import Path

import pytest

from app.core.digest import DigestScope
from app.services.annotating import AnnotationService
from app.services.exporting import ExportError, ExportService, write_atomically
from app.services.tagging import TagService

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
NOW = "2026-01-15T09:30:00Z"

# (article id, quote, occurrence, tags, note) over the sample corpus
PASSAGES = [
    (1, "L’Europe mobilisera 200 milliards d’euros d’euro pour investissement", 1, ["funding"],
     "Annoncé au sommet de Paris ; dont *20 milliards* pour les gigafactories."),
    (1, "20 milliards d’euros seront destinés aux gigafactories de l’IA", 1, ["funding", "sites"], ""),
    (1, "La commission a annoncé sept usines d’IA initiales en décembre", 1, ["Commission", "sites"],
     "Sept usines : voir l’article du 10 décembre."),
    (2, "Sept usines d’IA européennes ont été sélectionnées par l’entreprise commune EuroHPC", 1, ["sites"],
     "Allemagne, Espagne, Finlande, Grèce, Italie, Luxembourg, Suède."),
    (2, "L’investissement est de 1,5 milliard d’euros", 1, ["funding"], "# À comparer | avec Google"),
    (3, "InvestAI", 1, ["funding"], ""),
    (5, "2,1 milliards d’euros", 2, ["funding"], "Pour les supercalculateurs d’IA\n\n1. à suivre"),
    (5, "La Commission met également à disposition cent millions d’euros", 1, ["Commission", "funding"], ""),
]


@pytest.fixture
def annotated(library):
    notes = AnnotationService(library)
    TagService(library).create("EuroHPC", parent_id=TagService(library).find("Commission").id)
    for article, quote, occurrence, tags, note in PASSAGES:
        start, end = notes.find_quote(article, quote, occurrence=occurrence)
        notes.add_highlight(article_id=article, start=start, end=end, tags=tags, note=note)
    start, end = notes.find_quote(5, "EuroHPC JU", occurrence=1)
    notes.add_highlight(article_id=5, start=start, end=end, tags=["EuroHPC"])
    return library


@pytest.mark.parametrize(("group_by", "golden"), [("tag", "digest_by_topic.md"), ("article", "digest_by_article.md")])
def test_markdown_digest_matches_the_golden_file(annotated, group_by, golden):
    text = ExportService(annotated).markdown(DigestScope(), group_by=group_by, title="Usines d’IA : le digest",
                                             now=NOW)
    text = text.replace(f'library: "{annotated.name}"', 'library: "library"')  # a team library's database
    if os.environ.get("CARNET_UPDATE_GOLDEN"):
        (GOLDEN / golden).write_text(text, encoding="utf-8")
    assert text == (GOLDEN / golden).read_text(encoding="utf-8")


def ids(digest):
    return sorted((h.article_id, h.quote[:20]) for h in digest.highlights)


def test_filters(annotated):
    export = ExportService(annotated)
    every = export.digest(DigestScope())
    assert len(every.highlights) == 9
    funding = export.digest(DigestScope(tags=("FUNDING",)))
    assert len(funding.highlights) == 6
    both = export.digest(DigestScope(tags=("funding", "Commission"), all_tags=True))
    assert [h.quote[:20] for h in both.highlights] == ["La Commission met ég"]
    assert len(export.digest(DigestScope(tags=("funding", "Commission"))).highlights) == 7
    assert {h.article_id for h in export.digest(DigestScope(articles=(2, 3))).highlights} == {2, 3}
    assert {h.article_id for h in export.digest(DigestScope(query="source:techcrunch")).highlights} == {3}
    dated = export.digest(DigestScope(since="2024", until="2024-01"))
    assert {h.article_id for h in dated.highlights} == {5}
    assert export.digest(DigestScope(since="2024-02")).highlights == []
    with pytest.raises(ExportError, match="no tag named 'nope'"):
        export.digest(DigestScope(tags=("nope",)))


def test_orphans_can_be_left_out(annotated):
    from app.core.article import Article
    from app.services.articles import ArticleService
    from app.services.importing import replace_text

    old = ArticleService(annotated).article(3)
    replace_text(annotated, 3, Article(title=old.title, body=old.body.replace("InvestAI", "le fonds"),
                                       format="txt", language="fr"))
    export = ExportService(annotated)
    assert len(export.digest(DigestScope()).highlights) == 9
    assert len(export.digest(DigestScope(orphans=False)).highlights) == 8
    assert "no longer in the article’s current text" in export.markdown(DigestScope(articles=(3,)))


def test_writing_is_atomic_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "digest.md"
    write_atomically(target, "first")
    with pytest.raises(ExportError, match="exists already"):
        write_atomically(target, "second")
    assert target.read_text() == "first"

    with pytest.raises(TypeError):
        write_atomically(target, 42, overwrite=True)  # fails while writing
    assert target.read_text() == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["digest.md"]
    write_atomically(target, "second", overwrite=True)
    assert target.read_text() == "second"
    with pytest.raises(ExportError, match="is not a folder"):
        write_atomically(tmp_path / "missing" / "d.md", "x")


def test_quotes_from_a_pdf_cite_their_page(empty_library):
    from app.services.importing import import_paths

    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "report.pdf"
    [outcome] = import_paths(empty_library, [fixture]).outcomes
    notes = AnnotationService(empty_library)
    start, end = notes.find_quote(outcome.article_id, "1,5 milliard d’euros")
    notes.add_highlight(article_id=outcome.article_id, start=start, end=end, tags=["funding"])
    digest = ExportService(empty_library).markdown(DigestScope())
    assert "> 1,5 milliard d’euros[^1], p. 2" in digest


@pytest.mark.parametrize("bound", ["zzzz", "2025-13", "2024-02-30", "2024-1", "20245"])
def test_an_impossible_date_filter_is_refused_by_the_service(library, bound):
    with pytest.raises(ExportError, match="is not a date"):
        ExportService(library).digest(DigestScope(since=bound))
    with pytest.raises(ExportError, match="is not a date"):
        ExportService(library).digest(DigestScope(until=bound))


def test_quotes_cite_the_section_they_stand_in(empty_library, tmp_path):
    from app.services.importing import import_paths

    path = tmp_path / "note.md"
    path.write_text("# Les usines d’IA\n\nSept sites ont été retenus.\n\n## Financement\n\n"
                    "Un budget de 1,5 milliard d’euros.\n\n## Calendrier [^1]\n\nDès février.\n", encoding="utf-8")
    [outcome] = import_paths(empty_library, [path]).outcomes
    notes = AnnotationService(empty_library)
    for quote in ("Sept sites", "1,5 milliard d’euros", "Dès février"):
        start, end = notes.find_quote(outcome.article_id, quote)
        notes.add_highlight(article_id=outcome.article_id, start=start, end=end, tags=["funding"])
    digest = ExportService(empty_library).markdown(DigestScope())
    assert "> 1,5 milliard d’euros[^1], § Financement" in digest
    assert "> Sept sites[^1], § Les usines d’IA" in digest
    assert "> Dès février[^1], § Calendrier \\[\\^1\\]" in digest


def test_a_digest_shows_the_article_details_as_edited(annotated):
    from app.services.articles import ArticleService

    articles = ArticleService(annotated)
    before = articles.article(2)
    articles.edit(2, title="Sept usines d’IA retenues", source="Le Monde *numérique*", published="2024-12-10")
    for group_by in ("article", "tag"):
        text = ExportService(annotated).markdown(DigestScope(articles=(2,)), group_by=group_by, now=NOW)
        assert before.title not in text
        assert "Sept usines d’IA retenues" in text
        assert r"Le Monde \*numérique\*" in text  # edited text is still escaped
        assert "2024-12-10" in text
    assert "## Sept usines d’IA retenues" in ExportService(annotated).markdown(
        DigestScope(articles=(2,)), group_by="article", now=NOW)

"""Each importer records the document's structure as marks over the stored body."""

from pathlib import Path

from app.core.structure import BLOCK_KINDS, INLINE_KINDS, marks_from_extras
from app.importers.docx import read_docx
from app.importers.epub import read_epub
from app.importers.html import read_html
from app.importers.markdown import read_markdown
from app.importers.pdf import read_pdf

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def marked(article, kinds=BLOCK_KINDS):
    """(kind, level, marked text) of each mark of `kinds`, every mark inside the body."""
    marks = marks_from_extras(article.extras, len(article.body))
    assert len(marks) == len(article.extras.get("marks", []))
    return [(mark.kind, mark.level, article.body[mark.start:mark.end]) for mark in marks if mark.kind in kinds]


def inline(article):
    """(kind, level, marked text, target) of each emphasis and link."""
    return [(mark.kind, mark.level, article.body[mark.start:mark.end], mark.target)
            for mark in marks_from_extras(article.extras, len(article.body)) if mark.kind in INLINE_KINDS]


def test_markdown_headings_lists_quotes_and_table_cells(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Les usines\n---\n# Usines d’IA\n\nIntro.\n\n## Financement\n\n"
                    "- un **budget**\n- des appels\n  - imbriqué\n\n> Une citation\n> sur deux lignes.\n\n"
                    "| Pays | Site |\n|---|---|\n| Finlande | Kajaani |\n", encoding="utf-8")
    assert marked(read_markdown(path)) == [
        ("heading", 1, "Usines d’IA"), ("heading", 2, "Financement"), ("list_item", 1, "un budget"),
        ("list_item", 1, "des appels"), ("list_item", 2, "imbriqué"), ("quote", 0, "Une citation\nsur deux lignes."),
        ("table_cell", 0, "Pays"), ("table_cell", 0, "Site"), ("table_cell", 0, "Finlande"),
        ("table_cell", 0, "Kajaani")]


def test_markdown_without_structure_has_no_marks(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text("Un paragraphe.\n\nUn autre.\n", encoding="utf-8")
    assert "marks" not in read_markdown(path).extras


def test_web_page_headings_of_three_levels_list_quote_and_table():
    found = marked(read_html(FIXTURES / "structured.html"))
    kinds = [(kind, level, " ".join(text.split()[:3])) for kind, level, text in found]
    assert kinds == [
        ("heading", 1, "Les usines d’IA,"), ("heading", 2, "Financement"),
        ("list_item", 1, "Un budget de"), ("list_item", 1, "Des appels à"),
        ("quote", 0, "Nous ouvrons nos"), ("heading", 3, "Les pays"),
        ("table_cell", 0, "Pays"), ("table_cell", 0, "Site"), ("table_cell", 0, "Finlande"),
        ("table_cell", 0, "Kajaani"), ("table_cell", 0, "Suède"), ("table_cell", 0, "Linköping")]
    assert found[0][2] == "Les usines d’IA, mode d’emploi"
    assert found[2][2] == "Un budget de 1,5 milliard d’euros pour les sept premiers sites retenus."
    assert found[4][2].endswith("en présentant le programme.")


def test_word_styles_give_headings_list_levels_a_quote_and_a_caption():
    assert marked(read_docx(FIXTURES / "styled.docx")) == [
        ("heading", 1, "Les usines d’IA"), ("heading", 2, "Financement"),
        ("list_item", 1, "Un budget de 1,5 milliard d’euros."), ("list_item", 2, "Dont 250 millions pour la Finlande."),
        ("quote", 0, "Nous ouvrons nos supercalculateurs aux start-up."),
        ("caption", 0, "Figure 1 : le supercalculateur LUMI.")]


def test_word_table_cells_are_marked_once_each_nested_paragraphs_included():
    found = marked(read_docx(FIXTURES / "structured.docx"))
    assert found[0] == ("heading", 1, "Les usines d’IA en chiffres")
    assert [text for kind, _level, text in found if kind == "table_cell"] == [
        "Pays", "Site", "Budget", "Finlande", "Kajaani", "250 M€", "Suède", "Linköping (université)", "120 M€"]


def test_epub_nested_blocks_give_one_mark_each():
    assert marked(read_epub(FIXTURES / "nested.epub")) == [
        ("heading", 1, "Poèmes et notes"),
        ("quote", 0, "Une citation en deux paragraphes.\n\nLe second paragraphe de la citation."),
        ("list_item", 1, "Un point de liste avec son paragraphe."), ("list_item", 1, "Un point simple."),
        ("table_cell", 0, "Finlande"), ("table_cell", 0, "Kajaani"),
        ("list_item", 1, "Un centre de calcul ouvert aux start-up."), ("caption", 0, "Le supercalculateur LUMI.")]


def test_pdf_headings_are_the_lines_in_larger_fonts_the_largest_first():
    assert marked(read_pdf(FIXTURES / "sections.pdf")) == [
        ("heading", 1, "Rapport sur les usines d’IA"), ("heading", 2, "Financement"), ("heading", 2, "Calendrier")]


def test_a_pdf_title_on_two_lines_is_one_heading_and_running_heads_are_none():
    assert marked(read_pdf(FIXTURES / "paper.pdf")) == [
        ("heading", 1, "Sharing supercomputers with European start-ups")]
    assert "marks" not in read_pdf(FIXTURES / "running_heads.pdf").extras


INLINE_HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Les usines</title></head><body>
<nav><ul><li><a href="https://example.org/accueil">Usines</a></li></ul></nav>
<article><h1>Les usines d’IA ouvrent</h1>
<p>Les chercheurs de <em>sept pays</em> ont <strong>enfin</strong> accès aux machines, dit
<a href="https://example.org/rapport">le rapport de la Commission</a>, et <a href="javascript:alert(1)">ce lien</a>
ne mène nulle part : les usines ouvrent leurs portes aux start-up et aux laboratoires publics.</p>
<p>Un deuxième paragraphe raconte <i>comment</i> les sites ont été choisis, <b>lesquels</b> ont perdu et ce que
les élus en disent dans les régions concernées par ces investissements de plusieurs milliards.</p>
</article></body></html>"""


def test_web_page_emphasis_and_links_with_their_targets(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(INLINE_HTML, encoding="utf-8")
    article = read_html(path)
    assert inline(article) == [
        ("emphasis", 1, "sept pays", ""), ("emphasis", 2, "enfin", ""),
        ("link", 0, "le rapport de la Commission", "https://example.org/rapport"),
        ("emphasis", 1, "comment", ""), ("emphasis", 2, "lesquels", "")]


def test_markdown_emphasis_and_links_nested(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("Un *mot* et **un [lien *vers*](https://example.org/a) ailleurs** ici.\n", encoding="utf-8")
    assert inline(read_markdown(path)) == [
        ("emphasis", 1, "mot", ""), ("emphasis", 2, "un lien vers ailleurs", ""),
        ("link", 0, "lien vers", "https://example.org/a"), ("emphasis", 1, "vers", "")]


def test_word_bold_italic_runs_and_hyperlinks(tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Le compte rendu", level=1)
    paragraph = document.add_paragraph("La séance a voté ")
    paragraph.add_run("le budget").bold = True
    paragraph.add_run(", puis ")
    paragraph.add_run("à main levée").italic = True
    paragraph.add_run(" le renvoi vers ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), document.part.relate_to("https://example.org/pv", RELATIONSHIP_TYPE.HYPERLINK,
                                                 is_external=True))
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "le procès-verbal"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    paragraph.add_run(" de la séance.")
    path = tmp_path / "minutes.docx"
    document.save(path)
    assert inline(read_docx(path)) == [
        ("emphasis", 2, "le budget", ""), ("emphasis", 1, "à main levée", ""),
        ("link", 0, "le procès-verbal", "https://example.org/pv")]


def test_epub_emphasis_and_links(tmp_path):
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("inline")
    book.set_title("Le livre")
    book.set_language("fr")
    chapter = epub.EpubHtml(title="Un", file_name="un.xhtml", lang="fr")
    chapter.content = ("<html><body><h1>Chapitre premier</h1><p>Il lut <em>Les Misérables</em> d’une traite, "
                       "puis <a href='https://example.org/hugo'>la notice de l’éditeur</a> en entier.</p></body></html>")
    book.add_item(chapter)
    book.spine = [chapter]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    path = tmp_path / "book.epub"
    epub.write_epub(str(path), book)
    assert inline(read_epub(path)) == [
        ("emphasis", 1, "Les Misérables", ""), ("link", 0, "la notice de l’éditeur", "https://example.org/hugo")]

from pathlib import Path

from app.importers.docx import read_docx
from app.importers.epub import read_epub

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_word_tables_text_boxes_equations_and_notes_in_document_order():
    article = read_docx(FIXTURES / "structured.docx")
    assert article.body.split("\n\n") == [
        "Les usines d’IA en chiffres",
        "Pour x=2, il y a deux solutions.",
        "Sept usines ont été choisies[1] en décembre[2].",
        "Pays\tSite\tBudget",
        "Finlande\tKajaani\t250 M€",
        "Suède\tLinköping (université)\t120 M€",
        "Encadré ci-contre.",
        "Le texte de l’encadré.",  # once, though Word writes it twice (drawing and fallback)
        "Texte d’un contrôle de contenu.",
        "[1] Décision de la Commission du 10 décembre 2024.",
        "[2] Voir l’annexe.",
    ]
    assert article.title == "Les usines d’IA en chiffres"


def test_a_word_document_made_of_a_table_is_read():
    article = read_docx(FIXTURES / "tables_only.docx")
    assert article.body == "Question\tRéponse\n\nBudget total\t1,5 milliard d’euros"
    assert article.title == "Question Réponse"


def test_epub_blocks_nested_in_blocks_come_once_and_verse_in_divisions_is_kept():
    article = read_epub(FIXTURES / "nested.epub")
    paragraphs = article.body.split("\n\n")
    assert paragraphs == [
        "Poèmes et notes",
        "Sous le pont Mirabeau coule la Seine",
        "Et nos amours",
        "Faut-il qu’il m’en souvienne\nLa joie venait toujours après la peine",
        "Une citation en deux paragraphes.",
        "Le second paragraphe de la citation.",
        "Un point de liste avec son paragraphe.",
        "Un point simple.",
        "Finlande",
        "Kajaani",
        "Usine d’IA",
        "Un centre de calcul ouvert aux start-up.",
        "Le supercalculateur LUMI.",
        "Un texte dans une division avec un",
        "paragraphe imbriqué",
        "et une suite.",
    ]
    assert len(paragraphs) == len(set(paragraphs))


def test_a_strict_word_document_is_read_like_any_other():
    article = read_docx(FIXTURES / "strict.docx")
    assert article.body.split("\n\n") == [
        "Note stricte sur les usines d’IA",
        "La Commission européenne a sélectionné sept usines d’IA dans sept pays de l’Union, a-t-elle annoncé "
        "mardi à Bruxelles.", "Pays\tSite", "Finlande\tKajaani"]
    assert article.extras["marks"][0] == ["heading", 0, len("Note stricte sur les usines d’IA"), 1]


def _memo(tmp_path, *paragraphs):
    import datetime

    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.core_properties.created = datetime.datetime(2013, 5, 2, 9, 30)
    path = tmp_path / "memo.docx"
    document.save(path)
    return path


def test_a_word_document_s_creation_date_is_kept_as_the_file_s_date_not_a_publication_date(tmp_path):
    article = read_docx(_memo(tmp_path, "Compte rendu de la réunion", "Les usines d’IA ont été présentées."))
    assert article.published == "2013-05-02" and article.published_from_file


def test_a_date_the_text_states_wins_over_the_file_s_creation_date(tmp_path):
    article = read_docx(_memo(tmp_path, "Compte rendu de la réunion", "24 janvier 2024",
                              "Les usines d’IA ont été présentées."))
    assert article.published == "2024-01-24" and not article.published_from_file

from pathlib import Path

import pytest

from app.core.errors import ImportRejected
from app.importers.pdf import read_pdf
from app.importers.pdf_cleaning import clean_characters, join_cut_words, running_line_key
from app.importers.pdf_layout import Piece, column_text, title_by_font

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(scope="module")
def running_heads():
    return read_pdf(FIXTURES / "running_heads.pdf")


def test_running_heads_with_page_numbers_are_removed_even_when_the_number_is_stuck(running_heads):
    for running in ("TOPOLOGISCHE", "Federal Register", "VerDate", "Jkt"):
        assert running not in running_heads.body


def test_a_footer_fused_to_the_last_word_is_cut_off(running_heads):
    assert "lue par le président Soekarno\n" in running_heads.body + "\n"


def test_ligatures_are_folded_and_control_characters_dropped(running_heads):
    assert "scientifique et flexible, dont l’effet" in running_heads.body
    assert not any(0xFB00 <= ord(char) <= 0xFB06 for char in running_heads.body)
    assert not any(ord(char) < 32 and char != "\n" for char in running_heads.body)
    assert "Soit x un point." in running_heads.body


def test_cut_words_are_joined_but_compounds_and_numbers_keep_their_hyphen(running_heads):
    assert "des données machine-readable et un programme d’investissement public" in running_heads.body
    assert "dossier n° 2023-0379 de la Commission" in running_heads.body


def test_junk_title_metadata_gives_way(running_heads):
    assert "Microsoft Word" not in running_heads.title


def test_columns_are_read_one_after_the_other_and_the_title_is_the_largest_line():
    article = read_pdf(FIXTURES / "columns.pdf")
    assert article.title == "Les usines d’IA en Europe"  # not the metadata's "10811.exe"
    lines = article.body.split("\n")
    assert lines[0] == "Les usines d’IA en Europe"
    assert lines[1:17] == ([f"Gauche {n}: la colonne de gauche se lit d’abord." for n in range(1, 9)]
                           + [f"Droite {n}: la colonne de droite se lit ensuite." for n in range(1, 9)])
    third_page = article.body[article.extras["page_starts"][1]:].split("\n")
    assert third_page[:3] == ["Col 1 ligne 1 du texte.", "Col 1 ligne 2 du texte.", "Col 1 ligne 3 du texte."]
    assert third_page[8] == "Col 2 ligne 1 du texte."
    assert third_page[16] == "Col 3 ligne 1 du texte."


def test_a_file_pypdf_refuses_is_read_by_pdfminer_and_says_so():
    article = read_pdf(FIXTURES / "odd_page_tree.pdf")
    assert article.body.startswith("La Commission européenne a sélectionné sept usines d’IA")
    assert "Rapport Carnet" not in article.body  # running lines removed as for pypdf's text
    assert article.extras["extractor"] == "pdfminer.six"
    assert (article.title, article.author, article.published) == (
        "Rapport sur les usines d’IA", "Direction générale du numérique", "2024-12-10")


def test_text_drawn_through_a_form_is_read_when_pdfminer_reads_the_file():
    article = read_pdf(FIXTURES / "form_text.pdf")
    assert article.body == "The seven sites open their machines to young companies.\nApplications are due in February."
    assert article.extras["extractor"] == "pdfminer.six"


def test_image_pages_with_only_a_scanner_footer_are_a_scan():
    with pytest.raises(ImportRejected) as caught:
        read_pdf(FIXTURES / "scan_with_footer.pdf")
    assert str(caught.value.reason).startswith("this PDF has no text layer (a scan?)")


def test_running_line_key_ignores_numbers_spaces_and_case():
    assert running_line_key("5 1.1. Topologische Räume") == running_line_key("61.1. TOPOLOGISCHE RÄUME")
    assert running_line_key("47699 Federal Register / Vol. 85") == running_line_key("47700 Federal Register/Vol. 86")
    assert running_line_key("Chapitre un") != running_line_key("Chapitre deux")


def test_compatibility_forms_are_folded_but_superscripts_kept():
    assert clean_characters("ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ ＡＢ１ 𝐱 x² \x01\x1f\u00ad") == "ff fi fl ffi ffl st st AB1 x x² "


def test_hyphen_rules():
    assert join_cut_words("fine-\ngrained and fine-\ntuned", {"fine-grained"}) == "fine-grained and finetuned"
    assert join_cut_words("Jean-\nPierre, 12-\n14", set()) == "Jean-Pierre, 12-14"


def test_a_form_with_labels_and_values_apart_is_not_read_as_columns():
    pieces = [Piece(text, x, 700 - 14 * row, 10) for row in range(10)
              for text, x in ((f"Champ {row}", 50), (f"valeur {row}", 350))]
    assert column_text(pieces, 595, 842) is None


def test_no_title_by_font_when_every_line_has_the_same_size():
    assert title_by_font([Piece("Une ligne de texte", 50, 700, 11), Piece("Une autre ligne", 50, 686, 11)]) is None


def test_without_a_title_in_the_properties_the_largest_font_is_the_title_and_a_paragraph():
    article = read_pdf(FIXTURES / "paper.pdf")
    assert article.title == "Sharing supercomputers with European start-ups"  # not the proceedings line
    assert article.body.split("\n")[:3] == [
        "Proceedings of the 17th Conference on Computing Infrastructures",
        "Sharing supercomputers with European start-ups",
        "Anne Martin, Jean Dupont Université de Lyon Abstract We measure how seven sites open their machines "
        "to young companies.",
    ]


def test_pdfminer_fallback_also_finds_the_title_by_its_font():
    article = read_pdf(FIXTURES / "paper_odd_page_tree.pdf")
    assert article.extras["extractor"] == "pdfminer.six"
    assert article.title == "Sharing supercomputers with European start-ups"

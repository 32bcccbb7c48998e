from pathlib import Path

import pytest

from app.importers.epub_text import chapter_text
from app.importers.html import READABILITY_EXTRACTOR, RECALL_EXTRACTOR, read_html
from app.importers.html_metadata import choose_title, clean_authors, without_site_name

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_a_feature_the_precise_setting_cuts_comes_in_whole_and_says_which_extractor():
    article = read_html(FIXTURES / "feature_cut.html")
    for number in range(1, 11):
        assert f"Suite {number} : la Commission" in article.body
    assert article.extras["extractor"] == RECALL_EXTRACTOR


def test_a_feature_laid_out_in_two_blocks_keeps_both_in_page_order():
    article = read_html(FIXTURES / "feature_in_chunks.html")
    paragraphs = [line for line in article.body.split("\n") if "partie" in line]
    assert [line.split(" :")[0] for line in paragraphs] == (
        [f"Première partie {n}" for n in range(1, 7)] + [f"Seconde partie {n}" for n in range(1, 9)])
    assert "Publicité" not in article.body
    assert article.extras["extractor"] == READABILITY_EXTRACTOR


def test_the_default_extraction_names_no_extractor():
    assert "extractor" not in read_html(FIXTURES / "article.html").extras


def test_promo_heading_conditional_comment_and_modified_date_do_not_mislead():
    article = read_html(FIXTURES / "metadata_traps.html")
    assert article.title == "Les usines d’IA ouvrent leurs portes aux chercheurs"
    assert article.language == "fr"
    assert article.published == "2024-01-24"
    assert article.author is None


@pytest.mark.parametrize(("author", "expected"), [
    ("Username", None),
    ("Authority control", None),
    ("作者", None),
    ("Joe Wee Monday; February", "Joe Wee"),
    ("By Anne Martin", "Anne Martin"),
    ("Marie Dupont; Jean Martin", "Marie Dupont; Jean Martin"),
    ("Anne Martin and Bob Lee", "Anne Martin; Bob Lee"),
    ("redaction@journal.example", None),
])
def test_author_junk_is_filtered(author, expected):
    assert clean_authors(author) == expected


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Les usines d’IA arrivent | Le Journal", "Le Journal", "Les usines d’IA arrivent"),
    ("Europe builds seven AI factories - BBC News", None, "Europe builds seven AI factories"),
    ("Usines d’IA : ce qui change", None, "Usines d’IA : ce qui change"),
    ("Court - Titre", None, "Court - Titre"),
])
def test_site_name_suffix(title, site, expected):
    assert without_site_name(title, site) == expected


def test_a_short_heading_gives_way_to_the_page_title_but_a_headline_does_not():
    page = "Europe builds seven AI factories"
    assert choose_title("Hi, I'm Nicolas.", page, None) == page
    assert choose_title("About This Site", page, None) == page
    assert choose_title("Europe builds seven AI factories, and more", page, None) == (
        "Europe builds seven AI factories, and more")
    long_heading = "The Commission picks seven sites for its new computing centres"
    assert choose_title(long_heading, page, None) == long_heading


def test_html_bytes_without_a_declaration_are_read_as_utf8():
    assert chapter_text("<p>Première</p>".encode()) == "Première"


def test_mathml_formulas_are_kept_as_their_text():
    article = read_html(FIXTURES / "mathml.html")
    assert ("When a ≠ 0, there are two solutions to ax^2 + bx + c = 0 and they are given by a formula"
            in article.body)
    assert "  " not in article.body


def test_the_extracted_date_stands_unless_it_is_the_modified_day():
    from app.importers.html_metadata import PageMetadata, publication_date

    page = PageMetadata(published="2024-01-24", modified="2024-03-05")
    assert publication_date("2024-03-05", page) == "2024-01-24"
    assert publication_date("2024-01-20", page) == "2024-01-20"
    assert publication_date(None, page) == "2024-01-24"
    assert publication_date("2024-03-05", PageMetadata(modified="2024-03-05")) == "2024-03-05"


def test_a_name_that_is_also_a_month_is_kept():
    assert clean_authors("Theresa May; June Carter") == "Theresa May; June Carter"
    assert clean_authors("Anne Martin March 3, 2024") == "Anne Martin"

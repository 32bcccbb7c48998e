from pathlib import Path

import pytest

from app.importers.epub_text import chapter_text
from app.importers.html import READABILITY_EXTRACTOR, RECALL_EXTRACTOR, read_html
from app.importers.html_authors import clean_authors
from app.importers.html_metadata import choose_title, without_site_name

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


def test_a_gallery_of_unrelated_slides_inside_an_article_is_dropped():
    article = read_html(FIXTURES / "gallery_unrelated.html")
    assert "Benagil" not in article.body and "sélection de vacances" not in article.body
    assert "Ouverture 1" in article.body and "Suite 4" in article.body
    assert article.extras["galleries_dropped"] == 1


def test_a_gallery_about_the_article_stays():
    from app.importers.galleries import drop_galleries
    from app.importers.html_metadata import parse_page

    tree = parse_page((FIXTURES / "gallery_related.html").read_text(encoding="utf-8"))
    assert drop_galleries(tree) == 0
    assert len(tree.xpath("//div[@class='gallery__slide']")) == 6
    unrelated = parse_page((FIXTURES / "gallery_unrelated.html").read_text(encoding="utf-8"))
    assert drop_galleries(unrelated) == 1
    assert unrelated.xpath("//div[@class='gallery__slide']") == []
    assert len(unrelated.xpath("//p[starts-with(., 'Suite')]")) == 4


def test_the_headline_the_page_shows_wins_over_its_title_tag():
    title = "Niederlage für Johnson: Parlament vertagt Votum über Brexit-Deal"
    headline = (("Unterhaus vertagt Votum über Brexit-Deal - es drohen Chaos-Tage",),)
    assert choose_title(title, title, None, headline) == headline[0][0]
    # A byline or a site's name inside the heading, after the headline, is not part of it.
    assert choose_title(None, "Anticorrupción decidirá si recurre la imputación", None,
                        (("Anticorrupción decidirá si recurre la imputación", "Ultima Hora Mallorca"),)) == (
        "Anticorrupción decidirá si recurre la imputación")
    # A kicker set apart above the headline is not part of it; a heading of short pieces stays whole.
    assert choose_title(None, "Klimaschutz: Bohren, bis es heiß wird", None,
                        (("Klimaschutz", ":", "Bohren, bis es heiß wird"),)) == "Bohren, bis es heiß wird"
    assert choose_title(None, "Dune review", None, (("Dune", "review"),)) == "Dune review"
    # A heading that shares nothing with the page's title while the page shows that title
    # under it, or a heading that names the site, is not the headline.
    assert choose_title("Europe builds seven AI factories", "Europe builds seven AI factories", None,
                        (("Partez en voyage avec nous !",),), None,
                        ("Europe builds seven AI factories",)) == "Europe builds seven AI factories"
    assert choose_title(None, "Das schwulste Musikvideo der Welt : Krimiblog-Archiv", None,
                        (("Krimiblog-Archiv",),), "archiv.krimiblog.de") == "Das schwulste Musikvideo der Welt"


@pytest.mark.parametrize(("title", "host", "expected"), [
    ("ORSO MARSICANO: 2019 UN ANNO DA RECORD | Parco Nazionale d'Abruzzo, Lazio e Molise", "parcoabruzzo.it",
     "ORSO MARSICANO: 2019 UN ANNO DA RECORD"),
    ("Pour le néolibéralisme, la retraite est un archaïsme - AOC media", "aoc.media",
     "Pour le néolibéralisme, la retraite est un archaïsme"),
    ("Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden", "disfunctions.de", "Podcasts in Plex einbinden"),
    ("UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen", "drk.de",
     "UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen"),
    ("Usines d’IA : ce qui change", "lejournal.fr", "Usines d’IA : ce qui change"),
])
def test_the_site_named_by_the_page_s_address_leaves_the_title(title, host, expected):
    assert without_site_name(title, None, host) == expected


@pytest.mark.parametrize(("author", "expected"), [
    ("Art Edwards says", "Art Edwards"),
    ("责任编辑：孔德明", "孔德明"),
    ("Text: Anne Martin", "Anne Martin"),
    ("Textor Müller", "Textor Müller"),
    ("Posted on", None),
    ("Frankfurter Allgemeine Zeitung GmbH; Benjamin Fischer; Marcus Theurer", "Benjamin Fischer; Marcus Theurer"),
    ("Le Monde SA", "Le Monde SA"),
    ("happyface313", "happyface313"),
    ("24.01.2024", None),
])
def test_bylines_lose_their_labels_and_publishers_beside_people(author, expected):
    assert clean_authors(author) == expected


def test_the_byline_names_the_author_when_the_extractor_finds_none():
    from app.importers.html_authors import byline_author
    from app.importers.html_metadata import parse_page

    page = parse_page("<html><body><article><h1>T</h1><span class='author vcard'><a class='url fn n'>Anne Martin"
                      "</a></span><p>Texte.</p></article><div id='comments'><span class='comment-author'>"
                      "Bob</span></div></body></html>")
    assert byline_author(page) == "Anne Martin"
    only_comments = parse_page("<html><body><p>Texte.</p><ol class='commentlist'><li><span class='author'>Bob"
                               "</span></li></ol></body></html>")
    assert byline_author(only_comments) is None

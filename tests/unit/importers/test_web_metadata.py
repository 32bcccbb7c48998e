"""Titles and authors on pages laid out as the annotated public pages that misled the
importer (`bench/corpora/`); the pages are written by `tests/fixtures/make_web_metadata.py`."""

from pathlib import Path

import pytest

from app.importers.html import read_html
from app.importers.html_authors import clean_authors, page_authors
from app.importers.html_metadata import choose_title, page_metadata, parse_page

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "web_metadata"


@pytest.mark.parametrize(("page", "author"), [
    ("author_site_beside_person.html", "Christoph von Ritter"),  # the site's name beside the person
    ("author_layout_sidebar_class.html", "marc"),  # "right-sidebar" on the layout is no sidebar
    ("author_compound_class.html", "Didier Roy"),  # class="auteurs" inside "dates_auteurs"
    ("author_text_byline.html", "Claudia Lindner"),  # "Von Claudia Lindner" as text
])
def test_the_author_the_page_shows(page, author):
    assert read_html(PAGES / page).author == author


@pytest.mark.parametrize(("page", "title"), [
    ("title_only_heading.html", "Parallels Desktop 15 for Mac"),  # the only h1, not the SEO <title>
    ("title_first_h2_without_h1.html", "Alles Neue mach der Mai…"),  # no h1: the post's h2, not its day
    ("title_kicker_page_title.html", "Klimavorreiter Oberland?"),  # a kicker before the page's own title
    ("title_ruby.html", "子どもへの体罰を禁止する法律ができる"),  # furigana left out, no spaces put in
    ("title_short_words_heading.html",  # "und" shared with the title does not make a menu the headline
     "Sicherheits-Check für Künstliche Intelligenz in Autos: BSI und ZF starten Projekt"),
])
def test_the_headline_the_page_shows(page, title):
    assert read_html(PAGES / page).title == title


def test_a_page_title_that_names_a_section_gives_way_to_the_heading():
    assert choose_title("Liebe Menschen Europas", "blog", None) == "Liebe Menschen Europas"
    assert choose_title("About This Site", "Le journal de Nicolas Martin", None) == "Le journal de Nicolas Martin"


def test_soft_hyphens_leave_headings():
    page = parse_page("<html><body><h1>Er&shy;in&shy;ne&shy;rung an die Op&shy;fer</h1></body></html>")
    assert page_metadata(page).headings == (("Erinnerung an die Opfer",),)


@pytest.mark.parametrize(("author", "expected"), [
    ("Foto: Ingo Schneider", None),  # a picture's credit
    ("Facebook Com; Evgenia Karp", "Evgenia Karp"),  # an address spelled as words
    ("Redacci&oacute;n Diario", "Redacción Diario"),  # an entity left in the field
    ("Jelko Djuren und Jutta Klaukien", "Jelko Djuren; Jutta Klaukien"),
    ("Post author By Helge Fahrnberger", "Helge Fahrnberger"),
    ("Alle Beiträge", None),
])
def test_author_fields_lose_credits_addresses_and_labels(author, expected):
    assert clean_authors(author) == expected


def _tree(body: str):
    return parse_page(f"<html><body>{body}</body></html>")


def test_the_byline_spells_the_extracted_name_in_full():
    byline = _tree("<article><span class='author'>happyface313</span><p>Texte.</p></article>")
    assert page_authors("Happyface", byline) == "happyface313"
    full = _tree("<article><span class='byline'>Todd Bates</span></article>")
    assert page_authors("Todd", full) == "Todd Bates"
    other = _tree("<article><span class='byline'>Matthias herrpfleger</span></article>")
    assert page_authors("Matthias", other) == "Matthias"


def test_a_blog_named_after_its_author_keeps_that_name():
    page = _tree("<article><p>Texte.</p></article>")
    assert page_authors("Heiko", page, site_name="Heiko", host="heiko.example") == "Heiko"
    bylined = _tree("<article><span class='author'>Anne Martin</span></article>")
    assert page_authors("Le Journal", bylined, site_name="Le Journal") == "Anne Martin"


def test_a_text_byline_stops_at_a_comma_unless_it_lists_names():
    page = _tree("<article><p>By Nada Tawfik, BBC News, New York</p></article>")
    assert page_authors(None, page) == "Nada Tawfik"
    listed = _tree("<article><p>Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz</p></article>")
    assert page_authors(None, listed) == "Volkmar Kabisch; Jan Lukas Strozyk; Benedikt Strunz"
    comment = _tree("<article><p>Texte.</p></article><ol class='comments'><li><p>Von Bob Miller</p></li></ol>")
    assert page_authors(None, comment) is None

import unicodedata

from app.core.article import Article, content_hash
from app.core.text import normalise_text


def test_newlines_bom_and_unicode_form_are_normalised():
    decomposed = unicodedata.normalize("NFD", "européenne")
    text = "\ufeffTitre\r\nUne ligne  \rUne autre " + decomposed + "\r\n\r\n"
    assert normalise_text(text) == "Titre\nUne ligne\nUne autre européenne"


def test_normalising_twice_changes_nothing():
    once = normalise_text(" \n\nA\r\nB\u2029C ")
    assert normalise_text(once) == once


def test_content_hash_depends_on_body_only():
    a = Article(title="A", body="Same text", format="txt")
    b = Article(title="B", body="Same text", format="md", source="Elsewhere")
    assert a.content_hash == b.content_hash == content_hash("Same text")
    assert content_hash("Same text.") != a.content_hash

from pathlib import Path

import pytest

from app.core.errors import ImportRejected
from app.importers import importer_for

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FIRST = ("La Commission européenne a sélectionné sept usines d’IA dans sept pays de l’Union, "
         "a-t-elle annoncé mardi à Bruxelles.")
SECOND = ("Ces usines offriront aux start-up un accès à la puissance de calcul des supercalculateurs "
          "européens, avec un budget de 1,5 milliard d’euros.")
THIRD = "Les prochaines candidatures sont attendues le 1er février 2025."


def read(name):
    path = FIXTURES / name
    return importer_for(path)(path)


def test_saved_web_page_keeps_only_the_article_and_its_metadata():
    article = read("article.html")
    assert article.body == "\n".join(["Les usines d’IA arrivent", FIRST, SECOND, THIRD])
    for noise in ("cookies", "Accepter", "Accueil", "À lire aussi", "Commentaires", "Mentions légales"):
        assert noise not in article.body
    assert (article.title, article.author, article.published, article.source, article.url, article.language) == (
        "Les usines d’IA arrivent", "Marie Dupont", "2024-12-10", "Le Journal",
        "https://journal.example/usines-ia", "fr")
    assert article.format == "html"


def test_pdf_pages_without_running_headers_page_numbers_or_cut_words():
    article = read("report.pdf")
    assert article.body == "\n\n".join([
        FIRST + "\nLe programme mobilise un investissement public et privé.", SECOND, THIRD])
    starts = article.extras["page_starts"]
    assert [article.body[start:start + 16] for start in starts] == [
        "La Commission eu", "Ces usines offri", "Les prochaines c"]
    assert (article.title, article.author, article.published) == (
        "Rapport sur les usines d’IA", "Direction générale du numérique", "2024-12-10")


def test_word_document_paragraphs_and_properties():
    article = read("memo.docx")
    assert article.body == "\n\n".join(["Note sur les usines d’IA", FIRST, SECOND, THIRD, "Suite",
                                        "La Finlande et la Suède accueillent deux des sites."])
    assert (article.title, article.author, article.published, article.language) == (
        "Note sur les usines d’IA", "Anne Martin", "2025-01-15", "fr")


def test_epub_chapters_in_reading_order():
    article = read("book.epub")
    assert article.body == "\n\n".join(["Premier chapitre", FIRST, "Deuxième chapitre", f"{SECOND} {THIRD}"])
    assert (article.title, article.author, article.published, article.language) == (
        "Chroniques des usines d’IA", "Jean Martin", "2025-03-01", "fr")


@pytest.mark.parametrize(("name", "reason"), [
    ("corrupt.pdf", "this PDF is damaged or truncated"),
    ("protected.pdf", "this PDF is protected by a password"),
    ("scanned.pdf", "this PDF has no text layer"),
    ("corrupt.docx", "this Word document is damaged"),
    ("corrupt.epub", "this EPUB is damaged or truncated"),
])
def test_damaged_protected_and_scanned_files_are_refused_with_the_reason(name, reason):
    with pytest.raises(ImportRejected) as caught:
        read(name)
    assert str(caught.value.reason).startswith(reason)
    assert caught.value.path.name == name


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".epub", ".html"])
def test_empty_and_binary_files_of_every_format_are_refused(tmp_path, suffix):
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(b"")
    with pytest.raises(ImportRejected, match="empty file"):
        importer_for(empty)(empty)
    noise = tmp_path / f"noise{suffix}"
    noise.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ImportRejected):
        importer_for(noise)(noise)

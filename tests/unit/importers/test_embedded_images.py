"""E-books and Word files keep their own pictures, each marked where it stands; a
picture named as one but holding something else, or one outside the file, is left out."""

import io

import docx
from docx.shared import Inches
from ebooklib import epub
from PIL import Image

from app.core.structure import FIGURE, marks_from_extras
from app.importers.docx import read_docx
from app.importers.epub import read_epub
from app.importers.html import read_html


def picture(kind="PNG", size=(40, 30)) -> bytes:
    data = io.BytesIO()
    Image.new("RGB", size, "blue").save(data, kind)
    return data.getvalue()


def figures(article):
    return [(mark.level, article.body[mark.start:mark.end]) for mark in marks_from_extras(article.extras)
            if mark.kind == FIGURE]


def make_book(path):
    book = epub.EpubBook()
    book.set_identifier("pictures")
    book.set_title("Le livre")
    book.set_language("fr")
    book.add_item(epub.EpubItem(uid="map", file_name="images/carte.png", media_type="image/png", content=picture()))
    book.add_item(epub.EpubItem(uid="fake", file_name="images/faux.png", media_type="image/png",
                                content=b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"))
    book.add_item(epub.EpubItem(uid="photo", file_name="images/photo.jpg", media_type="image/jpeg",
                                content=picture("JPEG", (20, 10))))
    chapter = epub.EpubHtml(title="Un", file_name="text/un.xhtml", lang="fr")
    chapter.content = (
        "<html><body><h1>Chapitre</h1><p>Avant la carte, un paragraphe.</p>"
        "<figure><img src='../images/carte.png' alt='La carte'/><figcaption>La carte du pays en 1850.</figcaption>"
        "</figure><p><img src='../images/faux.png'/>Après la fausse image.</p>"
        "<p><img src='https://example.org/loin.png'/>Une image sur le web, jamais lue.</p>"
        "<p>La photo suit.</p><div><img src='../images/photo.jpg'/></div><p>Sous la photo.</p>"
        "<p><img src='../images/carte.png'/>La carte encore.</p></body></html>")
    book.add_item(chapter)
    book.spine = [chapter]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    epub.write_epub(str(path), book)


def test_an_epub_keeps_its_pictures_once_each_at_their_place(tmp_path):
    make_book(tmp_path / "book.epub")
    article = read_epub(tmp_path / "book.epub")
    assert [(i.position, i.media_type, i.width, i.height, i.description) for i in article.images] == [
        (0, "image/png", 40, 30, "La carte"), (1, "image/jpeg", 20, 10, "")]
    assert figures(article) == [(0, "La carte du pays en 1850."), (1, "Sous la photo."), (0, "La carte encore.")]


def test_a_word_file_keeps_its_pictures_at_their_place(tmp_path):
    document = docx.Document()
    document.add_paragraph("Le plan présenté en séance.")
    document.add_picture(io.BytesIO(picture("JPEG", (50, 20))), width=Inches(1))
    document.add_paragraph("Le plan du quartier, adopté à l'unanimité.")
    document.save(tmp_path / "minutes.docx")
    article = read_docx(tmp_path / "minutes.docx")
    assert [(i.position, i.media_type, i.width, i.height) for i in article.images] == [(0, "image/jpeg", 50, 20)]
    assert figures(article) == [(0, "Le plan du quartier, adopté à l'unanimité.")]


def test_a_word_picture_that_is_not_an_image_is_left_out(tmp_path):
    document = docx.Document()
    document.add_paragraph("Avant.")
    document.add_picture(io.BytesIO(picture()), width=Inches(1))
    document.add_paragraph("Après.")
    document.save(tmp_path / "doc.docx")
    # The same package with the picture's bytes replaced by a script under the .png name.
    import zipfile

    with zipfile.ZipFile(tmp_path / "doc.docx") as source, \
            zipfile.ZipFile(tmp_path / "forged.docx", "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, b"<script>alert(1)</script>" if info.filename.startswith("word/media/") else data)
    article = read_docx(tmp_path / "forged.docx")
    assert article.images == () and figures(article) == []


def test_a_web_page_s_pictures_are_never_fetched_nor_kept(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><article><h1>Titre de la page</h1><img src='https://example.org/a.png'>"
                    + "<p>Un paragraphe assez long pour être gardé par l'extracteur, avec des mots.</p>" * 5
                    + "</article></body></html>", encoding="utf-8")
    assert read_html(path).images == ()

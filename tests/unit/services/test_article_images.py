"""An article's pictures are stored in the library with it, go with it when it is
deleted, and come back when the deletion is undone."""

import io

import docx
from docx.shared import Inches
from PIL import Image

from app.services.articles import ArticleService
from app.services.importing import import_paths


def make_docx(path, colour="green"):
    picture = io.BytesIO()
    Image.new("RGB", (50, 20), colour).save(picture, "PNG")
    document = docx.Document()
    document.add_paragraph("Le plan présenté en séance.")
    document.add_picture(io.BytesIO(picture.getvalue()), width=Inches(1))
    document.add_paragraph("Le plan du quartier, adopté à l'unanimité.")
    document.save(path)
    return picture.getvalue()


def image_count(library):
    return library.database().execute("SELECT count(*) FROM article_images").fetchone()[0]


def test_pictures_are_stored_deleted_with_their_article_and_put_back_by_undo(empty_library, tmp_path):
    data = make_docx(tmp_path / "minutes.docx")
    [outcome] = import_paths(empty_library, [tmp_path / "minutes.docx"]).outcomes
    articles = ArticleService(empty_library)
    [stored] = articles.images(outcome.article_id)
    assert (stored.position, stored.media_type, stored.data) == (0, "image/png", data)
    deletion = articles.delete(outcome.article_id).value
    assert image_count(empty_library) == 0
    articles.restore(deletion)
    assert [image.data for image in articles.images(outcome.article_id)] == [data]


def test_a_file_imported_again_with_new_text_keeps_its_new_pictures_only(empty_library, tmp_path):
    make_docx(tmp_path / "minutes.docx")
    [first] = import_paths(empty_library, [tmp_path / "minutes.docx"]).outcomes
    document = docx.Document(tmp_path / "minutes.docx")
    document.add_paragraph("Un paragraphe ajouté.")
    document.save(tmp_path / "minutes.docx")
    [again] = import_paths(empty_library, [tmp_path / "minutes.docx"]).outcomes
    assert (again.status, again.article_id) == ("updated", first.article_id)
    assert image_count(empty_library) == 1

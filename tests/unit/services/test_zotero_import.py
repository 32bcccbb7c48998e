import sqlite3

import pytest

from app.core.errors import ImportRejected
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.tagging import TagService
from app.services.zotero_import import import_zotero

from tests.unit.cli.test_cli import run
from tests.zotero_library import make_zotero_folder


def test_a_collection_s_items_come_with_files_details_and_highlights(empty_library, tmp_path):
    folder = make_zotero_folder(tmp_path / "Zotero")
    before = (folder / "zotero.sqlite").read_bytes()
    report = import_zotero(empty_library, folder, collections=["industrie"])
    assert len(report.articles) == 2 and report.highlights == 3
    articles = ArticleService(empty_library)
    news = next(articles.article(a) for a in report.articles if articles.article(a).format == "html")
    assert (news.title, news.source, news.author, news.published) == (
        "Les usines ferment en Lorraine", "Le Républicain lorrain", "Marie Dupont; AFP", "2024-03-05")
    assert news.url == "https://www.republicain-lorrain.fr/usines" and news.keywords == ("industrie",)
    highlights = AnnotationService(empty_library).highlights(article_id=news.id)
    tags = {tag.id: tag for tag in TagService(empty_library).tags()}
    by_quote = {news.body[h.start:h.end]: h for h in highlights}
    strong = by_quote["Les syndicats parlent d’un « choc » pour la vallée."]
    assert strong.note == "Citation forte"
    assert sorted(tags[t].name for t in strong.tag_ids) == ["Zotero yellow", "social"]
    assert next(t for t in tags.values() if t.name == "Zotero yellow").colour == "#ffd400"
    assert "un plan de reconversion de 40 millions d’euros" in by_quote  # the typographic apostrophe found
    paper = next(articles.article(a) for a in report.articles if articles.article(a).format == "pdf")
    assert paper.extras["reference"]["doi"] == "10.1234/num" and paper.published == "2023"
    assert len(AnnotationService(empty_library).highlights(article_id=paper.id)) == 1
    problems = "\n".join(report.problems)
    assert "1 child notes not brought" in problems and "image/png" in problems
    assert "an ink annotation" in problems and "“Une phrase que le texte n’a pas.”" in problems
    assert "Une page absente" not in problems and "À la corbeille" not in problems  # not chosen
    assert (folder / "zotero.sqlite").read_bytes() == before
    again = import_zotero(empty_library, folder, collections=["Industrie"])
    assert again.highlights == 0 and sorted(again.articles) == sorted(report.articles)


def test_a_running_zotero_holding_its_lock_is_not_disturbed(empty_library, tmp_path):
    folder = make_zotero_folder(tmp_path / "Zotero")
    zotero = sqlite3.connect(folder / "zotero.sqlite")
    zotero.execute("BEGIN EXCLUSIVE")  # as Zotero holds its database while it runs
    try:
        report = import_zotero(empty_library, folder / "zotero.sqlite")
    finally:
        zotero.rollback()
        zotero.close()
    assert len(report.articles) == 2  # every collection: the missing file is told
    assert any("Une page absente: attachment GONE0001: its file is not in the storage folder" in p
               for p in report.problems)


def test_bad_sources_are_named(empty_library, tmp_path, capsys):
    with pytest.raises(ImportRejected, match="holds no zotero.sqlite"):
        import_zotero(empty_library, tmp_path)
    folder = make_zotero_folder(tmp_path / "Zotero")
    with pytest.raises(ImportRejected, match="has no collection named Musique"):
        import_zotero(empty_library, folder, collections=["Musique"])
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "zotero.sqlite").write_text("not a database")
    code, out, err = run(capsys, "--library", str(tmp_path / "lib"), "import-zotero", str(tmp_path / "junk"))
    assert code != 0 and "is not a Zotero database" in err and "Traceback" not in err
    code, out, err = run(capsys, "--library", str(tmp_path / "lib"), "import-zotero", str(folder),
                         "--collection", "Lorraine")
    assert code == 0 and "1 articles and 2 highlights brought from Zotero" in out


def test_progress_is_told_per_item_and_cancelling_keeps_the_items_brought(empty_library, tmp_path):
    from app.core.tasks import CancelToken
    from app.services.zotero_import import zotero_collections

    folder = make_zotero_folder(tmp_path / "Zotero")
    assert [(c.name, c.parent_id) for c in zotero_collections(folder)] == [("Autre", None), ("Industrie", None),
                                                                          ("Lorraine", 1)]
    cancel, told = CancelToken(), []

    def progress(done, total, label):
        told.append((done, total, label))
        if done == 1:
            cancel.cancel()  # after the first item: the second is still brought whole, the third not begun

    report = import_zotero(empty_library, folder, progress=progress, cancel=cancel)
    assert told == [(0, 3, "Les usines ferment en Lorraine"), (1, 3, "Rapport sur le numérique")]
    assert report.cancelled and len(report.articles) == 2
    assert report.changes.added_articles == frozenset(report.articles)

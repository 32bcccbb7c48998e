import subprocess
import sys
from pathlib import Path

import pytest

from app.services.articles import ArticleNotFound, ArticleService
from app.services.library import (
    default_library_folder,
    open_library,
    resolve_library_folder,
    sample_articles_folder,
)
from app.store.errors import LibraryError
from app.store.library import DATABASE_FILE


def by_file(summaries, articles):
    return {Path(articles.article(s.id).original_path).name: s for s in summaries}


def test_first_open_creates_the_library_with_the_five_samples(tmp_path):
    library = open_library(tmp_path / "new")
    assert (tmp_path / "new" / DATABASE_FILE).is_file()
    articles = ArticleService(library)
    assert articles.count() == 5
    summaries = by_file(articles.summaries(), articles)
    assert summaries["004_73f990bf24fe4a87.txt"].published_date == "2024-01-24"
    assert summaries["002_753a0636a88286f5.txt"].source == "Techcrunch"
    assert summaries["001_c5ba91b20dacb792.txt"].title == "L’UE crée enfin des usines d’IA"
    assert {s.language for s in summaries.values()} == {"fr"}


def test_reopened_library_keeps_its_articles_and_is_not_seeded_twice(tmp_path):
    library = open_library(tmp_path / "lib")
    first = [(s.id, s.title) for s in ArticleService(library).summaries()]
    library.database().execute("DELETE FROM articles WHERE id = 1")
    library.database().conn.commit()
    library.close()
    reopened = ArticleService(open_library(tmp_path / "lib"))
    assert [(s.id, s.title) for s in reopened.summaries()] == first[1:]


def test_body_stored_is_the_normalised_file_text(library, seeds_folder):
    articles = ArticleService(library)
    article = by_file(articles.summaries(), articles)["004_73f990bf24fe4a87.txt"]
    body = articles.article(article.id).body
    assert body == (seeds_folder / "004_73f990bf24fe4a87.txt").read_text(encoding="utf-8").strip()


def test_empty_library_on_request(empty_library):
    assert ArticleService(empty_library).count() == 0


def test_missing_article_is_a_named_error(library):
    with pytest.raises(ArticleNotFound, match="no article with id 999"):
        ArticleService(library).article(999)


def test_library_folder_that_cannot_be_created_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError, match="cannot create the library folder"):
        open_library(blocker / "library")


def test_library_folder_resolution_order(tmp_path):
    env = {"CARNET_LIBRARY": str(tmp_path / "from-env")}
    assert resolve_library_folder(tmp_path / "explicit", env) == tmp_path / "explicit"
    assert resolve_library_folder(None, env) == tmp_path / "from-env"
    assert resolve_library_folder(None, {}) == default_library_folder()
    assert default_library_folder().name == "Library"


def test_samples_are_found_in_the_checkout():
    folder = sample_articles_folder()
    assert folder is not None and len(list(folder.glob("*.txt"))) == 5


def test_services_load_no_qt_module():
    code = (
        "import sys, app.services.library, app.services.importing, app.services.articles, app.services.searching,"
        " app.services.annotating, app.services.tagging, app.services.indexing, app.cli.main;"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

"""Section headings are searched as titles are: a word in a heading weighs as in a
title, through FTS5 and through the derived Tantivy index alike."""

from __future__ import annotations

import shutil

import pytest

from app.search import derived_index
from app.services.importing import import_paths
from app.services.library import ENGINE_ENV, open_library
from app.services.searching import SearchService

FILLER = "Un texte ordinaire sur les usines et les sites en Europe. " * 6


def _write_pair(folder):
    folder.mkdir()
    # The word is in each body once; in the first, longer one (which weighs it less by
    # itself) it is a section's heading.
    (folder / "a_heading.md").write_text(f"# Premier\n\n{FILLER}\n\n## Subventions\n\n{FILLER}\n", encoding="utf-8")
    (folder / "b_body.md").write_text(f"# Second\n\n{FILLER} Des subventions aussi.\n", encoding="utf-8")


def _titles(library, query):
    return [hit.article.title for hit in SearchService(library).search(query, snippets=False).hits]


@pytest.mark.parametrize("engine", ["", "fts5"])
def test_a_word_in_a_heading_ranks_above_the_same_word_in_the_text(tmp_path, monkeypatch, engine):
    monkeypatch.setenv(ENGINE_ENV, engine)
    _write_pair(tmp_path / "files")
    library = open_library(tmp_path / "library", add_samples=False)
    try:
        import_paths(library, [tmp_path / "files"])
        if library.derived_index is not None:
            assert library.derived_index.catch_up(library.database())
            assert library.derived_index.ready(library.database())
        assert _titles(library, "subventions") == ["Premier", "Second"]
        # headings are not titles: the title filter still means the title
        assert _titles(library, "title:subventions") == []
    finally:
        library.close()


def test_the_same_text_imported_again_with_its_structure_gets_its_headings_searched(tmp_path, monkeypatch):
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    _write_pair(tmp_path / "files")
    library = open_library(tmp_path / "library", add_samples=False)
    try:
        import_paths(library, [tmp_path / "files"])
        db = library.database()
        db.execute("UPDATE articles SET extras = '{}'")  # as imported before marks were kept
        SearchService(library).reindex()
        library.derived_index.catch_up(db)
        assert _titles(library, "subventions") == ["Second", "Premier"]  # the shorter text first
        import_paths(library, [tmp_path / "files"])  # duplicates now, bringing their marks
        assert library.derived_index.catch_up(db)
        assert _titles(library, "subventions") == ["Premier", "Second"]
        library.derived_index = None  # and FTS5 agrees
        assert _titles(library, "subventions") == ["Premier", "Second"]
    finally:
        library.close()


def test_a_derived_index_made_with_other_fields_is_made_again(tmp_path, monkeypatch):
    import tantivy
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    _write_pair(tmp_path / "files")
    library = open_library(tmp_path / "library", add_samples=False)
    import_paths(library, [tmp_path / "files"])
    folder = library.folder
    library.close()
    index_folder = folder / derived_index.FOLDER
    shutil.rmtree(index_folder)
    index_folder.mkdir()
    builder = tantivy.SchemaBuilder()  # the fields of an older Carnet
    builder.add_unsigned_field("id", stored=True, indexed=True, fast=True)
    builder.add_text_field("title")
    tantivy.Index(builder.build(), path=str(index_folder), reuse=True)
    reopened = open_library(folder, add_samples=False)
    try:
        assert reopened.derived_index is not None
        assert reopened.derived_index.disagreement(reopened.database()) is None
        assert _titles(reopened, "subventions") == ["Premier", "Second"]
    finally:
        reopened.close()


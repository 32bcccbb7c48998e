"""Citing and exchanging from the window: reference files, a Zotero library and REFI-QDA
projects imported through the File menu, and the whole library exported as a vault or a
REFI-QDA project from the export dialog."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.articles import ArticleService
from app.services.annotating import AnnotationService
from app.services.library import open_library
from app.services.qda_exchange import export_project
from app.ui.dialogs.zotero_dialog import ZoteroChoice, ZoteroDialog
from app.ui.exchange_imports import ExchangeChooser

from tests.unit.services.test_reference_import import BIB
from tests.ui.test_export_dialog import annotate
from tests.zotero_library import make_zotero_folder


def test_reference_files_from_the_file_menu_fill_the_articles_and_report(qtbot, library, make_window, tmp_path,
                                                                         monkeypatch):
    window = make_window(library)
    bib, broken = tmp_path / "refs.bib", tmp_path / "broken.ris"
    bib.write_text(BIB, encoding="utf-8")
    broken.write_bytes(b"\xff\xfe\x00 not RIS")
    monkeypatch.setattr(ExchangeChooser, "references", classmethod(lambda cls, parent: [bib, broken]))
    before = window.article_model.total()
    with qtbot.waitSignal(window.exchange.reported, timeout=10_000) as reported:
        window.menu["import_references"].trigger()
    [(_, first), (_, second)] = reported.args[0].files
    assert len(first.matched) == 1 and len(first.created) == 1 and isinstance(second, str)
    assert ArticleService(library).article(first.matched[0]).citation_key == "commission2024fonds"
    qtbot.waitUntil(lambda: window.article_model.total() == before + 1)  # the reference-only entry is listed
    dialog = window.exchange.last_dialog
    assert dialog.isVisible() and dialog.summary.text() == "Articles completed: 1; reference-only entries made: 1"
    assert "commission2024fonds: annotation is not kept" in dialog.text.toPlainText()
    assert f"{broken}: not read: " in dialog.text.toPlainText()
    assert not window.importer.running and not window.importer.progress.isVisible()


def test_the_zotero_dialog_lists_collections_and_names_a_bad_source(qtbot, tmp_path):
    folder = make_zotero_folder(tmp_path / "Zotero")
    dialog = ZoteroDialog(source=tmp_path)
    qtbot.addWidget(dialog)
    assert "holds no zotero.sqlite" in dialog.status.text() and not dialog.import_button.isEnabled()
    dialog.set_source(folder / "zotero.sqlite")
    assert dialog.status.text() == "" and dialog.import_button.isEnabled()
    tree = dialog.collections
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names == ["Autre", "Industrie"]
    industrie = tree.topLevelItem(1)
    assert industrie.child(0).text(0) == "Lorraine"
    assert dialog.chosen().collections == []
    industrie.child(0).setCheckState(0, Qt.CheckState.Checked)
    assert dialog.chosen() == ZoteroChoice(folder / "zotero.sqlite", ["Lorraine"])


def test_import_from_zotero_runs_in_the_background_and_reports_what_was_not_brought(qtbot, empty_library,
                                                                                    make_window, tmp_path,
                                                                                    monkeypatch):
    folder = make_zotero_folder(tmp_path / "Zotero")
    window = make_window(empty_library)
    monkeypatch.setattr(ZoteroDialog, "ask", classmethod(lambda cls, parent: ZoteroChoice(folder, ["Industrie"])))
    with qtbot.waitSignal(window.exchange.reported, timeout=30_000) as reported:
        window.menu["import_zotero"].trigger()
        assert window.importer.running and window.importer.cancel_button.isVisible()
    report = reported.args[0]
    assert len(report.articles) == 2 and report.highlights == 3 and not report.cancelled
    qtbot.waitUntil(lambda: window.article_model.total() == 2)
    text = window.exchange.last_dialog.text.toPlainText()
    assert window.exchange.last_dialog.summary.text() == "Brought from Zotero: articles: 2; highlights: 3"
    assert "Une phrase que le texte n’a pas." in text and "1 child notes not brought" in text
    assert "Zotero yellow" in [tag.name for tag in window.carnet.tags.tags()]


def test_cancelling_a_zotero_import_keeps_what_was_brought(qtbot, empty_library, make_window, tmp_path):
    folder = make_zotero_folder(tmp_path / "Zotero")
    window = make_window(empty_library)
    with qtbot.waitSignal(window.exchange.reported, timeout=30_000) as reported:
        window.exchange.import_zotero(folder, [])
        window.importer.cancel_button.click()
    report = reported.args[0]
    assert report.cancelled and "(cancelled)" in window.exchange.last_dialog.summary.text()
    assert sorted(a.id for a in ArticleService(empty_library).summaries(offset=0, limit=10)) == \
        sorted(set(report.articles))


def test_a_refi_qda_project_from_the_file_menu_becomes_articles_tags_and_highlights(qtbot, library, make_window,
                                                                                   tmp_path, monkeypatch):
    annotate(library)
    project = tmp_path / "usines.qdpx"
    export_project(library, project, user="claire")
    other = open_library(tmp_path / "other", add_samples=False, language="en")
    try:
        window = make_window(other)
        monkeypatch.setattr(ExchangeChooser, "project", classmethod(lambda cls, parent: project))
        with qtbot.waitSignal(window.exchange.reported, timeout=20_000) as reported:
            window.menu["import_project"].trigger()
        assert (reported.args[0].sources, reported.args[0].selections) == (5, 2)
        qtbot.waitUntil(lambda: window.article_model.total() == 5)
        assert len(AnnotationService(other).highlights()) == 2
        assert "Carnet does not record who made a highlight" in window.exchange.last_dialog.text.toPlainText()
    finally:
        other.close()


def test_the_export_dialog_writes_a_vault_folder_and_a_refi_qda_project(qtbot, library, make_window, tmp_path):
    annotate(library)
    window = make_window(library)
    dialog = window.export()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("vault"))
    qtbot.waitUntil(lambda: "Obsidian vault" in dialog.preview.toPlainText())
    assert not dialog.grouping.isEnabled() and not dialog.tag_list.isEnabled() and not dialog.style.isEnabled()
    assert dialog.destination_label.text() == "Folder"
    vault = tmp_path / "vault"
    dialog.destination.setText(str(vault))
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.export_button.click()
    notes = sorted(p.relative_to(vault).as_posix() for p in vault.rglob("*.md"))
    assert len([n for n in notes if n.startswith("Articles/")]) == 5 and "Tags/sites.md" in notes
    box = window.findChild(QMessageBox, "export_done")
    assert str(vault) in box.text()

    # Written again after a note was changed: the note stays, and the box says so.
    changed = vault / "Tags" / "sites.md"
    changed.write_text("mine\n", encoding="utf-8")
    box.close()
    again = window.export()
    qtbot.addWidget(again)
    again.format.setCurrentIndex(again.format.findData("vault"))
    again.destination.setText(str(vault))
    with qtbot.waitSignal(again.finished, timeout=10_000):
        again.export_button.click()
    assert changed.read_text(encoding="utf-8") == "mine\n"
    assert any("Tags/sites.md" in note for note in again.last_notes)
    qtbot.waitUntil(lambda: any("Tags/sites.md" in (b.detailedText() or "")
                                for b in window.findChildren(QMessageBox, "export_done")))

    project = window.export()
    qtbot.addWidget(project)
    project.format.setCurrentIndex(project.format.findData("qdpx"))
    qtbot.waitUntil(lambda: "REFI-QDA project" in project.preview.toPlainText())
    assert "Sources: 5;" in project.preview.toPlainText()
    target = tmp_path / "usines.qdpx"
    project.destination.setText(str(target))
    with qtbot.waitSignal(project.finished, timeout=10_000):
        project.export_button.click()
    with zipfile.ZipFile(target) as archive:
        assert "project.qde" in archive.namelist()

    codebook = window.export()
    qtbot.addWidget(codebook)
    codebook.format.setCurrentIndex(codebook.format.findData("qdc"))
    qtbot.waitUntil(lambda: "<CodeBook" in codebook.preview.toPlainText())
    codebook.destination.setText(str(tmp_path / "tags.txt"))
    codebook.format.setCurrentIndex(codebook.format.findData("qdpx"))
    codebook.format.setCurrentIndex(codebook.format.findData("qdc"))
    assert codebook.destination.text().endswith("tags.qdc")
    with qtbot.waitSignal(codebook.finished, timeout=10_000):
        codebook.export_button.click()
    assert b"sites" in (tmp_path / "tags.qdc").read_bytes()


def test_the_new_file_menu_entries_are_disabled_in_a_read_only_library(library, make_window, tmp_path):
    folder = library.folder
    library.close()
    from app.store.library import Library
    window = make_window(Library(folder, read_only=True))
    for name in ("import_references", "import_zotero", "import_project"):
        assert not window.menu[name].isEnabled(), name

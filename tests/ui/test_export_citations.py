import bibtexparser

from app.ui.dialogs.export_dialog import OTHER_STYLE

from tests.ui.test_export_dialog import annotate


def preview_text(dialog):
    return dialog.preview.toPlainText()


def test_the_preview_cites_in_the_style_chosen(qtbot, library, make_window):
    annotate(library)
    window = make_window(library)
    window.carnet.articles.edit(2, author="Marie Dupont", source="Euractiv", published="2024-06-20")
    dialog = window.export()
    qtbot.addWidget(dialog)
    assert "[^1]" not in preview_text(dialog) and "Sources" in preview_text(dialog)
    dialog.style.setCurrentIndex(dialog.style.findData("apa"))
    qtbot.waitUntil(lambda: "(Dupont, 2024)" in preview_text(dialog))
    assert "Dupont, M. (2024, June 20)." in preview_text(dialog)
    dialog.style.setCurrentIndex(dialog.style.findData("iso690-fr"))
    qtbot.waitUntil(lambda: "20 juin 2024" in preview_text(dialog))
    dialog.style.setCurrentIndex(dialog.style.findData("pandoc"))
    key = window.carnet.articles.article(2).citation_key
    qtbot.waitUntil(lambda: f"[@{key}]" in preview_text(dialog))


def test_a_style_file_is_offered_and_a_broken_one_named(qtbot, library, make_window, tmp_path):
    annotate(library)
    dialog = make_window(library).export()
    qtbot.addWidget(dialog)
    broken = tmp_path / "mine.csl"
    broken.write_text("<style>", encoding="utf-8")
    dialog.add_style_file(str(broken))
    assert dialog.style.currentData() == str(broken) and dialog.style.itemData(dialog.style.count() - 1) == OTHER_STYLE
    qtbot.waitUntil(lambda: "mine.csl is not a CSL style" in dialog.status.text())


def test_references_are_previewed_and_written(qtbot, library, make_window, tmp_path):
    dialog = make_window(library).export()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("bibtex"))
    qtbot.waitUntil(lambda: preview_text(dialog).startswith("@"))
    assert not dialog.style.isEnabled()
    target = tmp_path / "refs.bib"
    dialog.destination.setText(str(target))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.export_button.click()
    assert len(bibtexparser.parse_file(str(target)).entries) == 5


def test_a_dependent_style_file_previews_through_its_parent_or_names_it(qtbot, library, make_window, tmp_path):
    from tests.unit.services.test_citation_styles import dependent_style

    annotate(library)
    window = make_window(library)
    window.carnet.articles.edit(2, author="Marie Dupont", source="Euractiv", published="2024-06-20")
    dialog = window.export()
    qtbot.addWidget(dialog)
    journal = tmp_path / "revue.csl"
    journal.write_text(dependent_style("http://www.zotero.org/styles/apa"), encoding="utf-8")
    dialog.add_style_file(str(journal))
    qtbot.waitUntil(lambda: "Dupont, M. (2024, juin 20)." in preview_text(dialog))
    orphan = tmp_path / "orphan.csl"
    orphan.write_text(dependent_style("http://www.zotero.org/styles/unknown-parent"), encoding="utf-8")
    dialog.add_style_file(str(orphan))
    qtbot.waitUntil(lambda: "orphan.csl is a dependent style and its parent style "
                            "http://www.zotero.org/styles/unknown-parent" in dialog.status.text())

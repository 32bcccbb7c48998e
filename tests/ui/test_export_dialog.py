import json

from app.services.annotating import AnnotationService
from app.ui.dialogs.export_dialog import Overwrite


def annotate(library):
    notes = AnnotationService(library)
    for article, quote, tags in [(2, "Sept usines d’IA européennes", ["sites"]),
                                 (5, "2,1 milliards d’euros", ["funding", "sites"])]:
        start, end = notes.find_quote(article, quote, occurrence=1)
        notes.add_highlight(article_id=article, start=start, end=end, tags=tags)


def headings(dialog):
    document = dialog.preview.document()
    block, found = document.begin(), []
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            found.append(block.text())
        block = block.next()
    return found


def test_the_preview_follows_the_grouping_and_the_scope(qtbot, library, make_window):
    annotate(library)
    window = make_window(library)
    dialog = window.export()
    qtbot.addWidget(dialog)
    assert headings(dialog) == ["funding", "sites", "Sources"]
    dialog.grouping.setCurrentIndex(1)
    qtbot.waitUntil(lambda: headings(dialog)[0] != "funding")
    assert headings(dialog) == [
        "La Commission européenne souhaite investir 2,1 milliards d’euros dans des supercalculateurs dans le "
        "cadre du projet EuroHPC", "L’UE crée enfin des usines d’IA", "Sources"]
    dialog.findChild(type(dialog.scope_buttons.buttons()[0]), "scope_tags").setChecked(True)
    dialog.tag_list.item(0).setSelected(True)  # funding
    qtbot.waitUntil(lambda: len(headings(dialog)) == 2)


def test_exporting_writes_the_file_and_asks_before_replacing(qtbot, library, make_window, tmp_path, monkeypatch):
    annotate(library)
    window = make_window(library)
    dialog = window.export()
    qtbot.addWidget(dialog)
    target = tmp_path / "digest.md"
    dialog.destination.setText(str(target))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.export_button.click()
    assert dialog.last_written == target
    assert "> Sept usines d’IA européennes[^" in target.read_text(encoding="utf-8")

    again = window.export()
    qtbot.addWidget(again)
    again.destination.setText(str(target))
    again.format.setCurrentIndex(1)  # JSON: the file name follows
    assert again.destination.text().endswith("digest.json")
    again.destination.setText(str(target))
    monkeypatch.setattr(Overwrite, "ask", classmethod(lambda cls, parent, path: False))
    again.export_button.click()
    assert target.read_text(encoding="utf-8").startswith("---")  # not replaced
    monkeypatch.setattr(Overwrite, "ask", classmethod(lambda cls, parent, path: True))
    with qtbot.waitSignal(again.finished, timeout=5000):
        again.export_button.click()
    assert json.loads(target.read_text(encoding="utf-8"))["type"] == "AnnotationCollection"


def test_an_export_that_cannot_be_written_says_why(qtbot, library, make_window, tmp_path):
    window = make_window(library)
    dialog = window.export()
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(tmp_path / "missing" / "digest.md"))
    dialog.export_button.click()
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=5000)
    assert "is not a folder" in dialog.status.text()
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
    assert not (tmp_path / "missing").exists()


def test_the_preview_renders_footnotes_and_the_export_says_where_it_went(qtbot, library, make_window, tmp_path,
                                                                         monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    annotate(library)
    window = make_window(library)
    dialog = window.export()
    qtbot.addWidget(dialog)
    shown = dialog.preview.toPlainText()
    assert "[^" not in shown and "Sept usines d’IA européennes" in shown
    assert dialog.preview.document().toHtml().count("<a ") >= 2  # a note's call and its return
    target = tmp_path / "exports" / "digest.md"
    target.parent.mkdir()
    dialog.destination.setText(str(target))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.export_button.click()
    box = window.findChild(QMessageBox, "export_done")
    assert box is not None and box.isVisible() and str(target) in box.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    next(b for b in box.buttons() if b.text() == "Open Folder").click()
    assert opened == [str(target.parent)]

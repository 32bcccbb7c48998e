from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.services.articles import ArticleService
from app.ui.import_controller import ImportChooser

TEXT = "Titre {n}\nLa Commission européenne investit dans l’usine d’IA numéro {n} et ses {n} supercalculateurs."


def make_folder(tmp_path, count, name="batch"):
    folder = tmp_path / name
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:05d}.txt").write_text(TEXT.format(n=n), encoding="utf-8")
    return folder


def drop(window, *paths):
    """Drag the paths over the window and drop them, as the platform would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point, action = QPoint(50, 50), Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDragMoveEvent(point, action, mime, buttons, modifiers))
    QApplication.sendEvent(window, QDropEvent(QPointF(point), action, mime, buttons, modifiers))


def index_matches_store(library):
    db = library.database()
    articles = {row[0] for row in db.execute("SELECT id FROM articles")}
    indexed = {row[0] for row in db.execute("SELECT rowid FROM article_index")}
    incomplete = db.execute("SELECT count(*) FROM articles WHERE body = '' OR title = ''").fetchone()[0]
    return articles == indexed and incomplete == 0


def test_dropping_a_folder_imports_it_and_reports(qtbot, library, make_window, tmp_path):
    window = make_window(library)
    shown = []
    window.importer._show_report = shown.append
    folder = make_folder(tmp_path, 30)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    with qtbot.waitSignal(window.importer.finished, timeout=20_000):
        drop(window, folder)
    [report] = shown
    assert report.counts["imported"] == 30 and report.counts["rejected"] == 1
    assert window.article_model.total() == 35
    assert index_matches_store(library)
    from app.ui.dialogs.import_report import report_text
    text = report_text(report)
    assert text.splitlines()[0] == "30 imported, 1 rejected"
    assert "broken.pdf: this PDF is damaged or truncated" in text


def test_cancelling_midway_keeps_a_consistent_library(qtbot, library, make_window, tmp_path):
    window = make_window(library)
    window.importer._show_report = lambda report: None
    folder = make_folder(tmp_path, 1500)
    window.importer.start([folder])
    qtbot.waitUntil(lambda: window.importer.progress.value() >= 150, timeout=20_000)
    with qtbot.waitSignal(window.importer.finished, timeout=20_000) as finished:
        window.importer.cancel_button.click()
    report = finished.args[0]
    assert report.cancelled
    imported = report.counts["imported"]
    assert 150 <= imported < 1500
    assert ArticleService(library).count() == 5 + imported
    assert index_matches_store(library)


def test_import_files_from_the_menu(qtbot, library, make_window, tmp_path, monkeypatch):
    window = make_window(library)
    window.importer._show_report = lambda report: None
    path = tmp_path / "one.txt"
    path.write_text(TEXT.format(n=1), encoding="utf-8")
    monkeypatch.setattr(ImportChooser, "files", classmethod(lambda cls, parent: [path]))
    with qtbot.waitSignal(window.importer.finished, timeout=10_000):
        window.importer.choose_files()
    assert window.article_model.total() == 6


def test_the_window_keeps_answering_during_a_large_import(qtbot, library, make_window, tmp_path):
    """The event loop runs all along the import and sees its progress move; how long
    its worst pause lasts is measured by bench/window_bench.py."""
    window = make_window(library)
    window.importer._show_report = lambda report: None
    folder = make_folder(tmp_path, 2000)
    progress_seen = []
    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(lambda: progress_seen.append(window.importer.progress.value()))
    heartbeat.start()
    with qtbot.waitSignal(window.importer.finished, timeout=60_000):
        window.importer.start([folder])
    heartbeat.stop()
    assert len(set(progress_seen)) >= 5


def test_the_report_says_when_control_characters_were_removed(qtbot, library, tmp_path):
    from app.services.importing import import_paths
    from app.ui.dialogs.import_report import report_text

    path = tmp_path / "escapes.txt"
    path.write_text("Un titre\x1b[2J propre\n\nLe texte\x07 de l’article sur les usines d’IA.\n", encoding="utf-8")
    text = report_text(import_paths(library, [path]))
    assert "Un titre" in text and "control character" in text


def test_the_report_and_the_import_label_speak_the_new_language_where_they_stand(qtbot, library, make_window,
                                                                                tmp_path):
    from app.services.importing import import_paths
    from app.ui.dialogs.import_report import ImportReportDialog
    from app.ui.translation import install_translators

    folder = make_folder(tmp_path, 2)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    window = make_window(library)
    dialog = ImportReportDialog(import_paths(library, [folder]), window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "2 imported, 1 rejected" and "Rejected:" in dialog.text.toPlainText()
    window.importer._say(lambda: window.importer.tr("Importing…"))  # as an import under way shows it
    try:
        install_translators(QApplication.instance(), "fr")
        qtbot.waitUntil(lambda: dialog.copy.text() == "Copier")
        assert dialog.windowTitle() == "Rapport d’import"
        assert dialog.summary.text() == "2 importé(s), 1 refusé(s)"
        assert "Refusés :" in dialog.text.toPlainText() and "Rejected:" not in dialog.text.toPlainText()
        assert "ce PDF est endommagé ou tronqué" in dialog.text.toPlainText()
        assert window.importer.label.text() == "Import…"
    finally:
        install_translators(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: dialog.copy.text() == "Copy")
    assert dialog.summary.text() == "2 imported, 1 rejected" and window.importer.label.text() == "Importing…"

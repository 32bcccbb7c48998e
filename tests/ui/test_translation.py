"""The interface in French: chosen in the preferences, or from the system's locale."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.ui.application import Session
from app.ui.preferences import Preferences
from app.ui.translation import install_translators, interface_language


@pytest.fixture
def english_afterwards():
    yield
    install_translators(QApplication.instance(), "en")


def _menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def test_switching_the_interface_to_french_retranslates_the_window_where_it_stands(qtbot, tmp_path, settings,
                                                                                  english_afterwards):
    from app.services.annotating import AnnotationService

    session = Session(settings)
    assert session.open(tmp_path / "library")
    window = session.window
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    window.resize(1234, 777)
    window.article_list.selectRow(2)
    article = window.reader.article
    window.search_panel.field.setFocus()
    from app.ui.commands.highlight_commands import AddHighlightCommand
    window.undo_stack.push(AddHighlightCommand(AnnotationService(window.carnet.annotations._library),
                                               window.events, article_id=article.id, start=0, end=12))
    window.set_preferences(Preferences(language="fr"))
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&Fichier")  # Qt posts the change to each window
    assert session.window is window  # the same window: nothing rebuilt
    assert _menu_titles(window) == ["&Fichier", "&Édition", "&Affichage", "Ai&de"]
    assert window.menu["quit"].text() == "&Quitter"
    assert window.statusBar().currentMessage() == "5 articles"
    assert window.article_model.headerData(0, Qt.Orientation.Horizontal) == "Titre"
    assert window.tags_panel.manage.text() == "Gérer les étiquettes…"
    assert window.highlights_panel.save_note.text() == "Enregistrer la note"
    assert window.search_panel.field.placeholderText().startswith("Rechercher")
    assert (window.width(), window.height()) == (1234, 777)
    assert window.reader.article.id == article.id and "français" in window.reader.meta_label.text()
    assert window.undo_stack.count() == 1 and window.undo_action.text().startswith("&Annuler ")
    assert Preferences.load(settings).language == "fr"
    window.close()
    window.deleteLater()


def test_every_menu_of_the_french_interface_is_translated(qtbot, library, make_window, english_afterwards):
    def entries(window):
        return [[(action.objectName(), action.text(), action.isSeparator()) for action in menu.menu().actions()]
                for menu in window.menuBar().actions()]

    install_translators(QApplication.instance(), "fr")
    french = entries(make_window(library))
    install_translators(QApplication.instance(), "en")
    english = entries(make_window(library))
    for french_menu, english_menu in zip(french, english):
        for (_, text, _), (name, original, separator) in zip(french_menu, english_menu):
            if not separator and name:
                assert text != original, original


def test_the_language_follows_the_system_unless_chosen():
    assert interface_language("system", QLocale("fr_CA")) == "fr"
    assert interface_language("system", QLocale("de_DE")) == "en"
    assert interface_language("en", QLocale("fr_FR")) == "en"


def test_every_text_marked_for_translation_has_its_french(tmp_path):
    """lupdate gathers the marked texts from the code into a copy of the French .ts: none
    may come out new or unfinished."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    copy = tmp_path / "carnet_fr.ts"
    shutil.copy(root / "resources" / "translations" / "carnet_fr.ts", copy)
    result = subprocess.run([sys.executable, str(root / "packaging" / "update_translations.py"), "--ts", str(copy)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "(0 new and" in result.stdout, result.stdout
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")


def test_the_services_sentences_are_shown_in_french(qtbot, library, make_window, tmp_path, english_afterwards):
    from app.services.importing import import_paths
    from app.ui.dialogs.import_report import report_text

    install_translators(QApplication.instance(), "fr")
    window = make_window(library)
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    text = report_text(import_paths(library, [folder]))
    assert text.startswith("1 refusé(s), 1 ignoré(s)")
    assert f"{folder / 'empty.txt'} : fichier vide" in text
    assert "les fichiers « .jpg » ne sont pas pris en charge" in text

    window.search_panel.field.setText('"usines d')
    qtbot.waitUntil(lambda: window.search_panel.message.isVisible(), timeout=5000)
    assert window.search_panel.message.text() == (
        "ce guillemet n’est jamais fermé : ajoutez un \" fermant (au caractère 1)")


def test_the_digest_is_written_in_the_interface_s_language(qtbot, library, make_window, english_afterwards):
    from app.services.annotating import AnnotationService

    notes = AnnotationService(library)
    start, end = notes.find_quote(2, "Sept usines d’IA européennes", occurrence=1)
    notes.add_highlight(article_id=2, start=start, end=end, tags=["sites"], note="à suivre")
    install_translators(QApplication.instance(), "fr")
    window = make_window(library)
    dialog = window.export()
    qtbot.addWidget(dialog)
    preview = dialog.preview.toMarkdown()
    assert "Synthèse Carnet" in preview and "Thème" in preview and "Étiquettes : sites" in preview
    assert "Sources" in preview and "Topic" not in preview


def test_the_facts_table_speaks_french(qtbot, library, make_window, english_afterwards):
    install_translators(QApplication.instance(), "fr")
    window = make_window(library)
    dialog = window.show_facts()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    rows = [(dialog.model.index(r, 1).data(), dialog.model.index(r, 2).data()) for r in range(dialog.model.rowCount())]
    assert {kind for kind, _ in rows} == {"montant", "lieu", "acteur"}
    assert ("acteur", "personne") in rows
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Fait", "Type", "Détail", "Mentions", "Articles"]
    things = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())}
    assert {"Commission européenne", "Union européenne", "Allemagne", "Finlande"} <= things
    assert not things & {"European Commission", "European Union", "Germany", "Finland"}


def test_the_french_undo_entries_read_as_french(library, make_window):
    from app.ui.commands.tag_commands import DeleteTagCommand

    install_translators(QApplication.instance(), "fr")
    try:
        window = make_window(library)
        window.undo_stack.push(DeleteTagCommand(window.carnet.tags, window.events, window.carnet.tags.find("sites")))
        undo = window.undo_action.text()
        window.undo_stack.undo()
        redo = window.redo_action.text()
    finally:
        install_translators(QApplication.instance(), "en")
    assert (undo, redo) == ("&Annuler la suppression de l’étiquette sites",
                            "&Rétablir la suppression de l’étiquette sites")

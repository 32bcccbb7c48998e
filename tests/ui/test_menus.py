"""The menu bar: every action reachable from the keyboard, the help it gives, and
switching libraries."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from app.core.messages import Message
from app.services.articles import ArticleService
from app.services.library import open_library
from app.store.errors import LibraryFull
from app.ui.application import Session
from app.ui.dialogs.task_error import TaskErrorBox
from app.ui.libraries import RecentLibraries
from app.ui.preferences import Preferences
from app.ui.theme import is_dark
from app.ui.translation import install_translators
from app.ui.unexpected_errors import UnexpectedErrors


def _menu_actions(window):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                yield menu_action, action


def _mnemonic(text: str) -> str | None:
    """The letter Alt (or the menu's letter) chooses: the one after a single '&'."""
    plain = text.replace("&&", "")
    return plain[plain.index("&") + 1].lower() if "&" in plain else None


def _menus(window):
    yield window.menuBar().actions()
    pending = [action.menu() for action in window.menuBar().actions()]
    while pending:
        menu = pending.pop()
        menu.aboutToShow.emit()  # Open Recent fills itself as it opens
        yield menu.actions()
        pending += [action.menu() for action in menu.actions() if action.menu()]


def test_every_menu_and_action_is_reachable_from_the_keyboard(library, make_window):
    window = make_window(library)
    for menu_action, action in _menu_actions(window):
        assert "&" in menu_action.text(), menu_action.text()
        assert action.shortcuts() or "&" in action.text(), action.text()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_two_entries_of_a_menu_share_a_letter(library, make_window, language):
    install_translators(QApplication.instance(), language)
    try:
        window = make_window(library)
    finally:
        install_translators(QApplication.instance(), "en")
    for actions in _menus(window):
        letters = [_mnemonic(a.text()) for a in actions if not a.isSeparator() and _mnemonic(a.text())]
        assert len(letters) == len(set(letters)), [a.text() for a in actions]


def test_the_view_menu_switches_the_theme_and_remembers_it(qtbot, library, make_window, settings):
    window = make_window(library)
    assert window.menu["theme_system"].isChecked()
    window.menu["theme_dark"].trigger()
    assert is_dark(QApplication.instance())
    assert Preferences.load(settings).theme == "dark"
    assert not window.menu["theme_system"].isChecked()
    window.set_preferences(Preferences(theme="light"))
    assert window.menu["theme_light"].isChecked() and not is_dark(QApplication.instance())
    window.menu["theme_system"].trigger()
    assert Preferences.load(settings).theme == "system"


def test_standard_actions_use_the_platform_keys(library, make_window):
    window = make_window(library)
    assert window.menu["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.menu["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.menu["open_library"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    shortcuts = [key.toString() for _, action in _menu_actions(window) for key in action.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), "a key is given to two actions"


def test_the_shortcuts_sheet_lists_menu_and_in_place_keys(library, make_window):
    window = make_window(library)
    dialog = window.show_shortcuts()
    rows = [[dialog.table.item(row, column).text() for column in range(3)] for row in range(dialog.table.rowCount())]
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    assert any(undo in keys and what == "Undo" for _, keys, what in rows)
    assert any(keys == "1 … 9" for _, keys, _ in rows)


def test_zooming_the_reader_and_hiding_panels(qtbot, library, make_window):
    window = make_window(library)
    size = window.reader.text.font().pointSizeF()
    window.menu["zoom_in"].trigger()
    window.menu["zoom_in"].trigger()
    assert window.reader.text.font().pointSizeF() > size
    window.menu["zoom_reset"].trigger()
    assert window.reader.text.font().pointSizeF() == size
    window.menu["show_highlights"].trigger()
    assert not window.highlights_panel.isVisible()
    window.menu["show_highlights"].trigger()
    assert window.highlights_panel.isVisible()


def test_the_empty_library_offers_the_sample_articles(qtbot, empty_library, make_window):
    window = make_window(empty_library)
    window.importer._show_report = lambda report: None
    assert window.reader_stack.currentWidget() is window.empty_panel
    with qtbot.waitSignal(window.importer.finished, timeout=10_000):
        window.empty_panel.samples_button.click()
    assert ArticleService(empty_library).count() == 5
    assert window.reader_stack.currentWidget() is window.reader


def test_a_failed_task_shows_a_sentence_and_copies_its_details(qtbot):
    try:
        raise OSError(28, "No space left on device")
    except OSError as error:
        box = TaskErrorBox.show_error(None, "The backup failed", error)
    qtbot.addWidget(box)
    assert box.text().startswith("The backup failed.")
    assert "Traceback" not in box.text() and "Traceback" in box.details
    box.findChild(type(box.buttons()[0]), "copy_details").click()
    assert box.isVisible()  # copying does not close the box
    assert "No space left on device" in QGuiApplication.clipboard().text()


def test_an_unexpected_error_is_told_in_a_box_once_and_its_traceback_goes_to_stderr(qtbot, tmp_path, capsys):
    handler = UnexpectedErrors()
    for _ in range(2):  # the same failure again while the box is open adds no second box
        try:
            raise LibraryFull(tmp_path / "library.sqlite", Message("the disk holding the library is full"))
        except LibraryFull as error:
            handler(type(error), error, error.__traceback__)
    qtbot.addWidget(handler.box)
    assert handler.box.isVisible()
    assert handler.box.text().startswith("Carnet could not finish what it was doing")
    assert handler.box.text().endswith(f"{tmp_path / 'library.sqlite'}: the disk holding the library is full")
    assert "Traceback" not in handler.box.text() and "Traceback" in handler.box.details
    assert capsys.readouterr().err.count("Traceback") == 2

def test_choosing_another_library_opens_it_and_remembers_it(qtbot, tmp_path, settings):
    first, second = tmp_path / "first", tmp_path / "second"
    open_library(second, add_samples=False).close()
    session = Session(settings)
    assert session.open(first)
    old = session.window
    with qtbot.waitSignal(old.destroyed, timeout=5000):
        old.library_chosen.emit(second)
    assert session.window.windowTitle().startswith("second")
    assert RecentLibraries(settings).folders() == [second.absolute(), first.absolute()]
    session.window.close()
    session.window.deleteLater()


def test_recent_libraries_forget_folders_that_hold_no_library(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    recent = RecentLibraries(settings)
    kept = tmp_path / "kept"
    open_library(kept, add_samples=False).close()
    recent.remember(tmp_path / "gone")
    recent.remember(kept)
    assert recent.folders() == [kept.absolute()] and recent.last() == kept.absolute()
    assert [Path(folder).name for folder in settings.value(RecentLibraries.KEY)] == ["kept"]


def test_the_french_shortcuts_sheet_names_keys_in_french_with_no_stray_alternates(library, make_window):
    install_translators(QApplication.instance(), "fr")
    try:
        window = make_window(library)
        dialog = window.show_shortcuts()
        rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    finally:
        install_translators(QApplication.instance(), "en")
    keys = [keys for _, keys, _ in rows]
    assert "Ctrl+Z" in keys and not any("F14" in k or ", " in k for k in keys)
    assert "Suppr" in keys and "Échap" in keys and "Ctrl+Entrée" in keys
    assert not any(english in k for k in keys for english in ("Delete", "Esc", "Enter"))

"""Every keyboard shortcut: those of the menus, read from the menus themselves, and the
keys that work in one place only."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMenuBar, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

IN_PLACE = [
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Reader, highlights, search hits"), ("1", "9"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "highlight the selection with that tag, "
                                          "or add or remove the tag on the chosen highlight")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Reader, highlights, search hits"), ("N",),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "write the chosen highlight's note")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Article list"), ("Delete",),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "delete the article (after confirming)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Highlights panel"), ("Delete",),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "delete the chosen highlight")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Note"), ("Ctrl+Enter",),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "save the note")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search field"), ("Enter",),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "open the first hit, then go to the next match")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search field"), ("Escape",),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "clear the search and show the article list again")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Suggestions"), ("Enter", "Backspace"), QT_TRANSLATE_NOOP(
        "ShortcutsDialog", "accept the sentence with the tags chosen / reject it")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Suggestions"), ("1", "9"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "choose or leave out that tag for the sentence")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Suggestions"), ("Shift+Left", "Shift+Right"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "move the passage's end by a word (with Ctrl: its start)")),
]
"""Where, the keys (written as Qt reads them: each shown in the interface's language),
what they do. Two keys are a range ("1 … 9") or alternatives ("Enter / Backspace")."""


def key_names(keys: tuple[str, ...]) -> str:
    """The keys as the interface's language names them ("Suppr", "Échap" in French)."""
    names = [QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys]
    return " … ".join(names) if keys == ("1", "9") else " / ".join(names)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, keys, action) for every menu action that has keys."""
    rows = []
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if not action.shortcut().isEmpty():  # its first key: the others are keys few keyboards have
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((menu_action.text().replace("&", ""), keys, action.text().replace("&", "")))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = menu_shortcuts(bar) + [(self.tr(where), key_names(keys), self.tr(what))
                                      for where, keys, what in IN_PLACE]
        self.table = QTableWidget(len(rows), 3, objectName="shortcuts_table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("What it does")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 560)

"""The main window's menus, with each platform's standard keys where Qt has one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey
translate = QCoreApplication.translate


@dataclass
class MainMenu:
    """The actions of the menu bar: `editing` ones change the library (a read-only
    library disables them); `recent` is the File ▸ Open Recent submenu."""

    actions: dict[str, QAction] = field(default_factory=dict)
    editing: list[QAction] = field(default_factory=list)
    recent: QMenu | None = None

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]


def _keys(standard: StandardKey | None, *fallbacks: str) -> list[QKeySequence]:
    """The platform's key for a standard action, else (when it has none) the fallbacks."""
    keys = QKeySequence.keyBindings(standard) if standard is not None else []
    return keys or [QKeySequence(key) for key in fallbacks]


def build_main_menu(window: MainWindow) -> MainMenu:
    menu = MainMenu()
    bar = window.menuBar()

    def add(submenu: QMenu, name: str, text: str, slot: Callable, *, keys: list[QKeySequence] = (),
            editing: bool = False, checkable: bool = False) -> QAction:
        action = submenu.addAction(text)
        action.setObjectName(name)
        if keys:
            action.setShortcuts(keys)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        menu.actions[name] = action
        if editing:
            menu.editing.append(action)
        return action

    file_menu = bar.addMenu(translate("MainMenu", "&File"))
    add(file_menu, "new_library", translate("MainMenu", "&New Library…"), window.libraries.choose_new_library,
        keys=_keys(None, "Ctrl+Shift+N"))
    add(file_menu, "open_library", translate("MainMenu", "&Open Library…"), window.libraries.choose_library,
        keys=_keys(StandardKey.Open))
    menu.recent = file_menu.addMenu(translate("MainMenu", "Open &Recent"))
    menu.recent.setObjectName("recent_libraries")
    file_menu.addSeparator()
    add(file_menu, "import_files", translate("MainMenu", "&Import Files…"), window.importer.choose_files,
        keys=_keys(None, "Ctrl+I"), editing=True)
    add(file_menu, "import_folder", translate("MainMenu", "Import &Folder…"), window.importer.choose_folder,
        keys=_keys(None, "Ctrl+Shift+I"), editing=True)
    add(file_menu, "export", translate("MainMenu", "&Export…"), window.export, keys=_keys(None, "Ctrl+E"))
    add(file_menu, "backup", translate("MainMenu", "&Back Up Library…"), window.libraries.back_up,
        keys=_keys(None, "Ctrl+Shift+B"))
    file_menu.addSeparator()
    add(file_menu, "quit", translate("MainMenu", "&Quit"), window.quit_application,
        keys=_keys(StandardKey.Quit, "Ctrl+Q"))

    edit = bar.addMenu(translate("MainMenu", "&Edit"))
    undo = window.undo_stack.createUndoAction(window, translate("MainMenu", "&Undo"))
    undo.setShortcuts(_keys(StandardKey.Undo))
    redo = window.undo_stack.createRedoAction(window, translate("MainMenu", "&Redo"))
    redo_keys = _keys(StandardKey.Redo)
    redo.setShortcuts(redo_keys + [key for key in [QKeySequence("Ctrl+Shift+Z")] if key not in redo_keys])
    edit.addActions([undo, redo])
    menu.actions.update(undo=undo, redo=redo)
    edit.addSeparator()
    add(edit, "delete_article", translate("MainMenu", "&Delete Article…"), window.delete_current_article,
        keys=_keys(None, "Ctrl+Shift+Delete"), editing=True)
    add(edit, "suggest", translate("MainMenu", "&Suggest Highlights…"), lambda: window.suggest(),
        keys=_keys(None, "Ctrl+Shift+S"), editing=True)
    add(edit, "suggest_all", translate("MainMenu", "Suggest Highlights in the &Whole Library…"),
        lambda: window.suggest(whole_library=True), keys=_keys(None, "Ctrl+Alt+S"), editing=True)
    add(edit, "manage_tags", translate("MainMenu", "&Manage Tags…"), window.manage_tags,
        keys=_keys(None, "Ctrl+T"), editing=True)
    edit.addSeparator()
    add(edit, "find", translate("MainMenu", "&Find…"), window.search_panel.focus_field,
        keys=_keys(StandardKey.Find, "Ctrl+F"))
    edit.addSeparator()
    add(edit, "preferences", translate("MainMenu", "&Preferences…"), window.edit_preferences,
        keys=_keys(StandardKey.Preferences, "Ctrl+,"))

    view = bar.addMenu(translate("MainMenu", "&View"))
    add(view, "topics", translate("MainMenu", "&Topics…"), lambda: window.show_topics(),
        keys=_keys(None, "Ctrl+Shift+T"))
    add(view, "facts", translate("MainMenu", "Fa&cts…"), lambda: window.show_facts(),
        keys=_keys(None, "Ctrl+Shift+F"))
    view.addSeparator()
    for name, text, widget, key in (
            ("show_tags", translate("MainMenu", "Tags &Panel"), window.tags_panel, "Ctrl+Alt+1"),
            ("show_highlights", translate("MainMenu", "&Highlights Panel"), window.highlights_panel, "Ctrl+Alt+2"),
            ("show_toolbar", translate("MainMenu", "Tag Tool&bar"), window.tagging.toolbar, "Ctrl+Alt+3")):
        action = add(view, name, text, widget.setVisible, keys=_keys(None, key), checkable=True)
        action.setChecked(True)
    view.addSeparator()
    themes = view.addMenu(translate("MainMenu", "Th&eme"))
    themes.setObjectName("theme_menu")
    group = QActionGroup(themes)
    for theme, text in (("system", translate("MainMenu", "&System")), ("light", translate("MainMenu", "&Light")),
                        ("dark", translate("MainMenu", "&Dark"))):
        group.addAction(add(themes, f"theme_{theme}", text,
                            lambda checked, theme=theme: checked and window.choose_theme(theme), checkable=True))
    view.addSeparator()
    add(view, "zoom_in", translate("MainMenu", "Zoom &In"), window.reader.zoom_in,
        keys=_keys(StandardKey.ZoomIn, "Ctrl++"))
    add(view, "zoom_out", translate("MainMenu", "Zoom &Out"), window.reader.zoom_out,
        keys=_keys(StandardKey.ZoomOut, "Ctrl+-"))
    add(view, "zoom_reset", translate("MainMenu", "&Actual Size"), window.reader.reset_zoom,
        keys=_keys(None, "Ctrl+0"))

    help_menu = bar.addMenu(translate("MainMenu", "&Help"))
    add(help_menu, "shortcuts", translate("MainMenu", "&Keyboard Shortcuts"), window.show_shortcuts,
        keys=_keys(StandardKey.HelpContents, "F1"))
    add(help_menu, "about", translate("MainMenu", "&About Carnet"), window.show_about)
    return menu

"""The main window's menus, as a table of actions (name, text, keys), with each
platform's standard keys where Qt has one. The window binds each name to what it does."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar

StandardKey = QKeySequence.StandardKey
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActionSpec:
    """One menu entry: `slot` names what the window binds it to (its name by default);
    `standard` is the platform's key for it, `keys` the keys used where it has none;
    `editing` entries change the library (a read-only library disables them);
    `checkable` ones are toggles, bound to a slot taking the new state."""

    name: str
    text: str
    standard: StandardKey | None = None
    keys: tuple[str, ...] = ()
    editing: bool = False
    checkable: bool = False
    checked: bool = False


_UNDO, _REDO = QT_TRANSLATE_NOOP("MainMenu", "&Undo"), QT_TRANSLATE_NOOP("MainMenu", "&Redo")
SEPARATOR = "-"
RECENT = "recent"
UNDO_REDO = "undo_redo"
THEMES = "themes"

MENUS: tuple[tuple[str, tuple[ActionSpec | str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("MainMenu", "&File"), (
        ActionSpec("new_library", QT_TRANSLATE_NOOP("MainMenu", "&New Library…"), keys=("Ctrl+Shift+N",)),
        ActionSpec("open_library", QT_TRANSLATE_NOOP("MainMenu", "&Open Library…"), StandardKey.Open),
        ActionSpec("open_team_library", QT_TRANSLATE_NOOP("MainMenu", "Open Tea&m Library…"), keys=("Ctrl+Alt+O",)),
        RECENT,
        SEPARATOR,
        ActionSpec("import_files", QT_TRANSLATE_NOOP("MainMenu", "&Import Files…"), keys=("Ctrl+I",), editing=True),
        ActionSpec("import_folder", QT_TRANSLATE_NOOP("MainMenu", "Import &Folder…"), keys=("Ctrl+Shift+I",),
                   editing=True),
        ActionSpec("import_addresses", QT_TRANSLATE_NOOP("MainMenu", "Import from a &Web Address…"),
                   keys=("Ctrl+Shift+U",), editing=True),
        ActionSpec("import_references", QT_TRANSLATE_NOOP("MainMenu", "Import Referen&ces…"), editing=True),
        ActionSpec("import_zotero", QT_TRANSLATE_NOOP("MainMenu", "Import from &Zotero…"), editing=True),
        ActionSpec("import_project", QT_TRANSLATE_NOOP("MainMenu", "Import REFI-QDA &Project…"), editing=True),
        ActionSpec("feeds", QT_TRANSLATE_NOOP("MainMenu", "Fee&ds…"), keys=("Ctrl+Shift+R",)),
        ActionSpec("export", QT_TRANSLATE_NOOP("MainMenu", "&Export…"), keys=("Ctrl+E",)),
        ActionSpec("backup", QT_TRANSLATE_NOOP("MainMenu", "&Back Up Library…"), keys=("Ctrl+Shift+B",)),
        SEPARATOR,
        ActionSpec("quit", QT_TRANSLATE_NOOP("MainMenu", "&Quit"), StandardKey.Quit, ("Ctrl+Q",)),
    )),
    (QT_TRANSLATE_NOOP("MainMenu", "&Edit"), (
        UNDO_REDO,
        SEPARATOR,
        ActionSpec("article_details", QT_TRANSLATE_NOOP("MainMenu", "Article De&tails…"), keys=("Ctrl+Shift+D",),
                   editing=True),
        ActionSpec("delete_article", QT_TRANSLATE_NOOP("MainMenu", "&Delete Article…"), keys=("Ctrl+Shift+Delete",),
                   editing=True),
        ActionSpec("suggest", QT_TRANSLATE_NOOP("MainMenu", "&Suggest Highlights…"), keys=("Ctrl+Shift+S",),
                   editing=True),
        ActionSpec("suggest_all", QT_TRANSLATE_NOOP("MainMenu", "Suggest Highlights in the &Whole Library…"),
                   keys=("Ctrl+Alt+S",), editing=True),
        ActionSpec("manage_tags", QT_TRANSLATE_NOOP("MainMenu", "&Manage Tags…"), keys=("Ctrl+T",), editing=True),
        ActionSpec("split_story", QT_TRANSLATE_NOOP("MainMenu", "Sp&lit Article Off Its Story"),
                   keys=("Ctrl+Shift+K",), editing=True),
        ActionSpec("join_story", QT_TRANSLATE_NOOP("MainMenu", "&Join Story With…"), keys=("Ctrl+Shift+J",),
                   editing=True),
        SEPARATOR,
        ActionSpec("find", QT_TRANSLATE_NOOP("MainMenu", "&Find…"), StandardKey.Find, ("Ctrl+F",)),
        ActionSpec("next_match", QT_TRANSLATE_NOOP("MainMenu", "&Next Match"), StandardKey.FindNext, ("F3",)),
        ActionSpec("previous_match", QT_TRANSLATE_NOOP("MainMenu", "Pre&vious Match"), StandardKey.FindPrevious,
                   ("Shift+F3",)),
        SEPARATOR,
        ActionSpec("preferences", QT_TRANSLATE_NOOP("MainMenu", "&Preferences…"), StandardKey.Preferences,
                   ("Ctrl+,",)),
    )),
    (QT_TRANSLATE_NOOP("MainMenu", "&View"), (
        ActionSpec("topics", QT_TRANSLATE_NOOP("MainMenu", "&Topics…"), keys=("Ctrl+Shift+T",)),
        ActionSpec("facts", QT_TRANSLATE_NOOP("MainMenu", "Fa&cts…"), keys=("Ctrl+Shift+F",)),
        SEPARATOR,
        ActionSpec("show_tags", QT_TRANSLATE_NOOP("MainMenu", "Tags &Panel"), keys=("Ctrl+Alt+1",),
                   checkable=True, checked=True),
        ActionSpec("show_highlights", QT_TRANSLATE_NOOP("MainMenu", "&Highlights Panel"), keys=("Ctrl+Alt+2",),
                   checkable=True, checked=True),
        ActionSpec("show_toolbar", QT_TRANSLATE_NOOP("MainMenu", "Tag Tool&bar"), keys=("Ctrl+Alt+3",),
                   checkable=True, checked=True),
        SEPARATOR,
        THEMES,
        SEPARATOR,
        ActionSpec("zoom_in", QT_TRANSLATE_NOOP("MainMenu", "Zoom &In"), StandardKey.ZoomIn, ("Ctrl++",)),
        ActionSpec("zoom_out", QT_TRANSLATE_NOOP("MainMenu", "Zoom &Out"), StandardKey.ZoomOut, ("Ctrl+-",)),
        ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("MainMenu", "&Actual Size"), keys=("Ctrl+0",)),
    )),
    (QT_TRANSLATE_NOOP("MainMenu", "&Help"), (
        ActionSpec("shortcuts", QT_TRANSLATE_NOOP("MainMenu", "&Keyboard Shortcuts"), StandardKey.HelpContents,
                   ("F1",)),
        ActionSpec("bookmarklet", QT_TRANSLATE_NOOP("MainMenu", "“Save to Carnet” &Bookmarklet…")),
        ActionSpec("about", QT_TRANSLATE_NOOP("MainMenu", "&About Carnet")),
    )),
)

THEME_CHOICES = (("system", QT_TRANSLATE_NOOP("MainMenu", "&System")),
                 ("light", QT_TRANSLATE_NOOP("MainMenu", "&Light")),
                 ("dark", QT_TRANSLATE_NOOP("MainMenu", "&Dark")))


@dataclass
class MainMenu:
    """The actions of the menu bar by name: `editing` ones change the library (a
    read-only library disables them); `recent` is the File ▸ Open Recent submenu."""

    actions: dict[str, QAction] = field(default_factory=dict)
    editing: list[QAction] = field(default_factory=list)
    recent: QMenu | None = None
    themes: QMenu | None = None
    name_undo_redo: Callable[[], None] = lambda: None

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]


def _keys(spec: ActionSpec) -> list[QKeySequence]:
    """The platform's key for a standard action, else (when it has none) the spec's keys."""
    keys = QKeySequence.keyBindings(spec.standard) if spec.standard is not None else []
    return keys or [QKeySequence(key) for key in spec.keys]


def build_main_menu(bar: QMenuBar, slots: Mapping[str, Callable], undo_stack: QUndoStack,
                    choose_theme: Callable[[str], None]) -> MainMenu:
    """Fill the menu bar from `MENUS`, each action connected to `slots[its name]`."""
    menu = MainMenu()

    def add(submenu: QMenu, spec: ActionSpec) -> QAction:
        action = submenu.addAction(translate("MainMenu", spec.text))
        action.setObjectName(spec.name)
        keys = _keys(spec)
        if keys:
            action.setShortcuts(keys)
        action.setCheckable(spec.checkable)
        action.setChecked(spec.checked)
        (action.toggled if spec.checkable else action.triggered).connect(slots[spec.name])
        menu.actions[spec.name] = action
        if spec.editing:
            menu.editing.append(action)
        return action

    for title, entries in MENUS:
        submenu = bar.addMenu(translate("MainMenu", title))
        for entry in entries:
            if isinstance(entry, ActionSpec):
                add(submenu, entry)
            elif entry == SEPARATOR:
                submenu.addSeparator()
            elif entry == RECENT:
                menu.recent = submenu.addMenu(translate("MainMenu", "Open &Recent"))
                menu.recent.setObjectName("recent_libraries")
            elif entry == UNDO_REDO:
                _add_undo_redo(submenu, undo_stack, menu)
            elif entry == THEMES:
                _add_themes(submenu, choose_theme, menu)
    return menu


def retranslate_main_menu(bar: QMenuBar, menu: MainMenu) -> None:
    """Put every word of the menu bar in the interface's language now."""
    for menu_action, (title, entries) in zip(bar.actions(), MENUS):
        menu_action.setText(translate("MainMenu", title))
        for entry in entries:
            if isinstance(entry, ActionSpec):
                menu[entry.name].setText(translate("MainMenu", entry.text))
    if menu.recent is not None:
        menu.recent.setTitle(translate("MainMenu", "Open &Recent"))
    if menu.themes is not None:
        menu.themes.setTitle(translate("MainMenu", "Th&eme"))
    for theme, text in THEME_CHOICES:
        menu[f"theme_{theme}"].setText(translate("MainMenu", text))
    menu.name_undo_redo()


def _add_undo_redo(submenu: QMenu, stack: QUndoStack, menu: MainMenu) -> None:
    # Made here rather than by QUndoStack.createUndoAction, whose word "Undo" cannot be
    # put in another language once made.
    undo, redo = QAction(submenu, objectName="undo"), QAction(submenu, objectName="redo")
    undo.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo))
    redo_keys = QKeySequence.keyBindings(StandardKey.Redo)
    redo.setShortcuts(redo_keys + [key for key in [QKeySequence("Ctrl+Shift+Z")] if key not in redo_keys])
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)

    # What is to undo and redo, as the stack last said (never asked of a stack being deleted).
    done = {undo: stack.undoText(), redo: stack.redoText()}

    def name_them() -> None:
        for action, verb in ((undo, _UNDO), (redo, _REDO)):
            action.setText(f"{translate('MainMenu', verb)} {done[action]}".strip())

    def told(action: QAction, text: str) -> None:
        done[action] = text
        name_them()

    stack.undoTextChanged.connect(lambda text: told(undo, text))
    stack.redoTextChanged.connect(lambda text: told(redo, text))
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    name_them()
    submenu.addActions([undo, redo])
    menu.actions.update(undo=undo, redo=redo)
    menu.name_undo_redo = name_them


def _add_themes(submenu: QMenu, choose_theme: Callable[[str], None], menu: MainMenu) -> None:
    themes = submenu.addMenu(translate("MainMenu", "Th&eme"))
    themes.setObjectName("theme_menu")
    menu.themes = themes
    group = QActionGroup(themes)
    for theme, text in THEME_CHOICES:
        action = themes.addAction(translate("MainMenu", text))
        action.setObjectName(f"theme_{theme}")
        action.setCheckable(True)
        action.toggled.connect(lambda checked, theme=theme: checked and choose_theme(theme))
        group.addAction(action)
        menu.actions[f"theme_{theme}"] = action

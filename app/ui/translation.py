"""The interface language: Carnet's own translation and Qt's (for standard buttons and
dialogs), chosen in the preferences or, by default, from the system's locale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.resources import resource_path

LANGUAGES = {"en": "English", "fr": "Français"}
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The interface's language now ("en" or "fr")."""
    return _current


def interface_language(choice: str, locale: QLocale | None = None) -> str:
    """"en" or "fr": the choice, or for "system" the system's language when Carnet speaks it."""
    if choice in LANGUAGES:
        return choice
    system = (locale or QLocale.system()).name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QApplication, choice: str) -> str:
    """Put the interface in the chosen language (for the widgets made from now on);
    returns the language used. English needs no translation."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = interface_language(choice)
    global _current
    _current = language
    # Numbers and dates follow the interface's language when one was chosen.
    QLocale.setDefault(QLocale.system() if choice not in LANGUAGES else QLocale(language))
    if language == "en":
        return language
    ours = resource_path(f"translations/carnet_{language}.qm")
    for directory, name in ((str(ours.parent) if ours else None, f"carnet_{language}"),
                            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}")):
        translator = QTranslator(app)
        if directory and translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    return language

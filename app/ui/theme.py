"""Light, dark or the system's colours for the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

_SYSTEM: dict[str, object] = {}


def apply_theme(app: QApplication, theme: str) -> None:
    """"light" and "dark" use Qt's Fusion style with a palette of ours; "system" puts back
    the style and palette the application started with."""
    if not _SYSTEM:
        _SYSTEM.update(style=app.style().name(), palette=QPalette(app.palette()))
    if theme == "system":
        app.setStyle(str(_SYSTEM["style"]))
        app.setPalette(_SYSTEM["palette"])
        return
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else light_palette())


def is_dark(shown: QApplication | QWidget) -> bool:
    """Whether the application's (or a widget's) palette is a dark one. Widgets follow
    the application's palette once the events it posts are processed."""
    return shown.palette().color(QPalette.ColorRole.Window).lightness() < 128


def light_palette() -> QPalette:
    return _palette(window="#efefef", base="#ffffff", alternate="#f5f5f5", text="#1e1e1e",
                    button="#e6e6e6", highlight="#2f6fb3", disabled="#8a8a8a", placeholder="#7a7a7a")


def dark_palette() -> QPalette:
    return _palette(window="#2b2b2b", base="#1f1f1f", alternate="#262626", text="#e6e6e6",
                    button="#353535", highlight="#3d7bd9", disabled="#7a7a7a", placeholder="#9a9a9a")


def _palette(*, window: str, base: str, alternate: str, text: str, button: str, highlight: str,
             disabled: str, placeholder: str) -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, window), (roles.Base, base), (roles.AlternateBase, alternate),
                         (roles.WindowText, text), (roles.Text, text), (roles.ButtonText, text),
                         (roles.Button, button), (roles.ToolTipBase, base), (roles.ToolTipText, text),
                         (roles.Highlight, highlight), (roles.HighlightedText, "#ffffff"),
                         (roles.PlaceholderText, placeholder), (roles.Link, highlight),
                         (roles.BrightText, "#ff5555")):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette

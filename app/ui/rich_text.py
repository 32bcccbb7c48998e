"""Text from files and users shown in Qt's rich-text places without ever being read as
markup: escaped into the HTML Carnet writes, or shown as plain text, and drawn by
documents that load no resource whatever the HTML names.

Qt reads a string as rich text wherever it "might be" rich (labels, message boxes,
tooltips), and a rich-text `<img src=…>` makes it read that file (`/dev/zero` never
ends). So labels and boxes that show user data are set to plain text, tooltips are
escaped here, and item delegates draw through `InertDocument`.
"""

from __future__ import annotations

import html

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QTextBrowser, QWidget

FALLBACK_COLOUR = "#bdbdbd"


class InertDocument(QTextDocument):
    """A text document that loads nothing: an image or style sheet its HTML names is
    left out, never read from a file, a Qt resource or the network."""

    def loadResource(self, type: int, name: QUrl):  # noqa: A002 - Qt's signature
        return None


class InertBrowser(QTextBrowser):
    """A text browser that loads no resource its document names and follows no link."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl):  # noqa: A002 - Qt's signature
        return None


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows `text` as written: Qt would read a tooltip that looks like
    HTML as HTML."""
    if not text:
        return None
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def safe_colour(colour: str | None, fallback: str = FALLBACK_COLOUR) -> str:
    """A colour fit to be written into a style attribute: `#rrggbb`, or the fallback
    when the stored value is not a colour."""
    if colour and QColor.isValidColorName(colour) and colour.startswith("#"):
        return QColor(colour).name()
    return fallback


_NOTES = MarkdownIt("commonmark", {"html": False, "linkify": False}).disable(["image", "html_inline", "html_block"])


def note_html(note: str) -> str:
    """A note's Markdown as HTML for the highlights panel and tooltips: emphasis, lists,
    code, quotes and links as text; raw HTML is escaped and images are left out, so
    nothing in a note can load anything."""
    return _NOTES.render(note).strip()


_DIGEST = MarkdownIt("commonmark", {"html": False}).use(footnote_plugin).enable("table").disable("image")


def digest_html(markdown: str) -> str:
    """A Markdown digest as HTML for the export preview, footnotes and tables rendered;
    the digest escapes what its texts hold, raw HTML would be shown as text and images
    are left out, so the preview loads nothing."""
    return _DIGEST.render(markdown)


def link_html(url: str | None) -> str:
    """A web address as a link a click opens in the browser (`http`/`https` only, written
    escaped); anything else as escaped text, which nothing follows."""
    if not url:
        return ""
    shown = html.escape(url)
    scheme = QUrl(url).scheme().lower()
    return f'<a href="{html.escape(url, quote=True)}">{shown}</a>' if scheme in ("http", "https") else shown


def plain_labels(widget: QWidget) -> QWidget:
    """Make every label of a dialog Qt builds (input, progress) show its text as plain
    text; returns the widget."""
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton) -> QMessageBox:
    """A message box whose text is shown as written (QMessageBox's static functions read
    text that looks like HTML as HTML)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def ask(parent: QWidget | None, title: str, text: str,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton) -> QMessageBox.StandardButton:
    """Ask a question in a modal box; the button chosen."""
    return QMessageBox.StandardButton(message_box(parent, QMessageBox.Icon.Question, title, text, buttons,
                                                  default).exec())


def tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """Say something in a modal box."""
    message_box(parent, icon, title, text).exec()

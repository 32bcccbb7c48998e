"""What an import of references, a Zotero library or a REFI-QDA project did, and each
thing it could not bring, copyable as text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.focus import tab_through_buttons_as_shown


class ExchangeReportDialog(QDialog):
    """A summary line over the report's text (both plain text: they quote files)."""

    def __init__(self, title: str, summary: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="exchange_report")
        self.setWindowTitle(title)
        self.resize(720, 420)
        self.summary = QLabel(summary, objectName="exchange_report_summary", textFormat=Qt.TextFormat.PlainText,
                              wordWrap=True)
        self.text = QPlainTextEdit(text, objectName="exchange_report_text", readOnly=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{summary}\n\n{text}".strip()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(buttons)
        tab_through_buttons_as_shown(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

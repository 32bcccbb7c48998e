"""Help ▸ "Save to Carnet" Bookmarklet…: the bookmarklet for the endpoint this window
opened (its port and token), copied with one click, and the port and token to paste
into the browser extension's options."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.core.bookmarklet import bookmarklet
from app.services.capture_endpoint import CaptureEndpoint


class BookmarkletDialog(QDialog):
    def __init__(self, endpoint: CaptureEndpoint | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="bookmarklet_dialog")
        self.setWindowTitle(self.tr("“Save to Carnet” Bookmarklet"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        layout.addWidget(self.explanation)
        self.code = QLineEdit(objectName="bookmarklet_code", readOnly=True)
        self.copy_button = QPushButton(self.tr("Copy"), objectName="copy_bookmarklet")
        self.copy_button.clicked.connect(self.copy)
        self.port = QLineEdit(objectName="capture_port", readOnly=True)
        self.token = QLineEdit(objectName="capture_token", readOnly=True)
        form = QFormLayout()
        form.addRow(self.tr("Bookmarklet:"), self.code)
        form.addRow("", self.copy_button)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Token:"), self.token)
        layout.addLayout(form)
        self.security = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText, text=self.tr(
            "Carnet listens on this computer only (127.0.0.1), and only while this library is open. "
            "The token is the key: anyone who has it can add pages to this library, so do not share "
            "the bookmarklet. A new token is made each time the library is opened: copy the bookmarklet "
            "again then."))
        layout.addWidget(self.security)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if endpoint is None:
            self.explanation.setText(self.tr(
                "Save to Carnet is off: the library is open for reading only, or it was turned off in "
                "Preferences."))
            for widget in (self.code, self.copy_button, self.port, self.token):
                widget.setEnabled(False)
        else:
            self.explanation.setText(self.tr(
                "Copy this bookmarklet and paste it as the address (URL) of a new bookmark in your browser. "
                "On any page, click the bookmark to save the page to Carnet; text selected on the page "
                "becomes a highlight. The browser extension (packaging/browser) asks for the port and the token "
                "below instead."))
            self.code.setText(bookmarklet(endpoint.port, endpoint.token))
            self.code.setCursorPosition(0)
            self.port.setText(str(endpoint.port))
            self.token.setText(endpoint.token)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.copy_button.setText(self.tr("Copied"))

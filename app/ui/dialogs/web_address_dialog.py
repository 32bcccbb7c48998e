"""File ▸ Import from a Web Address…: one or several addresses, one per line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.importers.web_fetch import is_web_address


def addresses_in(text: str) -> list[str]:
    """The web addresses of `text`, one per line or separated by spaces, each once (a
    comma or a closing bracket after one, as in a sentence, is not part of it)."""
    words = (word.lstrip("<\"'([{").rstrip(">\"'.,;:!?)]}") for word in text.split())
    return list(dict.fromkeys(word for word in words if is_web_address(word)))


class WebAddressDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from a Web Address"))
        self.resize(560, 260)
        self.text = QPlainTextEdit(objectName="web_addresses")
        self.text.setPlaceholderText("https://…")
        self.text.setTabChangesFocus(True)
        clipboard = addresses_in(QGuiApplication.clipboard().text())
        if clipboard:
            self.text.setPlainText("\n".join(clipboard))
        self.problem = QLabel(objectName="web_address_problem", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The pages to download and import, one address per line "
                                        "(http:// or https://):"), wordWrap=True))
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def addresses(self) -> list[str]:
        return addresses_in(self.text.toPlainText())

    def _check(self) -> None:
        words = self.text.toPlainText().split()
        others = [word for word in words if not is_web_address(word)]
        self.problem.setText(self.tr("Not a web address, left out: {words}").format(words=" ".join(others[:3]))
                             if others else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.addresses()))

    @classmethod
    def ask(cls, parent: QWidget | None) -> list[str]:
        """The addresses chosen, or none when the dialog was cancelled (tests replace this)."""
        dialog = cls(parent)
        return dialog.addresses() if dialog.exec() == QDialog.DialogCode.Accepted else []

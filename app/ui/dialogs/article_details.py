"""Correcting an article's details: title, source, author, date, web address, language,
keywords and citation key. OK checks what was typed and keeps the dialog open, naming the
field, when something cannot be stored; the change is one undoable edit."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from app.core.article import Article
from app.core.article_details import DetailError, checked_details
from app.core.errors import ToldError
from app.ui.messages import error_text
from app.ui.widgets.reader import LANGUAGE_NAMES

Apply = Callable[[dict[str, object]], ToldError | None]
"""Stores the changed details; returns why it could not, or None."""


class ArticleDetailsDialog(QDialog):
    def __init__(self, article: Article, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article details"))
        self.setMinimumWidth(560)
        self._article, self._apply = article, apply
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label, value, hint in (
            ("title", self.tr("&Title"), article.title, ""),
            ("source", self.tr("&Source"), article.source, self.tr("the outlet or publisher")),
            ("author", self.tr("&Author"), article.author, ""),
            ("published", self.tr("&Date"), article.published, self.tr("YYYY-MM-DD, YYYY-MM or YYYY")),
            ("url", self.tr("&Web address"), article.url, "https://…"),
            ("keywords", self.tr("&Keywords"), ", ".join(article.keywords), self.tr("separated by commas")),
            ("citation_key", self.tr("C&itation key"), article.citation_key,
             self.tr("author, year, word: lemonde2024usines")),
        ):
            field = QLineEdit(value or "", objectName=f"details_{name}")
            field.setPlaceholderText(hint)
            field.setAccessibleName(label.replace("&", ""))
            self.fields[name] = field
            form.addRow(label, field)
        self.language = QComboBox(objectName="details_language", editable=True)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in sorted(LANGUAGE_NAMES.items(), key=lambda item: item[0]):
            self.language.addItem(f"{code} — {QCoreApplication.translate('ArticleReader', name)}", code)
        known = self.language.findData(article.language)
        if known >= 0:
            self.language.setCurrentIndex(known)
        else:
            self.language.setCurrentText(article.language)
        form.insertRow(5, self.tr("&Language"), self.language)
        self.file_date = QLabel(self.tr("This date is the file's own creation date, not when the text was "
                                        "published: correct it or clear it."), wordWrap=True,
                                textFormat=Qt.TextFormat.PlainText)
        self.file_date.setVisible(article.published_from_file)
        self.error = QLabel(objectName="details_error", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.file_date)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def typed(self) -> dict[str, object]:
        """What the fields say now, as the service takes it."""
        typed: dict[str, object] = {name: field.text() for name, field in self.fields.items()}
        chosen = self.language.currentText().strip()
        index = self.language.findText(chosen)
        typed["language"] = self.language.itemData(index) if index >= 0 else chosen.split(" ")[0]
        return typed

    def changed(self) -> dict[str, object]:
        """The details that differ from the article's, checked (`DetailError` if not)."""
        cleaned = checked_details(self.typed())
        return {name: value for name, value in cleaned.items() if value != getattr(self._article, name)}

    def accept(self) -> None:
        try:
            changed = self.changed()
        except DetailError as error:
            self._say(error)
            return
        failure = self._apply(changed) if changed else None
        if failure is not None:
            self._say(failure)  # nothing stored: what was typed stays here
            return
        super().accept()

    def _say(self, error: ToldError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

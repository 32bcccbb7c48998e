"""The reader: an article's title and metadata above its read-only text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from app.core.article import Article

LANGUAGE_NAMES = {"fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian"}


class ArticleReader(QWidget):
    """Shows one article. The text widget holds exactly the stored body, so positions
    in it are positions in the article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.title_label = QLabel(objectName="reader_title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(title_font)
        self.meta_label = QLabel(objectName="reader_meta")
        self.meta_label.setWordWrap(True)
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.text = QTextEdit(objectName="reader_text", readOnly=True)
        self.text.setAccessibleName("Article text")
        self.text.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.text, stretch=1)
        self.show_placeholder("Select an article to read it.")

    def show_article(self, article: Article) -> None:
        self.article = article
        self.title_label.setText(article.title)
        self.meta_label.setText(self._meta_line(article))
        self.text.setPlainText(article.body)

    def show_placeholder(self, message: str) -> None:
        self.article = None
        self.title_label.setText("")
        self.meta_label.setText(message)
        self.text.clear()

    @staticmethod
    def _meta_line(article: Article) -> str:
        parts = [
            article.source,
            article.author,
            (article.published or "")[:10],
            LANGUAGE_NAMES.get(article.language, article.language),
        ]
        return " · ".join(part for part in parts if part)

"""The reader: an article's title and metadata above its read-only text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from app.core.article import Article
from app.ui.text_positions import qt_positions

MATCH_COLOUR = "#ffe066"
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

    def show_article(self, article: Article, matches: list[tuple[int, int]] = ()) -> None:
        """Show `article`; mark the (start, end) code-point spans in `matches` and scroll
        to the first."""
        self.article = article
        self.title_label.setText(article.title)
        self.meta_label.setText(self._meta_line(article))
        self.text.setPlainText(article.body)
        self._space_paragraphs()
        self.mark_matches(matches)

    def _space_paragraphs(self) -> None:
        # Block formats change layout only: positions in the text stay those of the body.
        paragraph = QTextBlockFormat()
        paragraph.setBottomMargin(8)
        paragraph.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(paragraph)

    def mark_matches(self, matches: list[tuple[int, int]]) -> None:
        body = self.article.body if self.article else ""
        positions = qt_positions(body, [offset for span in matches for offset in span])
        match_format = QTextCharFormat()
        match_format.setBackground(QColor(MATCH_COLOUR))
        match_format.setForeground(QColor("black"))
        match_format.setFontWeight(QFont.Weight.Bold)
        selections = []
        for start, end in zip(positions[::2], positions[1::2]):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.text.document())
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format = match_format
            selections.append(selection)
        self.text.setExtraSelections(selections)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(positions[0] if positions else 0)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    @property
    def marked_spans(self) -> list[tuple[int, int]]:
        """The Qt positions of the marked matches, for tests and accessibility."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.text.extraSelections()]

    def show_placeholder(self, message: str) -> None:
        self.article = None
        self.title_label.setText("")
        self.meta_label.setText(message)
        self.text.clear()
        self.text.setExtraSelections([])

    @staticmethod
    def _meta_line(article: Article) -> str:
        parts = [
            article.source,
            article.author,
            (article.published or "")[:10],
            LANGUAGE_NAMES.get(article.language, article.language),
        ]
        return " · ".join(part for part in parts if part)

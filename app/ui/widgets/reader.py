"""The reader: an article's title and metadata above its read-only text, with its
highlights painted in their first tag's colour and search matches marked, and its
structure (headings larger and bold, quotes and captions in italics, list items indented,
emphasis, links) drawn as character and block formats over ranges of the plain text; a
link's target shows in a tooltip and a click opens it in the browser. A very long
article is shown a part at a time (a bar says which and moves to the others), so it
opens at once and its layout stays small."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextEdit, QToolTip, QVBoxLayout, QWidget

from app.core.article import Article
from app.core.highlight import Highlight
from app.core.structure import FIGURE, LINK, Mark, marks_from_extras
from app.ui.messages import day_shown
from app.ui.retranslating import Retranslating
from app.ui.rich_text import link_html, note_html
from app.ui.text_positions import PART_SIZE, TextWindow, window_around
from app.ui.widgets.figure_strip import FigureStrip
from app.ui.widgets.reader_structure import DRAWN, link_at, link_tooltip, open_link, structure_formats

# Search matches are underlined, never filled: a fill could be taken for a tag's colour.
MATCH_UNDERLINE = "#1e88e5"  # a blue that shows on light and dark paper
UNTAGGED_COLOUR = "#bdbdbd"
HIGHLIGHT_ALPHA = 120  # translucent, so overlapping highlights stay visible
LANGUAGE_NAMES = {
    "fr": QT_TRANSLATE_NOOP("ArticleReader", "French"), "en": QT_TRANSLATE_NOOP("ArticleReader", "English"),
    "de": QT_TRANSLATE_NOOP("ArticleReader", "German"), "es": QT_TRANSLATE_NOOP("ArticleReader", "Spanish"),
    "it": QT_TRANSLATE_NOOP("ArticleReader", "Italian"),
}


class ArticleReader(Retranslating, QWidget):
    """Shows one article. The text widget holds the stored body, or for a very long one
    a part of it (`window`); every position in it is converted to the body's code points
    through the window (its start added, Qt's UTF-16 counted as code points)."""

    match_moved = Signal(int, int)
    """The search match now chosen (counted from 1) and how many the article has (0, 0: none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.highlights: list[Highlight] = []
        self._colours: dict[int, str] = {}
        self._matches: list[tuple[int, int]] = []
        self._links: list[Mark] = []  # the article's links, for tooltips and clicks
        self._figures: dict[int, Mark] = {}  # where each picture stands, by its position
        self._current_match = 0
        self.window = TextWindow(0, "")
        self.zoom_steps = 0
        self.line_spacing = 125
        self.title_label = QLabel(objectName="reader_title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(title_font)
        self.meta_label = QLabel(objectName="reader_meta")
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The article's web address, opened in the browser by a click: rich text made by
        # `link_html`, which escapes it.
        self.url_label = QLabel(objectName="reader_url", textFormat=Qt.TextFormat.RichText, openExternalLinks=True)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.url_label.hide()
        self.figures = FigureStrip()
        self.figures.figure_chosen.connect(self.show_figure)
        self.text = QTextEdit(objectName="reader_text", readOnly=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.document().setDocumentMargin(12)
        self.text.viewport().installEventFilter(self)
        self.text.viewport().setMouseTracking(True)  # the hand over a link
        self.part_bar = QWidget(objectName="reader_part_bar")
        self.part_label = QLabel(objectName="reader_part", textFormat=Qt.TextFormat.PlainText)
        self.previous_part = QPushButton(objectName="reader_previous_part")
        self.next_part = QPushButton(objectName="reader_next_part")
        self.previous_part.clicked.connect(lambda: self._show_part(max(0, self.window.start - PART_SIZE)))
        self.next_part.clicked.connect(lambda: self._show_part(self.window.end))
        bar = QHBoxLayout(self.part_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.part_label, stretch=1)
        bar.addWidget(self.previous_part)
        bar.addWidget(self.next_part)
        self.part_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.url_label)
        layout.addWidget(self.figures)
        layout.addWidget(self.part_bar)
        layout.addWidget(self.text, stretch=1)
        self.retranslate()
        self.show_placeholder(self.tr("Select an article to read it."))

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("Article text"))
        self.previous_part.setText(self.tr("◀ &Previous Part"))
        self.next_part.setText(self.tr("&Next Part ▶"))
        if self.article is not None:
            self.meta_label.setText(self._meta_line(self.article))
            self._say_part()

    # Showing

    def show_article(self, article: Article, matches: list[tuple[int, int]] = (),
                     highlights: list[Highlight] = (), colours: dict[int, str] | None = None,
                     images=()) -> None:
        """Show `article` with its highlights and its stored pictures (`images`); mark the
        (start, end) code-point spans in `matches` and scroll to the first."""
        self.article = article
        self.title_label.setText(article.title)
        self.meta_label.setText(self._meta_line(article))
        self.url_label.setText(link_html(article.url))
        self.url_label.setVisible(bool(article.url))
        self.highlights, self._colours = list(highlights), dict(colours or {})
        marks = marks_from_extras(article.extras, len(article.body))
        self._links = [mark for mark in marks if mark.kind == LINK]
        self._figures = {mark.level: mark for mark in marks if mark.kind == FIGURE}
        self.figures.show_images(images)
        self._matches = []
        self._load_window(window_around(article.body, matches[0][0] if matches else 0))
        self.mark_matches(matches)

    def _load_window(self, window: TextWindow) -> None:
        self.window = window
        self.text.setPlainText(window.text)
        self._space_paragraphs()
        self._draw_structure()
        body_length = len(self.article.body) if self.article else 0
        partial = len(window.text) < body_length
        self.part_bar.setVisible(partial)
        if partial:
            self._say_part()
            self.previous_part.setEnabled(window.start > 0)
            self.next_part.setEnabled(window.end < body_length)
        self._paint()

    def _say_part(self) -> None:
        locale, body_length = QLocale(), len(self.article.body) if self.article else 0
        self.part_label.setText(self.tr("A long article: characters {start}–{end} of {total}").format(
            start=locale.toString(self.window.start + 1), end=locale.toString(self.window.end),
            total=locale.toString(body_length)))

    def _show_part(self, start: int) -> None:
        """Show the part of the body from about `start`, its beginning at the top."""
        if self.article is None:
            return
        self._load_window(window_around(self.article.body, start + PART_SIZE // 4))
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.text.ensureCursorVisible()

    def show_figure(self, position: int) -> None:
        """Select the paragraph the picture at `position` stands at."""
        if (mark := self._figures.get(position)) is not None:
            self.scroll_to(mark.start, mark.end)

    def set_highlights(self, highlights: list[Highlight], colours: dict[int, str]) -> None:
        """Repaint the highlights (after an edit), keeping the scroll position."""
        self.highlights, self._colours = list(highlights), dict(colours)
        self._paint()

    def mark_matches(self, matches: list[tuple[int, int]]) -> None:
        self._matches = list(matches)
        self._current_match = 0
        self._paint()
        if self._matches:
            self.scroll_to(self._matches[0][0])
        self.match_moved.emit(1 if self._matches else 0, len(self._matches))

    def say_match(self) -> None:
        """Tell again which match is chosen (`match_moved`)."""
        self.match_moved.emit(self._current_match + 1 if self._matches else 0, len(self._matches))

    def step_match(self, step: int) -> bool:
        """Select the next (`step` 1) or previous (-1) search match, going round; False
        when the article has none."""
        if not self._matches:
            return False
        self._current_match = (self._current_match + step) % len(self._matches)
        self.scroll_to(*self._matches[self._current_match])
        self.match_moved.emit(self._current_match + 1, len(self._matches))
        return True

    def scroll_to(self, start: int, end: int | None = None) -> None:
        """Put the cursor at `start` (selecting up to `end`) and make it visible, showing
        the part of a long article that holds it."""
        if self.article is not None and not self.window.holds(start, end):
            self._load_window(window_around(self.article.body, start))
        positions = self.window.qt_positions([start] if end is None else [start, end])
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(positions[-1])
        if end is not None:
            cursor.setPosition(positions[0], QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def set_text_style(self, family: str, size: int, line_spacing: int) -> None:
        """The reader's font ("" and 0: the system's) and line spacing (percent)."""
        font = QFont(self.font())
        if family:
            font.setFamily(family)
        if size:
            font.setPointSize(size)
        self.text.setFont(font)
        self.zoom_steps = 0
        self.line_spacing = line_spacing
        self._space_paragraphs()

    # Zoom

    MAX_ZOOM_STEPS = 12

    def zoom_in(self) -> None:
        self._zoom(+1)

    def zoom_out(self) -> None:
        self._zoom(-1)

    def reset_zoom(self) -> None:
        self._zoom(-self.zoom_steps)

    def _zoom(self, steps: int) -> None:
        steps = max(-self.MAX_ZOOM_STEPS - self.zoom_steps, min(self.MAX_ZOOM_STEPS - self.zoom_steps, steps))
        if steps:
            self.text.zoomIn(steps)
            self.zoom_steps += steps

    def show_placeholder(self, message: str) -> None:
        self.article, self.highlights, self._matches, self._links, self._figures = None, [], [], [], {}
        self.figures.show_images(())
        self.window = TextWindow(0, "")
        self.part_bar.hide()
        self.title_label.setText("")
        self.meta_label.setText(message)
        self.url_label.hide()
        self.text.clear()
        self.text.setExtraSelections([])

    # Reading the selection

    def clear_selection(self) -> None:
        """Leave the cursor at the end of the selection, which is no longer shown."""
        cursor = self.text.textCursor()
        cursor.clearSelection()
        self.text.setTextCursor(cursor)

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as (start, end) code points of the body, or None."""
        cursor = self.text.textCursor()
        if not self.article or not cursor.hasSelection():
            return None
        start, end = self.window.code_point_offsets([cursor.selectionStart(), cursor.selectionEnd()])
        return start, end

    def highlights_at(self, offset: int) -> list[Highlight]:
        """The highlights (not orphaned) covering this code-point offset."""
        return [h for h in self.highlights if not h.is_orphan and h.start <= offset < h.end]

    def cursor_offset(self) -> int | None:
        if not self.article:
            return None
        return self.window.code_point_offsets([self.text.textCursor().position()])[0]

    @property
    def marked_spans(self) -> list[tuple[int, int]]:
        """Qt positions of the marked search matches, for tests and accessibility."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.text.extraSelections()
                if s.format.property(_MATCH_PROPERTY)]

    @property
    def painted_highlights(self) -> list[tuple[int, int, str]]:
        """(start, end, colour) of each painted highlight, in Qt positions."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name())
                for s in self.text.extraSelections() if not s.format.property(_MATCH_PROPERTY)]

    # Painting

    def _paint(self) -> None:
        window = self.window
        spans, formats = [], []
        for highlight in self.highlights:
            if highlight.is_orphan or highlight.end <= window.start or highlight.start >= window.end:
                continue
            colour = QColor(self._colours.get(highlight.tag_ids[0], UNTAGGED_COLOUR)
                            if highlight.tag_ids else UNTAGGED_COLOUR)
            colour.setAlpha(HIGHLIGHT_ALPHA)
            paint = QTextCharFormat()
            paint.setBackground(colour)
            spans.append((highlight.start, highlight.end))
            formats.append(paint)
        match_format = QTextCharFormat()
        match_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        match_format.setUnderlineColor(QColor(MATCH_UNDERLINE))
        match_format.setFontUnderline(True)
        match_format.setFontWeight(QFont.Weight.Bold)
        match_format.setProperty(_MATCH_PROPERTY, True)
        matches = [(s, e) for s, e in self._matches if e > window.start and s < window.end]
        spans += matches
        formats += [match_format] * len(matches)
        positions = window.qt_positions([offset for span in spans for offset in span])
        selections = []
        for start, end, paint in zip(positions[::2], positions[1::2], formats):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.text.document())
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format = paint
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def _space_paragraphs(self) -> None:
        # Block formats change layout only: positions in the text stay those of the body.
        paragraph = QTextBlockFormat()
        paragraph.setBottomMargin(8)
        paragraph.setLineHeight(self.line_spacing, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(paragraph)

    def _draw_structure(self) -> None:
        """Format the marks of the article's structure that fall in the window. Only
        formats change: the text stays the plain body, so every position holds."""
        if self.article is None:
            return
        window = self.window
        marks = [mark for mark in marks_from_extras(self.article.extras, len(self.article.body))
                 if mark.kind in DRAWN and mark.end > window.start and mark.start < window.end]
        if not marks:
            return
        bounds = window.qt_positions([offset for mark in marks
                                      for offset in (max(mark.start, window.start), min(mark.end, window.end))])
        document = self.text.document()
        for mark, start, end in zip(marks, bounds[::2], bounds[1::2]):
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            character, block = structure_formats(mark)
            if character is not None:
                cursor.mergeCharFormat(character)
            if block is not None:
                cursor.mergeBlockFormat(block)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.text.viewport() or not self.article:
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind == QEvent.Type.ToolTip:
            offset = self._offset_at(event.pos())
            target = self.link_at(offset)
            parts = ([link_tooltip(target)] if target else []) + (
                [highlight_tooltip(covering)] if (covering := self.highlights_at(offset)) else [])
            if parts:
                QToolTip.showText(event.globalPos(), "<hr>".join(parts), self.text)
            else:
                QToolTip.hideText()
            return True
        if kind == QEvent.Type.MouseMove:
            over_link = self.link_at(self._offset_at(event.position().toPoint())) is not None
            self.text.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_link
                                           else Qt.CursorShape.IBeamCursor)
        elif (kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton
              and not self.text.textCursor().hasSelection()):
            # A click, not the end of a selection: a link opens; its target was never fetched.
            if target := self.link_at(self._offset_at(event.position().toPoint())):
                open_link(target)
        return super().eventFilter(watched, event)

    def _offset_at(self, point) -> int:
        return self.window.code_point_offsets([self.text.cursorForPosition(point).position()])[0]

    def link_at(self, offset: int) -> str | None:
        """The target of the link at this code-point offset of the body, or None."""
        return link_at(self._links, offset)

    @staticmethod
    def _meta_line(article: Article) -> str:
        parts = [
            article.source,
            article.author,
            day_shown((article.published or "")[:10], article.published_from_file),
            QCoreApplication.translate("ArticleReader", LANGUAGE_NAMES[article.language])
            if article.language in LANGUAGE_NAMES else article.language,
        ]
        return " · ".join(part for part in parts if part)


_MATCH_PROPERTY = QTextCharFormat.Property.UserProperty + 1
def highlight_tooltip(highlights: list[Highlight]) -> str:
    """Tags and note (its Markdown rendered) of each highlight, as rich text."""
    parts = []
    for highlight in highlights:
        tags = html.escape(", ".join(highlight.tags) or QCoreApplication.translate("ArticleReader", "untagged"))
        note = note_html(highlight.note) if highlight.note else ""
        parts.append(f"<b>{tags}</b>{note}")
    return "<hr>".join(parts)

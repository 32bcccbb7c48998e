"""A very long article is shown a part at a time, and every position still means the
same code point of the stored body: highlights, search marks, selection, tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.importing import import_paths
from app.ui.text_positions import PART_SIZE, window_around

SENTENCE = "Le campus 🇪🇺 d’IA de Paris coûtera 200 milliards d’euros 😀 selon la Commission. "
QUOTE = "200 milliards d’euros"


def import_long_article(library, tmp_path):
    """A one-line text of ~700,000 code points, astral characters all along it."""
    path = tmp_path / "long.txt"
    path.write_text("A very long article\n\n" + SENTENCE * 9_000 + "\n", encoding="utf-8")
    import_paths(library, [path])
    return next(a for a in ArticleService(library).summaries(limit=10) if a.title == "A very long article")


def open_article(window, article_id):
    window.article_list.selectRow(window.article_model.locate(article_id))
    assert window.reader.article.id == article_id


def test_a_long_article_opens_a_part_and_keeps_exact_offsets(qtbot, library, make_window, tmp_path):
    article = import_long_article(library, tmp_path)
    body = ArticleService(library).article(article.id).body
    notes = AnnotationService(library)
    start, end = notes.find_quote(article.id, QUOTE, occurrence=6_000)
    assert start > 3 * PART_SIZE
    far = notes.add_highlight(article_id=article.id, start=start, end=end, tags=["funding"], note="far <b>away</b>").value
    window = make_window(library)
    open_article(window, article.id)
    reader = window.reader

    # only a part is laid out, and the bar says which
    assert len(reader.text.toPlainText()) <= PART_SIZE + 2_000 < len(body)
    assert reader.part_bar.isVisibleTo(window) and reader.window.start == 0
    assert reader.painted_highlights == []  # the far highlight is not in this part

    # scrolling to a highlight outside the part moves the part to it
    reader.scroll_to(far.start, far.end)
    assert reader.window.holds(far.start, far.end) and reader.window.start > 0
    assert reader.text.textCursor().selectedText() == QUOTE
    assert reader.selected_span() == (far.start, far.end)
    [(qt_start, qt_end, _colour)] = reader.painted_highlights
    assert reader.window.code_point_offsets([qt_start, qt_end]) == [far.start, far.end]

    # the tooltip's offset: a cursor inside the highlight covers it
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(qt_start + 2)
    reader.text.setTextCursor(cursor)
    assert reader.cursor_offset() == far.start + 2 and reader.highlights_at(reader.cursor_offset()) == [far]

    # a selection in this part becomes a highlight at the body's offsets
    other_start, other_end = notes.find_quote(article.id, QUOTE, occurrence=6_001)
    qt_other = reader.window.qt_positions([other_start, other_end])
    cursor.setPosition(qt_other[0])
    cursor.setPosition(qt_other[1], QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)
    reader.text.setFocus()
    qtbot.keyClick(reader.text, Qt.Key.Key_1)
    created = next(h for h in notes.highlights(article_id=article.id) if h.id != far.id)
    assert (created.start, created.end, created.quote) == (other_start, other_end, QUOTE)
    assert body[created.start:created.end] == QUOTE

    # search marks far away move the part too, and mark exactly the words
    match = (len(body) - len(SENTENCE) + SENTENCE.index("Commission"),
             len(body) - len(SENTENCE) + SENTENCE.index("Commission") + len("Commission"))
    reader.mark_matches([match])
    assert reader.window.holds(*match)
    [(mark_start, mark_end)] = reader.marked_spans
    assert reader.window.code_point_offsets([mark_start, mark_end]) == list(match)

    # the buttons walk through the parts
    reader.previous_part.click()
    before = reader.window.start
    reader.next_part.click()
    assert reader.window.start > before
    assert reader.text.toPlainText() == body[reader.window.start:reader.window.end]


def test_a_short_article_is_shown_whole():
    body = "Un court article. " * 100
    window = window_around(body, 500)
    assert (window.start, window.text) == (0, body)


def test_a_part_ends_between_words_and_holds_the_offset_asked_for():
    body = "mot " * 200_000
    for offset in (0, 123_457, 400_000, len(body) - 1):
        window = window_around(body, offset)
        assert window.holds(offset) and window.text == body[window.start:window.end]
        assert window.start == 0 or body[window.start - 1] == " "

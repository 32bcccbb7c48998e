"""The reader draws an article's structure (headings larger and bold, quotes in italics,
list items indented) as formats over the plain text: the text stays the stored body and
every position keeps its meaning."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCursor, QTextFormat

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.importing import import_paths

MARKDOWN = ("# Les usines 😀 d’IA\n\nSept sites ont été retenus.\n\n## &lt;b&gt;Financement&lt;/b&gt; &amp; budget\n\n"
            "Un budget de 1,5 milliard d’euros.\n\n> Nous ouvrons nos supercalculateurs.\n\n- un point de liste\n")


def char_format_at(reader, offset):
    """The character format the reader draws at this code point of the body."""
    [position] = reader.window.qt_positions([offset])
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat(), cursor.blockFormat()


def open_structured_article(library, tmp_path, make_window):
    path = tmp_path / "note.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    [outcome] = import_paths(library, [path]).outcomes
    notes = AnnotationService(library)
    start, end = notes.find_quote(outcome.article_id, "1,5 milliard")
    notes.add_highlight(article_id=outcome.article_id, start=start, end=end, tags=["funding"])
    window = make_window(library)
    window.article_list.selectRow(window.article_model.locate(outcome.article_id))
    assert window.reader.article.id == outcome.article_id
    return window.reader, ArticleService(library).article(outcome.article_id).body, (start, end)


def test_headings_are_drawn_larger_and_bold_over_the_plain_text(qtbot, empty_library, tmp_path, make_window):
    reader, body, (start, end) = open_structured_article(empty_library, tmp_path, make_window)
    assert reader.text.toPlainText() == body  # no markup reached the text
    assert "<b>Financement</b> & budget" in body
    title, _ = char_format_at(reader, body.index("usines"))
    section, _ = char_format_at(reader, body.index("Financement"))
    prose, _ = char_format_at(reader, body.index("Sept sites"))
    assert title.fontWeight() == QFont.Weight.Bold and section.fontWeight() == QFont.Weight.Bold
    assert prose.fontWeight() != QFont.Weight.Bold
    sizes = [f.intProperty(QTextFormat.Property.FontSizeAdjustment) for f in (title, section, prose)]
    assert sizes[0] > sizes[1] > sizes[2] == 0
    quote, quote_block = char_format_at(reader, body.index("Nous ouvrons"))
    assert quote.fontItalic() and quote_block.leftMargin() > 0
    _, item_block = char_format_at(reader, body.index("un point"))
    assert item_block.leftMargin() > 0
    [painted] = reader.painted_highlights
    assert painted[:2] == tuple(reader.window.qt_positions([start, end]))


def test_the_reader_selection_maps_to_the_body_across_formatted_headings(qtbot, empty_library, tmp_path,
                                                                        make_window):
    reader, body, _ = open_structured_article(empty_library, tmp_path, make_window)
    start, end = body.index("d’IA"), body.index("1,5 milliard") + len("1,5 milliard")
    positions = reader.window.qt_positions([start, end])
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(positions[0])
    cursor.setPosition(positions[1], QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)
    assert reader.selected_span() == (start, end)

"""The reader draws an article's structure (headings larger and bold, quotes in italics,
list items indented, emphasis, links) as formats over the plain text: the text stays the
stored body and every position keeps its meaning; a link opens only on a click."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont, QTextCursor, QTextFormat

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.importing import import_paths
from app.ui.widgets.reader_structure import link_tooltip, open_link

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


INLINE = ("# Notes\n\nUn *mot penché* et un **mot gras** avant [le rapport](https://example.org/rapport) "
          "et [une adresse](mailto:redaction@example.org) pour finir la phrase.\n")


class _Browser(QObject):
    """Stands for the desktop's browser: Qt hands it the addresses it is asked to open."""

    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url):
        self.opened.append(url.toString())


def test_emphasis_is_drawn_and_a_link_opens_only_on_a_click(qtbot, empty_library, tmp_path, make_window):
    path = tmp_path / "inline.md"
    path.write_text(INLINE, encoding="utf-8")
    [outcome] = import_paths(empty_library, [path]).outcomes
    notes = AnnotationService(empty_library)
    start, end = notes.find_quote(outcome.article_id, "avant le rapport")
    notes.add_highlight(article_id=outcome.article_id, start=start, end=end, tags=["funding"])
    window = make_window(empty_library)
    window.article_list.selectRow(window.article_model.locate(outcome.article_id))
    reader = window.reader
    body = ArticleService(empty_library).article(outcome.article_id).body
    assert reader.text.toPlainText() == body and "*" not in body and "https" not in body
    leaning, _ = char_format_at(reader, body.index("penché"))
    bold, _ = char_format_at(reader, body.index("gras"))
    plain, _ = char_format_at(reader, body.index("avant"))
    link, _ = char_format_at(reader, body.index("rapport"))
    assert leaning.fontItalic() and not plain.fontItalic()
    assert bold.fontWeight() == QFont.Weight.Bold and plain.fontWeight() != QFont.Weight.Bold
    assert link.fontUnderline() and not plain.fontUnderline()
    assert reader.link_at(body.index("rapport")) == "https://example.org/rapport"
    assert reader.link_at(body.index("adresse")) == "mailto:redaction@example.org"
    assert reader.link_at(body.index("avant")) is None
    assert "https://example.org/rapport" in link_tooltip("https://example.org/rapport")
    [painted] = reader.painted_highlights  # the highlight over the link is drawn as before
    assert painted[:2] == tuple(reader.window.qt_positions([start, end]))

    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        def click_at(offset):
            [position] = reader.window.qt_positions([offset])
            cursor = QTextCursor(reader.text.document())
            cursor.setPosition(position + 1)
            qtbot.mouseClick(reader.text.viewport(), Qt.MouseButton.LeftButton,
                             pos=reader.text.cursorRect(cursor).center())

        click_at(body.index("Un mot"))
        assert browser.opened == []  # plain text: nothing opens
        click_at(body.index("rapport"))
        qtbot.waitUntil(lambda: browser.opened == ["https://example.org/rapport"])
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_only_web_and_mail_links_are_opened():
    assert not open_link("javascript:alert(1)") and not open_link("file:///etc/passwd")


def test_a_word_file_s_pictures_show_above_its_text_from_the_library(qtbot, empty_library, tmp_path, make_window):
    from tests.unit.services.test_article_images import make_docx

    make_docx(tmp_path / "minutes.docx", colour="red")
    [outcome] = import_paths(empty_library, [tmp_path / "minutes.docx"]).outcomes
    window = make_window(empty_library)
    window.article_list.selectRow(window.article_model.locate(outcome.article_id))
    reader = window.reader
    [thumbnail] = reader.figures.thumbnails
    assert reader.figures.isVisibleTo(window) and thumbnail.pixmap().height() == 20
    assert thumbnail.pixmap().toImage().pixelColor(5, 5).red() > 200  # the stored picture's own pixels
    body = reader.article.body
    qtbot.mouseClick(thumbnail, Qt.MouseButton.LeftButton)
    assert reader.selected_span() == (body.index("Le plan du"), len(body))
    window.article_list.selectRow(window.article_model.locate(outcome.article_id))

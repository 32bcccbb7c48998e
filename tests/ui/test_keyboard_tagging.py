"""Tagging with the keyboard all day: the keys act wherever the window is reading, a new
highlight shows its colour and is chosen at once, and N goes to its note."""

from PySide6.QtCore import Qt

from app.services.annotating import AnnotationService
from tests.ui.test_tagging import SENTENCE, open_article_with, select


def test_a_tag_key_clears_the_selection_chooses_the_new_highlight_and_n_opens_its_note(qtbot, library,
                                                                                      make_window):
    window = make_window(library)
    open_article_with(window, library, SENTENCE)
    select(window.reader, SENTENCE)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    [created] = AnnotationService(library).highlights()
    assert not window.reader.text.textCursor().hasSelection()  # the tag's colour shows
    assert window.highlights_panel.current_highlight().id == created.id
    qtbot.keyClick(window.reader.text, Qt.Key.Key_N)
    note = window.highlights_panel.note
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, "Budget 2025")  # digits typed in a note are text, not tag keys
    window.highlights_panel.commit_note()
    stored = AnnotationService(library).highlight(created.id)
    assert stored.note == "Budget 2025" and stored.tags == ("funding",)


def test_tag_keys_act_on_the_chosen_highlight_from_the_highlights_panel(qtbot, library, make_window):
    window = make_window(library)
    open_article_with(window, library, SENTENCE)
    select(window.reader, SENTENCE)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    panel = window.highlights_panel
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.keyClick(panel.list, Qt.Key.Key_2)
    [highlight] = AnnotationService(library).highlights()
    assert highlight.tags == ("funding", "sites")
    qtbot.keyClick(panel.list, Qt.Key.Key_1)
    assert AnnotationService(library).highlight(highlight.id).tags == ("sites",)


def test_tag_keys_act_from_the_search_hits_on_the_passage_selected(qtbot, library, make_window):
    window = make_window(library)
    window.search_panel.field.setFocus()
    window.search_panel.field.setText("premières usines")  # QTest types ASCII only
    results = window.search_panel.results
    qtbot.waitUntil(lambda: window.search_panel.results_model.rowCount() > 0, timeout=5000)
    results.setCurrentIndex(window.search_panel.results_model.index(0))
    qtbot.waitUntil(lambda: window.reader.article is not None and SENTENCE in window.reader.article.body)
    select(window.reader, SENTENCE)
    results.setFocus()
    qtbot.waitUntil(results.hasFocus)
    qtbot.keyClick(results, Qt.Key.Key_3)
    [highlight] = AnnotationService(library).highlights()
    assert (highlight.quote, highlight.tags) == (SENTENCE, ("Commission",))

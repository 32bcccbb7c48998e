from PySide6.QtCore import Qt

from app.services.articles import ArticleService
from app.ui.models.search_results_model import HTML_ROLE, SearchResultsModel
from app.services.searching import SearchService
from app.ui.tasks import TaskRunner


def type_query(qtbot, window, text):
    window.search_panel.field.setFocus()
    qtbot.keyClicks(window.search_panel.field, text)


def test_typing_shows_ranked_hits_and_choosing_one_marks_every_match(qtbot, library, make_window):
    window = make_window(library)
    type_query(qtbot, window, "usines")
    model = window.search_panel.results_model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    assert window.left_stack.currentWidget() is window.search_panel.results
    assert model.hit(0).article.title == "L’UE crée enfin des usines d’IA"
    assert "<b>usines</b>" in model.index(0).data(HTML_ROLE)

    rect = window.search_panel.results.visualRect(model.index(1))
    qtbot.mouseClick(window.search_panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = model.hit(1).article.id
    qtbot.waitUntil(lambda: window.reader.article is not None and window.reader.article.id == chosen)
    body = ArticleService(library).article(chosen).body
    marked = window.reader.marked_spans
    assert marked and all(body[s:e].lower().startswith("usine") for s, e in marked)
    assert window.reader.text.textCursor().position() == marked[0][0]


def test_escape_clears_the_search_and_shows_the_list_again(qtbot, library, make_window):
    window = make_window(library)
    type_query(qtbot, window, "gigafactories")
    qtbot.waitUntil(lambda: window.search_panel.results_model.rowCount() > 0, timeout=5000)
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.left_stack.currentWidget() is window.article_list)
    assert window.search_panel.field.text() == ""
    assert window.reader.marked_spans == []


def test_a_malformed_query_shows_a_message_not_an_error(qtbot, library, make_window):
    window = make_window(library)
    type_query(qtbot, window, '"usines d')
    message = window.search_panel.message
    qtbot.waitUntil(lambda: message.isVisible(), timeout=5000)
    assert "quote is never closed" in message.text()


def test_ctrl_f_focuses_the_search_field(qtbot, library, make_window):
    window = make_window(library)
    window.search_panel.field.setText("usines")
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search_panel.field
    assert window.search_panel.field.selectedText() == "usines"


def test_only_the_latest_query_is_shown(qtbot, library, make_window):
    window = make_window(library)
    panel = window.search_panel
    for text in ("Macron", "EuroHPC", "source:techcrunch"):
        panel.field.setText(text)
        panel._start_search()
    qtbot.waitUntil(lambda: panel.results_model.query == "source:techcrunch", timeout=5000)
    qtbot.wait(300)  # give any stale result the chance to arrive, and be dropped
    assert panel.results_model.query == "source:techcrunch"
    assert [panel.results_model.hit(r).article.source for r in range(panel.results_model.rowCount())] == ["Techcrunch"]


def test_results_model_passes_qt_checks_and_fetches_pages(qtmodeltester, library):
    search = SearchService(library)
    model = SearchResultsModel(search, TaskRunner(inline=True))
    model.PAGE_SIZE = 2
    model.show_page(search.search("investissements", limit=2))
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    qtmodeltester.check(model, force_py=True)


def test_the_window_keys_work_while_the_search_field_has_focus(qtbot, library, make_window):
    window = make_window(library)
    opened = []
    window.menu["export"].triggered.disconnect()
    window.menu["export"].triggered.connect(lambda: opened.append(True))
    window.search_panel.field.setFocus()
    qtbot.waitUntil(window.search_panel.field.hasFocus)
    window.search_panel.field.setText("usines")
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.search_panel.field.selectedText() == "usines"  # editing keys stay the field's


def test_the_status_bar_names_the_words_a_query_word_was_widened_to(qtbot, library, make_window):
    window = make_window(library)
    type_query(qtbot, window, "souverain")
    qtbot.waitUntil(lambda: "souveraineté" in window.statusBar().currentMessage(), timeout=5000)
    assert window.statusBar().currentMessage().endswith("also searched: souveraineté")


def test_enter_and_f3_go_from_match_to_match_saying_which(qtbot, library, make_window):
    window = make_window(library)
    type_query(qtbot, window, "usines")
    model = window.search_panel.results_model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)  # opens the first hit
    qtbot.waitUntil(lambda: window.reader.article is not None and bool(window.reader.marked_spans))
    count = len(window.reader.marked_spans)
    assert count > 2 and window.match_label.text() == f"Match 1 of {count}"
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)  # then the next match
    assert window.match_label.text() == f"Match 2 of {count}"
    cursor = window.reader.text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == window.reader.marked_spans[1]
    qtbot.keyClick(window.reader.text, Qt.Key.Key_F3)
    assert window.match_label.text() == f"Match 3 of {count}"
    qtbot.keyClick(window.reader.text, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.match_label.text() == f"Match {count} of {count}"  # round to the last


def test_search_matches_are_underlined_never_filled_like_a_tag(qtbot, library, make_window):
    window = make_window(library)
    type_query(qtbot, window, "usines")
    qtbot.waitUntil(lambda: window.search_panel.results_model.rowCount() == 4, timeout=5000)
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.reader.marked_spans))
    selections = window.reader.text.extraSelections()
    marks = [(s.format.fontUnderline(), s.format.background().style()) for s in selections]
    assert len(marks) == len(window.reader.marked_spans) > 0
    assert all(marks == (True, Qt.BrushStyle.NoBrush) for marks in marks)

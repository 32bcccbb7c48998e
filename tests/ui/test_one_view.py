"""What the list shows and which article is open agree, whichever view opened it."""

from app.services.annotating import AnnotationService
from app.services.tagging import TagService
from tests.ui.test_search_panel import type_query


def _showing_a_search(qtbot, window):
    type_query(qtbot, window, "usines")
    qtbot.waitUntil(lambda: window.search_panel.results_model.rowCount() == 4, timeout=5000)
    assert window.left_stack.currentWidget() is window.search_panel.results


def test_a_tag_chosen_in_topics_leaves_the_search_and_lists_what_the_status_says(qtbot, library, make_window):
    window = make_window(library)
    model = window.article_model
    last = model.article_id(model.rowCount() - 1)
    AnnotationService(library).add_highlight(article_id=last, start=0, end=12, tags=["sites"])
    _showing_a_search(qtbot, window)
    sites = TagService(library).find("sites").id
    window._show_tag_in_article(sites, last)
    assert window.left_stack.currentWidget() is window.article_list
    assert window.search_panel.field.text() == "" and window.article_model.tag_filter == sites
    assert window.article_model.rowCount() == 1 and window.statusBar().currentMessage() == "1 article"
    assert window.reader.article.id == last
    assert window.article_model.article_id(window.article_list.currentIndex().row()) == last


def test_a_fact_opened_from_the_facts_window_is_the_article_chosen_in_the_list(qtbot, library, make_window):
    from app.services.facts import FactsService

    window = make_window(library)
    _showing_a_search(qtbot, window)
    model = window.article_model
    fact = next(f for f in FactsService(library).facts() if f.article_id != model.article_id(0))
    window._show_fact(fact)
    assert window.left_stack.currentWidget() is window.article_list
    assert window.reader.article.id == fact.article_id
    assert model.article_id(window.article_list.currentIndex().row()) == fact.article_id
    cursor = window.reader.text.textCursor()
    assert cursor.selectedText() == fact.fact.text

"""Stories in the window: one row per story naming its other outlets, the story bar
over the article with its copies, Split Off and Join With… undone and redone, and the
other copies' highlights shown in the copy read."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from app.services.carnet import Carnet
from app.services.importing import add_articles
from app.core.article import ArticleSummary
from app.core.search import SearchHit
from app.ui.models.article_table_model import STORY_ROLE, ArticleTableModel
from app.ui.models.search_results_model import hit_html
from app.ui.widgets.article_row_delegate import ArticleRowDelegate
from tests.story_corpus import as_articles, build_corpus


@pytest.fixture
def story_library(empty_library):
    """The near-duplicate corpus: five stories of six articles each, and five follow-ups."""
    add_articles(empty_library, as_articles(build_corpus()))
    return empty_library


def test_the_list_model_has_one_row_per_story_and_passes_qt_model_checks(qtmodeltester, story_library):
    carnet = Carnet(story_library)
    model = ArticleTableModel(carnet.articles, stories=carnet.stories)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 10
    story = model.index(0, 0).data(STORY_ROLE)
    assert len(story) == 6 and story[0] == (model.article_id(0), "AFP")
    assert model.index(0, 1).data() == "AFP +5"
    tooltip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Also in: " in tooltip and all(source in tooltip for _, source in story[1:])
    assert model.locate(story[3][0]) == 0  # a copy is found at its story's row
    second_line = ArticleRowDelegate.subtitle(model.index(0, 0), None)
    assert second_line.endswith("also in: " + ", ".join(source for _, source in story[1:]))


def test_the_story_bar_opens_the_other_copies(qtbot, make_window, story_library):
    window = make_window(story_library)
    bar = window.story_bar
    qtbot.waitUntil(bar.isVisible)
    lead = window.article_model.article_id(0)
    assert window.reader.article.id == lead
    assert window.statusBar().currentMessage() == "10 stories, 35 articles"
    assert [button.text() for button in bar.copy_buttons] == [
        source.replace("&", "&&") for _, source in window.article_model.story(0)[1:]]
    qtbot.mouseClick(bar.copy_buttons[2], Qt.MouseButton.LeftButton)
    chosen = window.article_model.story(0)[3]
    assert (window.reader.article.id, window.reader.article.source) == chosen
    # Reading that copy, the bar names the others, the lead among them.
    assert "AFP" in [button.text() for button in bar.copy_buttons] and chosen[1] not in [
        button.text() for button in bar.copy_buttons]


def test_split_off_and_join_are_undone_and_redone_in_the_window(qtbot, make_window, story_library):
    window = make_window(story_library)
    model, bar = window.article_model, window.story_bar
    copy = model.story(0)[2][0]
    qtbot.mouseClick(bar.copy_buttons[1], Qt.MouseButton.LeftButton)
    assert window.reader.article.id == copy
    qtbot.mouseClick(bar.split, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 11 and window.reader.article.id == copy
    assert window.carnet.stories.lead_of(copy) == copy
    assert window.undo_stack.undoText().startswith("Split article")
    window.undo_stack.undo()
    assert model.rowCount() == 10 and window.carnet.stories.lead_of(copy) == model.article_id(0)
    window.undo_stack.redo()
    assert model.rowCount() == 11
    # Join it back through the bar's menu of similar stories: its own story comes first.
    assert window.reader.article.id == copy
    actions = bar.join.menu().actions()
    assert actions and "alike" in actions[0].text()
    actions[0].trigger()
    assert model.rowCount() == 10 and window.carnet.stories.lead_of(copy) == model.article_id(0)
    window.undo_stack.undo()
    assert model.rowCount() == 11
    window.undo_stack.undo()
    assert model.rowCount() == 10


def test_the_other_copies_highlights_are_shown_in_the_copy_read(qtbot, make_window, story_library):
    window = make_window(story_library)
    carnet = window.carnet
    lead = window.article_model.article_id(0)
    body = carnet.articles.article(lead).body
    start = body.index("milliards")
    carnet.annotations.add_highlight(article_id=lead, start=start, end=start + len("milliards d’euros"))
    bar = window.story_bar
    copy = window.article_model.story(0)[1][0]
    qtbot.mouseClick(bar.copy_buttons[0], Qt.MouseButton.LeftButton)
    assert window.reader.article.id == copy
    assert bar.shared.isEnabled() and "1 of 1 found" in bar.shared.toolTip()
    assert "« milliards d’euros » (AFP): found" in bar.shared.toolTip()
    bar.shared.setChecked(True)
    [(found_start, found_end)] = window.reader.marked_spans
    assert carnet.articles.article(copy).body[found_start:found_end].replace("'", "’") == "milliards d’euros"


def test_an_article_without_copies_shows_no_story_bar(qtbot, make_window, library):
    window = make_window(library)
    assert window.reader.article is not None
    assert not window.story_bar.label.isVisible() and not window.story_bar.split.isVisible()


def test_a_search_hit_names_the_other_outlets_of_its_story_as_plain_text(story_library):
    carnet = Carnet(story_library)
    [hit] = carnet.search.search("EuroHPC", limit=1).hits
    assert len(hit.also_in) == 5
    shown = hit_html(hit)
    assert "Also in: " in shown and all(source in shown for _, source in hit.also_in)
    hostile = SearchHit(ArticleSummary(1, "t", "s", None, "fr"), None, also_in=((2, "<b>Le Monde</b>"), (3, None)))
    assert "&lt;b&gt;Le Monde&lt;/b&gt;, article 3" in hit_html(hostile)


def test_outlet_names_are_shown_as_written_in_the_story_bar(qtbot, make_window, empty_library):
    corpus = build_corpus()[:6]
    articles = [dataclasses.replace(article, source=source) for article, source in
                zip(as_articles(corpus), ["AFP", "<b>Gras</b>", "Echos & Co", None, "A", "B"])]
    add_articles(empty_library, articles)
    window = make_window(empty_library)
    texts = [button.text() for button in window.story_bar.copy_buttons]
    assert texts[:3] == ["<b>Gras</b>", "Echos && Co", "article 4"]
    assert "&lt;b&gt;Gras&lt;/b&gt;" in window.story_bar.copy_buttons[0].toolTip()


def test_a_split_made_by_the_command_line_shows_up_in_the_open_window(qtbot, make_window, story_library):
    window = make_window(story_library)
    copy = window.article_model.story(0)[4][0]
    result = subprocess.run([sys.executable, "-m", "app", "--library", str(story_library.folder), "story", "split",
                             str(copy)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    # (The command adds the sample articles too, as to any library that never had them.)
    qtbot.waitUntil(lambda: copy not in [member for member, _ in window.article_model.story(0)], timeout=5000)
    row = window.article_model.locate(copy)
    assert row is not None and window.article_model.article_id(row) == copy


def test_the_french_undo_entry_of_a_split_reads_as_french(qtbot, make_window, story_library):
    from PySide6.QtWidgets import QApplication

    from app.ui.translation import install_translators

    install_translators(QApplication.instance(), "fr")
    try:
        window = make_window(story_library)
        copy = window.article_model.story(0)[1][0]
        qtbot.mouseClick(window.story_bar.copy_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.story_bar.split, Qt.MouseButton.LeftButton)
        undo = window.undo_action.text()
    finally:
        install_translators(QApplication.instance(), "en")
    assert undo == f"&Annuler le détachement de l’article {copy} de son sujet"


def test_the_story_bar_speaks_the_new_language_at_once(qtbot, make_window, story_library):
    from PySide6.QtWidgets import QApplication

    from app.ui.translation import install_translators

    window = make_window(story_library)
    bar = window.story_bar
    assert bar.split.text() == "Split Off"
    install_translators(QApplication.instance(), "fr")
    try:
        qtbot.waitUntil(lambda: bar.split.text() == "Détacher")
        assert bar.label.text() == "Aussi dans :"
        assert bar.copy_buttons[0].toolTip().count("Lire la copie de ce sujet parue dans") == 1
        assert all("de ressemblance" in action.text() for action in bar.join.menu().actions())
    finally:
        install_translators(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: bar.split.text() == "Split Off")

"""Who made what, in the window: over a team library with two members, each highlight
shows its author's initials in the author's colour, and the highlights panel shows one's
own, everyone's or one member's; the export dialog filters and groups by author. A local
library, which has one person, shows neither."""

from __future__ import annotations

import psycopg
from PySide6.QtCore import Qt
import pytest

from app.core.changes import Changes
from app.services.annotating import AnnotationService
from app.services.library import open_library
from app.ui.models.highlight_list_model import HTML_ROLE
from app.ui.widgets.highlights_panel import HighlightsPanel
from tests.team_libraries import add_member


@pytest.fixture
def team(team_templates, postgres_server):
    """A team library of the samples open as its first member, Alice Admin, and the URI
    of its second member, Bob Martin."""
    uri = team_templates.copy("samples")
    with psycopg.connect(uri, autocommit=True) as connection:
        connection.execute("UPDATE members SET name = 'Alice Admin' WHERE role_name = 'postgres'")
    bob_uri = add_member(postgres_server, uri, "bob", name="Bob Martin")
    library = open_library(uri)
    yield library, bob_uri
    library.close()
    team_templates.drop(uri)


def _signed_highlights(window, library, bob_uri):
    """One highlight by Bob, then one by Alice, in the article the window shows."""
    article_id = window.reader.article.id
    bob_library = open_library(bob_uri)
    try:
        by_bob = AnnotationService(bob_library).add_highlight(article_id=article_id, start=0, end=20,
                                                             tags=["funding"]).value
    finally:
        bob_library.close()
    by_alice = AnnotationService(library).add_highlight(article_id=article_id, start=30, end=60).value
    window.events.changed.emit(Changes.of_highlights(article_id))
    return by_alice, by_bob


def _rows(panel: HighlightsPanel) -> list[int]:
    return [panel.model.highlight(row).id for row in range(panel.model.rowCount())]


def _colour_of(library, name: str) -> str:
    return library.database().execute("SELECT colour FROM members WHERE name = ?", [name]).fetchone()[0]


def test_chips_show_each_authors_initials_in_their_colour(qtbot, team, make_window, qtmodeltester):
    library, bob_uri = team
    window = make_window(library)
    by_alice, by_bob = _signed_highlights(window, library, bob_uri)
    panel = window.highlights_panel
    assert sorted(_rows(panel)) == sorted([by_alice.id, by_bob.id])
    html = {panel.model.highlight(row).id: panel.model.index(row).data(HTML_ROLE)
            for row in range(panel.model.rowCount())}
    assert f"background-color:{_colour_of(library, 'Bob Martin')}; color:black\">&nbsp;<b>BM</b>" in html[by_bob.id]
    assert f"background-color:{_colour_of(library, 'Alice Admin')}; color:black\">&nbsp;<b>AA</b>" \
        in html[by_alice.id]
    row = panel.model.row_of(by_bob.id)
    assert "By Bob Martin" in panel.model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(panel.model)


def test_the_filter_shows_mine_everyones_or_one_members(qtbot, team, make_window):
    library, bob_uri = team
    window = make_window(library)
    by_alice, by_bob = _signed_highlights(window, library, bob_uri)
    panel = window.highlights_panel
    choices = panel.author_filter
    assert choices.isVisible()
    assert [choices.itemText(i) for i in range(choices.count())] == ["Mine", "Everyone", "Alice Admin", "Bob Martin"]
    assert choices.currentData() == HighlightsPanel.EVERYONE
    choices.setFocus()
    qtbot.keyClick(choices, Qt.Key.Key_Home)  # Mine
    assert _rows(panel) == [by_alice.id] and panel.title.text() == "Highlights (1 of 2)"
    choices.setCurrentIndex(choices.findText("Bob Martin"))
    assert _rows(panel) == [by_bob.id]
    # Another change keeps the filter chosen.
    window.events.changed.emit(Changes.of_highlights(window.reader.article.id))
    assert _rows(panel) == [by_bob.id]
    panel.choose(by_alice.id)  # going to a highlight the filter hides shows everyone's
    assert choices.currentData() == HighlightsPanel.EVERYONE and panel.current_highlight().id == by_alice.id
    assert panel.title.text() == "Highlights (2)"


def test_the_export_dialog_filters_and_groups_by_author(qtbot, team, make_window):
    library, bob_uri = team
    window = make_window(library)
    _signed_highlights(window, library, bob_uri)
    dialog = window.export()
    qtbot.addWidget(dialog)
    assert dialog.author_list.isVisibleTo(dialog)
    assert [dialog.author_list.item(i).text() for i in range(dialog.author_list.count())] == \
        ["Alice Admin", "Bob Martin"]
    dialog.grouping.setCurrentIndex(dialog.grouping.findData("author"))
    dialog.update_preview()
    text = dialog.preview.toPlainText()
    assert text.index("Alice Admin") < text.index("Bob Martin")
    dialog.author_list.item(1).setSelected(True)
    dialog.update_preview()
    assert "Bob Martin" in dialog.preview.toPlainText() and "Alice Admin" not in dialog.preview.toPlainText()
    assert dialog.scope().authors == ("Bob Martin",)


def test_a_local_library_shows_no_author(qtbot, library, make_window):
    window = make_window(library)
    article_id = window.reader.article.id
    AnnotationService(library).add_highlight(article_id=article_id, start=0, end=20)
    window.events.changed.emit(Changes.of_highlights(article_id))
    panel = window.highlights_panel
    assert not panel.author_filter.isVisible() and panel.model.rowCount() == 1
    assert "<b>" not in panel.model.index(0).data(HTML_ROLE)
    dialog = window.export()
    qtbot.addWidget(dialog)
    assert not dialog.author_list.isVisibleTo(dialog) and dialog.grouping.findData("author") == -1

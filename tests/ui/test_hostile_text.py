"""Text from files and users is shown as written everywhere in the window, and Qt never
loads a resource that text names."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QToolTip

from app.core.article import Article
from app.core.highlight import Highlight
from app.core.anchoring import Anchor
from app.services.annotating import AnnotationService
from app.services.importing import add_articles
from app.services.tagging import TagService
from app.store.database import write_transaction
from app.ui.dialogs.confirm_deletion import ConfirmDeletion
from app.ui.dialogs.task_error import TaskErrorBox
from app.ui.models.highlight_list_model import HTML_ROLE, HighlightListModel
from app.ui.rich_text import InertDocument, plain_tooltip, safe_colour
from app.ui.widgets.reader import highlight_tooltip
from tests.ui.resource_probe import ResourceProbe


@pytest.fixture
def probe(tmp_path):
    probe = ResourceProbe(tmp_path)
    yield probe
    probe.close()


def hostile(probe: ResourceProbe, word: str) -> str:
    return (f'<img src="{probe.path}" width=3000><img src="{probe.url}"> <b>{word}</b> &amp; '
            f'<a href="{probe.url}">link</a> <qt><style>p {{}}</style></qt>')


def hostile_library(library, probe):
    title = hostile(probe, "Headline")
    body = (f"{hostile(probe, 'body')}\nLa Commission européenne investit 200 millions d’euros à Paris "
            f"pour les usines d’IA. {hostile(probe, 'fin')}\n")
    [stored] = add_articles(library, [Article(title=title, body=body, format="txt", language="fr",
                                              source=hostile(probe, "Source"), author=hostile(probe, "Author"),
                                              url=probe.url)])
    tags = TagService(library)
    tag = tags.create(hostile(probe, "tag"), description=hostile(probe, "description"), shortcut=4).value
    db = library.database()
    with write_transaction(db):  # a colour stored before colours were checked
        db.execute("UPDATE tags SET colour = ? WHERE id = ?", [f'red"><img src="{probe.path}"><span style="', tag.id])
    notes = AnnotationService(library)
    start = body.index("Commission")
    notes.add_highlight(article_id=stored.article_id, start=start, end=start + 40, tag_ids=[tag.id],
                        note=hostile(probe, "note") + f"\n\n![image]({probe.url}) *emphasis*")
    return stored.article_id, title


def show_tooltip(qtbot, widget, text):
    if text:
        QToolTip.showText(widget.mapToGlobal(QPoint(5, 5)), text, widget)
        qtbot.wait(20)
        QToolTip.hideText()


def test_every_field_of_a_hostile_article_is_shown_as_written_and_loads_nothing(qtbot, library, probe, make_window,
                                                                                monkeypatch):
    article_id, title = hostile_library(library, probe)
    window = make_window(library)
    window.article_list.selectRow(window.article_model.locate(article_id))
    qtbot.waitUntil(lambda: window.reader.article is not None and window.reader.article.id == article_id)

    assert window.reader.title_label.text() == title
    assert window.reader.title_label.textFormat() == Qt.TextFormat.PlainText
    assert window.reader.meta_label.textFormat() == Qt.TextFormat.PlainText
    assert window.reader.title_label.sizeHint().width() < 2000  # no 3000-pixel image laid out
    window.highlights_panel.list.viewport().grab()
    highlights = window.reader.highlights
    show_tooltip(qtbot, window.reader.text, highlight_tooltip(highlights))
    for model, view in ((window.article_model, window.article_list), (window.highlights_panel.model,
                                                                       window.highlights_panel.list),
                        (window.tags_panel.list.model(), window.tags_panel.list)):
        for row in range(model.rowCount()):
            show_tooltip(qtbot, view, model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    for action in window.tagging.tag_actions:
        show_tooltip(qtbot, window, action.toolTip())
    window.tags_panel.list.grab()

    window.search_panel.field.setText("Headline")
    qtbot.waitUntil(lambda: window.search_panel.results_model.rowCount() > 0, timeout=5000)
    window.search_panel.results.viewport().grab()

    shown_boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown_boxes.append(box.grab()) or QMessageBox.Cancel)
    ConfirmDeletion.ask(window, title, 1)
    assert shown_boxes
    error_box = TaskErrorBox(window, "It failed", ValueError(title))
    assert error_box.textFormat() == Qt.TextFormat.PlainText
    error_box.grab()

    editor = window.manage_tags()
    editor.grab()
    for row in range(editor.model.rowCount()):
        for column in range(editor.model.columnCount()):
            show_tooltip(qtbot, editor, editor.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))
    suggestions = window.suggest(whole_library=True)
    qtbot.waitUntil(lambda: suggestions.model.rowCount() > 0, timeout=5000)
    suggestions.list.viewport().grab()
    facts = window.show_facts()
    qtbot.waitUntil(lambda: facts.table.model().rowCount() > 0, timeout=5000)
    facts.table.viewport().grab()
    for row in range(facts.table.model().rowCount()):
        show_tooltip(qtbot, facts.table, facts.table.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    for label in window.findChildren(QLabel):
        label.grab()

    assert not probe.opened.is_set(), "a widget loaded a resource named by imported text"


_PIECES = st.sampled_from(["<", ">", "&", "&amp;", "&lt;", "<b>", "</b>", "<img src=x>", "<qt>", "<!DOCTYPE html>",
                           "<br>", '"', "'", "=", "style=", "#", "*", "[x](y)", "`", "\\", "é", "’", "a", "b", " "])
_HOSTILE_TEXT = st.lists(_PIECES, min_size=1, max_size=12).map("".join).filter(lambda text: text.strip())


def rendered(html_text: str) -> str:
    document = InertDocument()
    document.setHtml(html_text)
    return " ".join(document.toPlainText().split())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quote=_HOSTILE_TEXT, tag=_HOSTILE_TEXT, colour=_HOSTILE_TEXT)
def test_a_highlight_row_shows_its_quote_and_tags_literally(qtbot, quote, tag, colour):
    body = f"start {quote} end"
    highlight = Highlight(id=1, article_id=1, anchor=Anchor.of_span(body, 6, 6 + len(quote)), tag_ids=(7,),
                          tags=(tag,))
    model = HighlightListModel()
    model.set_highlights([highlight], {7: colour})
    text = rendered(model.index(0).data(HTML_ROLE))
    assert " ".join(highlight.quote.split()) in text
    assert " ".join(tag.split()) in text


@settings(max_examples=60, deadline=None)
@given(text=_HOSTILE_TEXT)
def test_a_tooltip_shows_its_text_literally(text):
    assert rendered(plain_tooltip(text)) == " ".join(text.split())


@given(colour=_HOSTILE_TEXT)
def test_a_colour_written_into_a_style_is_a_colour(colour):
    assert safe_colour(colour) == "#bdbdbd" or (len(safe_colour(colour)) == 7 and safe_colour(colour)[0] == "#")
    assert safe_colour("#A1B2C3") == "#a1b2c3"

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.core.changes import Changes
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.tagging import TagService
from app.ui.commands.tag_commands import MergeTagsCommand

SENTENCE = "Les premières usines d’IA européennes vont voir le jour."


def open_article_with(window, library, text):
    row = next(r for r in range(window.article_model.rowCount())
               if text in ArticleService(library).article(window.article_model.article_id(r)).body)
    window.article_list.selectRow(row)
    return window.reader.article


def select(reader, text):
    start = reader.article.body.index(text)
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)
    reader.text.setFocus()


def test_select_press_1_undo_and_redo(qtbot, library, make_window):
    window = make_window(library)
    article = open_article_with(window, library, SENTENCE)
    select(window.reader, SENTENCE)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    notes = AnnotationService(library)
    [created] = notes.highlights()
    assert (created.article_id, created.quote, created.tags) == (article.id, SENTENCE, ("funding",))
    assert window.highlights_panel.model.rowCount() == 1
    assert [colour for _, _, colour in window.reader.painted_highlights] == ["#f2c94c"]

    qtbot.keyClick(window.reader.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes.highlights() == []
    assert window.reader.painted_highlights == []
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert notes.highlights() == [created]


def test_pressing_the_key_of_a_tag_the_highlight_has_removes_it(qtbot, library, make_window):
    window = make_window(library)
    open_article_with(window, library, SENTENCE)
    select(window.reader, SENTENCE)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_2)
    [highlight] = AnnotationService(library).highlights()
    assert highlight.tags == ("funding", "sites")
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    assert AnnotationService(library).highlight(highlight.id).tags == ("sites",)
    assert window.undo_stack.undoText() == "Untag funding"


def test_editing_a_note_and_undoing_restores_the_old_note(qtbot, library, make_window):
    window = make_window(library)
    article = open_article_with(window, library, SENTENCE)
    notes = AnnotationService(library)
    start = article.body.index(SENTENCE)
    notes.add_highlight(article_id=article.id, start=start, end=start + len(SENTENCE), note="première note")
    window.events.changed.emit(Changes.of_highlights(article.id))
    panel = window.highlights_panel
    panel.list.setCurrentIndex(panel.model.index(0))
    assert panel.note.toPlainText() == "première note"
    panel.note.setPlainText("seconde note")
    qtbot.mouseClick(panel.save_note, Qt.MouseButton.LeftButton)
    assert notes.highlights()[0].note == "seconde note"
    window.undo_action.trigger()
    assert notes.highlights()[0].note == "première note"
    assert panel.note.toPlainText() == "première note"


def test_merging_two_tags_and_undoing_restores_both(qtbot, library, make_window):
    window = make_window(library)
    article = open_article_with(window, library, SENTENCE)
    notes, tags = AnnotationService(library), TagService(library)
    start = article.body.index(SENTENCE)
    highlight = notes.add_highlight(article_id=article.id, start=start, end=start + len(SENTENCE), tags=["funding"]).value
    funding, sites = tags.find("funding"), tags.find("sites")
    window.undo_stack.push(MergeTagsCommand(tags, window.events, funding, sites))
    assert [t.name for t in tags.tags()] == ["sites", "Commission"]
    assert notes.highlight(highlight.id).tags == ("sites",)
    assert [a.text() for a in window.tagging.tag_actions] == ["sites", "Commission"]
    window.undo_action.trigger()
    assert tags.tag(funding.id) == funding and tags.tag(sites.id) == sites
    assert notes.highlight(highlight.id).tags == ("funding",)
    assert [a.text() for a in window.tagging.tag_actions] == ["funding", "sites", "Commission"]


def test_deleting_from_the_panel_is_undoable(qtbot, library, make_window):
    window = make_window(library)
    open_article_with(window, library, SENTENCE)
    select(window.reader, SENTENCE)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_3)
    panel = window.highlights_panel
    panel.list.setCurrentIndex(panel.model.index(0))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert AnnotationService(library).highlights() == []
    window.undo_action.trigger()
    assert [h.tags for h in AnnotationService(library).highlights()] == [("Commission",)]


def test_choosing_a_tag_filters_articles_and_highlights(qtbot, library, make_window):
    window = make_window(library)
    article = open_article_with(window, library, SENTENCE)
    notes = AnnotationService(library)
    start = article.body.index(SENTENCE)
    notes.add_highlight(article_id=article.id, start=start, end=start + len(SENTENCE), tags=["sites"])
    notes.add_highlight(article_id=article.id, start=0, end=10, tags=["funding"])
    window.events.changed.emit(Changes.of_highlights(article.id))
    sites_row = window.tags_panel.model.row_of(TagService(library).find("sites").id)
    assert "(1 in 1 article)" in window.tags_panel.model.index(sites_row).data()
    window.tags_panel.list.setCurrentIndex(window.tags_panel.model.index(sites_row))
    assert window.article_model.rowCount() == 1
    assert window.reader.article.id == article.id
    assert [h.tags for h in window.highlights_panel.model._highlights] == [("sites",)]
    assert len(window.reader.painted_highlights) == 2  # the reader still shows every highlight
    window.tags_panel.choose(None)
    assert window.article_model.rowCount() == 5


def test_deleting_an_article_asks_and_undo_brings_it_back(qtbot, library, make_window, monkeypatch):
    from app.ui.dialogs.confirm_deletion import ConfirmDeletion

    window = make_window(library)
    article = open_article_with(window, library, SENTENCE)
    asked = []
    monkeypatch.setattr(ConfirmDeletion, "ask", classmethod(lambda cls, parent, title, n: asked.append(title) or True))
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_Delete)
    assert asked == [article.title]
    assert ArticleService(library).count() == 4 and window.article_model.rowCount() == 4
    assert window.undo_stack.undoText().startswith("Delete article")
    window.undo_action.trigger()
    assert ArticleService(library).count() == 5 and window.article_model.rowCount() == 5
    assert window.reader.article.id == article.id


def test_refusing_the_confirmation_deletes_nothing(qtbot, library, make_window, monkeypatch):
    from app.ui.dialogs.confirm_deletion import ConfirmDeletion

    window = make_window(library)
    open_article_with(window, library, SENTENCE)
    monkeypatch.setattr(ConfirmDeletion, "ask", classmethod(lambda cls, parent, title, n: False))
    window.delete_current_article()
    assert ArticleService(library).count() == 5 and window.undo_stack.count() == 0


def test_context_menu_and_tooltip(qtbot, library, make_window):
    from app.ui.widgets.reader import highlight_tooltip

    window = make_window(library)
    open_article_with(window, library, SENTENCE)
    select(window.reader, SENTENCE)
    menu = window.tagging.context_menu()
    [highlight_as] = [a.menu() for a in menu.actions() if a.text() == "Highlight as"]
    sites = next(a for a in highlight_as.actions() if a.text() == "sites")
    sites.trigger()
    [created] = AnnotationService(library).highlights()
    assert created.tags == ("sites",)
    AnnotationService(library).set_note(created.id, "Sept <usines>")
    window.events.changed.emit(Changes.of_highlights(created.article_id))
    start = window.reader.article.body.index(SENTENCE)
    covering = window.reader.highlights_at(start + 3)
    assert highlight_tooltip(covering) == "<b>sites</b><p>Sept &lt;usines&gt;</p>"  # the note as Markdown, escaped
    assert window.reader.highlights_at(start + len(SENTENCE)) == []
    window.reader.scroll_to(start + 3)
    assert "Delete highlight" in [a.text() for a in window.tagging.context_menu().actions()]

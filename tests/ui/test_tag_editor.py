"""The tag editor: a tree of tags nested by drag, keys in the order of the tags, edits in
place, the rules as a list with a count of the sentences they would propose; every
change undoable."""

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.suggesting import SuggestionService
from app.services.tagging import TagService
from app.ui.dialogs.tag_editor import Prompts
from app.ui.models.tag_tree_model import ARTICLES, DESCRIPTION, HIGHLIGHTS, KEY, NAME, TAG_MIME_TYPE
from app.ui.widgets.tag_rules_editor import KIND_ROLE


@pytest.fixture
def answers(monkeypatch):
    """What the prompts answer, in order; and the questions and warnings shown."""
    queue, asked = [], []
    monkeypatch.setattr(Prompts, "text", classmethod(lambda cls, *args, **kw: queue.pop(0)))
    monkeypatch.setattr(Prompts, "choice", classmethod(lambda cls, *args, **kw: queue.pop(0)))
    monkeypatch.setattr(Prompts, "colour", classmethod(lambda cls, *args, **kw: queue.pop(0)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or (
        QMessageBox.StandardButton.Yes if box.standardButtons() & QMessageBox.StandardButton.Yes
        else QMessageBox.StandardButton.Ok))  # a question is answered yes
    return queue, asked


def _tag_id(library, name):
    return TagService(library).find(name).id


def _drop(dialog, qtbot, tag_id, onto):
    """Drop the tag as the view does: the model's dropMimeData, then the queued request."""
    data = QMimeData()
    data.setData(TAG_MIME_TYPE, str(tag_id).encode())
    parent = dialog.model.index_of(onto) if onto is not None else QModelIndex()
    assert dialog.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, parent)
    dialog.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, parent)
    QApplication.processEvents()


def _activate(qtbot, dialog):
    dialog.activateWindow()  # keys and focus are the active window's
    qtbot.waitUntil(dialog.isActiveWindow)


def test_the_tree_shows_each_tag_with_its_swatch_key_counts_and_description(qtbot, qtmodeltester, library,
                                                                           make_window):
    notes = AnnotationService(library)
    article = ArticleService(library).summaries()[0].id
    notes.add_highlight(article_id=article, start=0, end=12, tags=["sites"])
    notes.add_highlight(article_id=article, start=20, end=30, tags=["sites"])
    TagService(library).change(_tag_id(library, "Commission"), parent_id=_tag_id(library, "sites"))
    window = make_window(library)
    dialog = window.manage_tags()
    model = dialog.model
    qtmodeltester.check(model)
    assert [model.index(r, NAME).data() for r in range(model.rowCount())] == ["funding", "sites"]
    sites = model.index_of(_tag_id(library, "sites"))
    assert [model.index(0, NAME, sites).data()] == ["Commission"]
    row = [model.index(sites.row(), column).data() for column in (NAME, KEY, HIGHLIGHTS, ARTICLES, DESCRIPTION)]
    assert row == ["sites", 2, 2, 1, "Places: countries, cities, factories, data centres."]
    assert model.index(sites.row(), NAME).data(Qt.ItemDataRole.DecorationRole).name() == "#6fcf97"
    assert dialog.tree.isExpanded(sites)
    # Elsewhere too: the tags panel shows Commission under sites.
    panel = window.tags_panel.model
    names = [panel.index(r).data() for r in range(panel.rowCount())]
    assert names.index(next(n for n in names if "Commission" in n)) == names.index(
        next(n for n in names if "sites" in n)) + 1
    assert next(n for n in names if "Commission" in n).startswith("3    ")  # key, then an indent


def test_dropping_a_tag_onto_another_nests_it_and_onto_the_top_brings_it_back(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.manage_tags()
    funding, sites = _tag_id(library, "funding"), _tag_id(library, "sites")
    _drop(dialog, qtbot, sites, onto=funding)
    assert TagService(library).tag(sites).parent_id == funding
    assert dialog.model.index_of(sites).parent() == dialog.model.index_of(funding)
    assert window.undo_stack.undoText() == "Nest sites under funding"
    _drop(dialog, qtbot, sites, onto=None)
    assert TagService(library).tag(sites).parent_id is None
    window.undo_action.trigger()
    assert TagService(library).tag(sites).parent_id == funding
    window.undo_action.trigger()
    assert TagService(library).tag(sites).parent_id is None
    assert not dialog.model.index_of(sites).parent().isValid()


def test_nesting_a_tag_under_its_own_sub_tag_is_refused_with_a_sentence(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.manage_tags()
    funding, sites = _tag_id(library, "funding"), _tag_id(library, "sites")
    _drop(dialog, qtbot, sites, onto=funding)
    _drop(dialog, qtbot, funding, onto=sites)
    assert dialog.status.text() == "'funding' cannot be nested under itself or its own sub-tags"
    assert TagService(library).tag(funding).parent_id is None
    assert window.undo_stack.count() == 1  # the first nesting only
    _drop(dialog, qtbot, funding, onto=funding)
    assert "cannot be nested under itself" in dialog.status.text()


def test_a_real_drag_in_the_view_reaches_the_model_even_onto_a_sub_tag(qtbot, library, make_window):
    # The view's own drop handling, fed a drop event as a drag would: it must not quietly
    # swallow a drop onto a sub-tag (the library says why it refuses).
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    window = make_window(library)
    dialog = window.manage_tags()
    funding, sites = _tag_id(library, "funding"), _tag_id(library, "sites")
    TagService(library).change(sites, parent_id=funding)
    dialog.refresh()
    data = dialog.model.mimeData([dialog.model.index_of(funding)])
    target = dialog.tree.visualRect(dialog.model.index_of(sites)).center()
    # A drag offers what the model's drag actions say; the view turns the drop into a copy,
    # which Qt's own view does not refuse onto a sub-tag, so the drag must offer it.
    offered = dialog.model.supportedDragActions()
    assert offered & Qt.DropAction.CopyAction
    for kind in (QDragEnterEvent, QDragMoveEvent):
        moving = kind(target, offered, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(dialog.tree.viewport(), moving)
        assert moving.isAccepted()
    QApplication.sendEvent(dialog.tree.viewport(), QDropEvent(
        QPointF(target), offered, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QApplication.processEvents()
    assert "cannot be nested" in dialog.status.text()


def test_moving_a_tag_up_and_down_swaps_its_key_with_its_neighbours(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.manage_tags()
    tags = TagService(library)
    dialog.choose("funding")
    dialog.buttons["down"].click()
    assert [(t.name, t.shortcut) for t in tags.tags()] == [("sites", 1), ("funding", 2), ("Commission", 3)]
    assert [dialog.model.index(r, NAME).data() for r in range(3)] == ["sites", "funding", "Commission"]
    assert dialog.current_tag().name == "funding"  # still chosen where it went
    assert [a.text() for a in window.tagging.tag_actions] == ["sites", "funding", "Commission"]
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2)  # a button's key clicks it a moment later
    assert [(t.name, t.shortcut) for t in tags.tags()][:3] == [("sites", 1), ("Commission", 2), ("funding", 3)]
    dialog.move_down()  # key 4 is free: funding takes it
    assert tags.find("funding").shortcut == 4
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [(t.name, t.shortcut) for t in tags.tags()] == [("funding", 1), ("sites", 2), ("Commission", 3)]
    dialog.choose("funding")
    dialog.move_up()
    assert dialog.status.text() == "funding has key 1 already: keys go from 1 to 9."
    assert window.undo_stack.index() == 0


def test_a_key_another_tag_holds_is_asked_for_in_the_key_column_and_refusing_changes_nothing(
        qtbot, library, make_window, monkeypatch):
    asked, answer = [], [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or answer[0])
    window = make_window(library)
    dialog = window.manage_tags()
    tags = TagService(library)
    index = dialog.model.index_of(_tag_id(library, "funding"), KEY)
    dialog.model.setData(index, 2)
    QApplication.processEvents()
    assert asked == ["Key 2 belongs to sites. Give it to funding? sites will have funding's key instead (1)."]
    assert (tags.find("funding").shortcut, tags.find("sites").shortcut) == (1, 2)
    assert window.undo_stack.count() == 0
    answer[0] = QMessageBox.StandardButton.Yes
    dialog.model.setData(dialog.model.index_of(_tag_id(library, "funding"), KEY), 2)
    QApplication.processEvents()
    assert (tags.find("funding").shortcut, tags.find("sites").shortcut) == (2, 1)
    window.undo_stack.undo()
    assert (tags.find("funding").shortcut, tags.find("sites").shortcut) == (1, 2)
    dialog.model.setData(dialog.model.index_of(_tag_id(library, "Commission"), KEY), 0)
    QApplication.processEvents()
    assert tags.find("Commission").shortcut is None and window.undo_stack.undoText() == "No key for Commission"


def test_names_and_descriptions_are_edited_in_place_and_undone(qtbot, library, make_window, answers):
    _, asked = answers
    window = make_window(library)
    dialog = window.manage_tags()
    tags = TagService(library)
    _activate(qtbot, dialog)
    funding = _tag_id(library, "funding")
    for column, text in ((NAME, "financement"), (DESCRIPTION, "Where the money comes from")):
        index = dialog.model.index_of(funding, column)
        dialog.tree.setCurrentIndex(index)
        qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.undo_stack.count() == (1 if column == NAME else 2))
    funding = tags.tag(funding)
    assert funding.name == "financement" and funding.description == "Where the money comes from"
    assert dialog.model.index_of(funding.id, NAME).data() == "financement"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert tags.find("funding").description == "Money: budgets, funds, investments, subsidies."
    dialog.model.setData(dialog.model.index_of(_tag_id(library, "funding"), NAME), "SITES")
    QApplication.processEvents()
    assert dialog.status.text() == "a tag named 'sites' exists already: merge the two instead"
    assert window.undo_stack.index() == 0 and asked == []


def test_new_colour_nest_merge_and_delete_with_its_question(qtbot, library, make_window, answers):
    queue, asked = answers
    window = make_window(library)
    dialog = window.manage_tags()
    tags = TagService(library)
    queue.append("énergie")
    dialog.buttons["new"].click()
    assert dialog.current_tag().name == "énergie"
    queue.append("#123456")
    dialog.buttons["colour"].click()
    assert tags.find("énergie").colour == "#123456"
    queue.append("funding")
    dialog.buttons["nest"].click()
    assert tags.find("énergie").parent_id == tags.find("funding").id
    article = ArticleService(library).summaries()[0].id
    highlight = AnnotationService(library).add_highlight(article_id=article, start=0, end=12, tags=["énergie"]).value
    dialog.choose("énergie")
    queue.append("sites")
    dialog.buttons["merge"].click()
    assert AnnotationService(library).highlight(highlight.id).tags == ("sites",)
    window.undo_action.trigger()
    assert AnnotationService(library).highlight(highlight.id).tags == ("énergie",)
    dialog.choose("énergie")
    dialog.buttons["delete"].click()
    assert asked == ["Delete the tag énergie? Its highlight keeps its other tags.\n\nEdit ▸ Undo brings it back."]
    assert [t.name for t in tags.tags()] == ["funding", "sites", "Commission"]
    window.undo_action.trigger()
    assert AnnotationService(library).highlight(highlight.id).tags == ("énergie",)
    assert tags.find("énergie").colour == "#123456"


def _rows(editor):
    table = editor.table
    return [(table.item(r, 0).data(KIND_ROLE), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_the_rules_are_a_list_of_rows_edited_added_removed_and_saved_undoably(qtbot, library, make_window,
                                                                             answers):
    window = make_window(library)
    dialog = window.manage_tags()
    tags = TagService(library)
    dialog.choose("sites")
    editor = dialog.rules
    _activate(qtbot, dialog)
    before = tags.find("sites").rules
    assert editor.title.text() == "Suggestion rules of sites"
    assert _rows(editor)[0] == ("keywords", "usine d’IA") and ("site_words", "hébergé") in _rows(editor)
    assert editor.places.isChecked() and not editor.money.isChecked()
    assert not editor.save_button.isEnabled()
    editor.table.selectRow(0)
    editor.remove_button.click()
    editor.add_button.click()
    qtbot.keyClicks(QApplication.focusWidget(), "campus")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(editor)[-1] == ("keywords", "campus"))  # the cell is written a moment later
    kind = editor.table.item(editor.table.rowCount() - 1, 0)
    kind.setData(KIND_ROLE, "patterns")
    editor.money.setChecked(True)
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    rules = tags.find("sites").rules
    assert "usine d’IA" not in rules["keywords"] and rules["patterns"] == ["campus"]
    assert rules["money"] is True and rules["places"] is True and rules["site_words"] == before["site_words"]
    assert window.undo_stack.undoText() == "Rules of sites" and not editor.save_button.isEnabled()
    window.undo_action.trigger()
    assert tags.find("sites").rules == before
    assert _rows(editor)[0] == ("keywords", "usine d’IA")  # the list follows the undo


def test_an_expression_that_is_not_one_is_marked_and_cannot_be_saved(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.manage_tags()
    dialog.choose("Commission")
    editor = dialog.rules
    editor.add_row("patterns", "(unclosed")
    assert editor.problem.text().startswith("'(unclosed' is not a valid expression")
    assert not editor.save_button.isEnabled()
    assert editor.table.item(editor.table.rowCount() - 1, 1).foreground().color().name() == "#c0392b"
    dialog.choose("funding")  # leaving the tag: nothing saved, and it says so
    assert dialog.status.text().startswith("The rules edited were not saved: '(unclosed'")
    assert "patterns" not in TagService(library).find("Commission").rules


def test_rules_edited_then_left_are_saved_and_undone_as_one(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.manage_tags()
    dialog.choose("Commission")
    dialog.rules.add_row("keywords", "DG CNECT")
    dialog.choose("funding")
    assert TagService(library).find("Commission").rules["keywords"][-1] == "DG CNECT"
    window.undo_action.trigger()
    assert "DG CNECT" not in TagService(library).find("Commission").rules["keywords"]


def _remove_rows(editor, which):
    """Choose the rows whose text is `which` and press Remove Rule."""
    from PySide6.QtCore import QItemSelectionModel

    table = editor.table
    table.clearSelection()
    for row in range(table.rowCount()):
        if which(table.item(row, 1).text()):
            table.selectionModel().select(table.model().index(row, 1), QItemSelectionModel.SelectionFlag.Select
                                          | QItemSelectionModel.SelectionFlag.Rows)
    editor.remove_button.click()


def test_the_live_count_is_the_number_of_sentences_the_edited_rules_would_propose(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.manage_tags()
    suggesting = SuggestionService(library)
    dialog.choose("sites")
    sites = TagService(library).find("sites")
    expected = suggesting.proposal_count(sites.rules, tag_id=sites.id)
    qtbot.waitUntil(lambda: not dialog.counter.running, timeout=30000)
    assert dialog.counter.last == expected > 0
    assert dialog.rules.count.text() == f"{expected} sentences of the library would be proposed"
    editor = dialog.rules
    editor.places.setChecked(False)
    _remove_rows(editor, lambda text: text not in ("gigafactory", "gigafactories"))
    assert dialog.counter.running
    narrower = suggesting.proposal_count({"keywords": ["gigafactory", "gigafactories"]}, tag_id=sites.id)
    qtbot.waitUntil(lambda: not dialog.counter.running, timeout=30000)
    assert dialog.counter.last == narrower and 0 < narrower < expected
    assert TagService(library).find("sites").rules == sites.rules  # counting saves nothing
    _remove_rows(editor, lambda text: True)
    assert dialog.counter.last == 0 and editor.count.text() == "These rules propose no sentence."


def test_rules_being_edited_stay_unsaved_when_the_tree_follows_another_change(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.manage_tags()
    dialog.choose("Commission")
    dialog.rules.add_row("keywords", "DG CNECT")
    TagService(library).change(_tag_id(library, "funding"), colour="#123456")
    dialog.refresh()  # as after a change made elsewhere
    assert dialog.rules.is_edited() and ("keywords", "DG CNECT") in _rows(dialog.rules)
    assert "DG CNECT" not in TagService(library).find("Commission").rules["keywords"]
    assert window.undo_stack.count() == 0

"""Two members' saves of one note in the window over a team library: the window says
whose text its save replaced, and whose save replaced its own; its undo does not take
back a text saved by another member since, and brings back one's private note with a
deleted highlight."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QApplication

from app.core.changes import Changes
from app.services.annotating import AnnotationService
from app.services.library import open_library
from app.ui.dialogs.task_error import TaskErrorBox
from tests.team_members import team_of_three

_numbers = itertools.count(1)


@pytest.fixture
def team(postgres_server, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    database = postgres_server.create_database(f"window_notes_{next(_numbers)}")
    yield from team_of_three(postgres_server, database, tmp_path / "cache")


@pytest.fixture
def alice(team):
    library = open_library(team.uri("alice"))
    yield library
    library.close()


def _noted_highlight(window, library):
    article_id = window.reader.article.id
    highlight = AnnotationService(library).add_highlight(article_id=article_id, start=0, end=20,
                                                         note="first").value
    window.events.changed.emit(Changes.of_highlights(article_id))
    window.highlights_panel.choose(highlight.id)
    return highlight


def _type(qtbot, window, text):
    editor = window.highlights_panel.note
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def test_undoing_an_edit_another_member_saved_over_is_refused_in_a_sentence(qtbot, team, alice, make_window):
    window = make_window(alice)
    highlight = _noted_highlight(window, alice)
    _type(qtbot, window, ", alice")
    window.highlights_panel.commit_note()
    assert AnnotationService(alice).note(highlight.id).note == "first, alice"
    bob = team.carnet("bob", "note", str(highlight.id), "bob's reading")
    assert bob.returncode == 0, bob.stderr

    window.undo_stack.undo()

    (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, TaskErrorBox) and w.isVisible()]
    qtbot.addWidget(box)
    assert "bob has changed this note since your edit: undo would replace their text" in box.text()
    assert AnnotationService(alice).note(highlight.id).note == "bob's reading"
    assert window.undo_stack.undoText() != "Edit note"
    box.close()


def test_a_save_over_a_members_save_made_meanwhile_names_them_and_undo_brings_theirs_back(
        qtbot, team, alice, make_window):
    window = make_window(alice)
    highlight = _noted_highlight(window, alice)
    _type(qtbot, window, ", alice")  # typed after "first"
    assert team.carnet("bob", "note", str(highlight.id), "bob's reading").returncode == 0
    window.pick_up_outside_changes()
    assert window.highlights_panel.note.toPlainText() == "first, alice"  # what is being typed stays
    window.highlights_panel.commit_note()

    assert AnnotationService(alice).note(highlight.id).note == "first, alice"
    assert window.statusBar().currentMessage() == (
        "conflict: your version replaced bob's, saved meanwhile; theirs is kept in the note's history: "
        "Undo brings theirs back")
    window.undo_stack.undo()
    assert AnnotationService(alice).note(highlight.id).note == "bob's reading"
    window.undo_stack.redo()
    assert AnnotationService(alice).note(highlight.id).note == "first, alice"


def test_a_save_another_member_replaced_from_an_earlier_text_is_told_once_when_their_change_comes_in(
        qtbot, team, alice, make_window):
    window = make_window(alice)
    highlight = _noted_highlight(window, alice)
    _type(qtbot, window, ", alice")
    window.highlights_panel.commit_note()
    bob = team.carnet("bob", "note", str(highlight.id), "bob's reading", "--based-on", "0")  # he started from "first"
    assert bob.returncode == 0 and "conflict: your version replaced alice's" in bob.stdout, bob.stdout + bob.stderr

    window.pick_up_outside_changes()

    assert window.statusBar().currentMessage() == ("conflict: bob's version replaced yours; yours is kept in the "
                                                   "note's history")
    assert window.highlights_panel.note.toPlainText() == "bob's reading"
    window.statusBar().clearMessage()
    assert team.carnet("bob", "note", str(highlight.id), "bob's second reading").returncode == 0
    window.pick_up_outside_changes()
    assert window.statusBar().currentMessage() == ""  # told once


def test_deleting_a_highlight_and_undoing_brings_back_ones_private_note_on_it(qtbot, library, make_window):
    from app.ui.commands.highlight_commands import DeleteHighlightCommand

    window = make_window(library)
    notes = AnnotationService(library)
    highlight = notes.add_highlight(article_id=window.reader.article.id, start=0, end=20).value
    notes.set_private_note(highlight.id, "mine alone")
    window.undo_stack.push(DeleteHighlightCommand(notes, window.events, highlight))
    assert notes.highlights() == []
    window.undo_stack.undo()
    assert notes.private_note(highlight.id).note == "mine alone"


def test_a_private_note_edit_is_undone_and_redone(qtbot, library, make_window):
    from app.ui.commands.highlight_commands import EditPrivateNoteCommand

    window = make_window(library)
    notes = AnnotationService(library)
    highlight = notes.add_highlight(article_id=window.reader.article.id, start=0, end=20).value
    with qtbot.waitSignal(window.events.changed):
        window.undo_stack.push(EditPrivateNoteCommand(notes, window.events, highlight, "an aside"))
    window.undo_stack.push(EditPrivateNoteCommand(notes, window.events, highlight, "a second aside"))
    assert notes.private_note(highlight.id).note == "a second aside"
    assert window.undo_stack.undoText() == "Edit private note"
    window.undo_stack.undo()
    assert notes.private_note(highlight.id).note == "an aside"
    window.undo_stack.undo()
    assert notes.private_note(highlight.id) is None
    window.undo_stack.redo()
    assert notes.private_note(highlight.id).note == "an aside"

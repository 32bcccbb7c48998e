"""A note being typed is never lost: it is saved when the editor lets go of its
highlight, after a pause in typing, and often enough that a crash loses at most the
last two seconds; one stretch of typing is one undoable edit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time


from app.core.changes import Changes
from app.services.annotating import AnnotationService
from app.services.library import open_library


def two_highlights(library, article_id):
    notes = AnnotationService(library)
    body = library.database().execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    first = notes.add_highlight(article_id=article_id, start=0, end=20, note="first note").value
    second = notes.add_highlight(article_id=article_id, start=30, end=60).value
    assert len(body) > 60
    return first, second


def shown_window(make_window, library):
    window = make_window(library)
    article_id = window.reader.article.id
    first, second = two_highlights(library, article_id)
    window.events.changed.emit(Changes.of_highlights(article_id))
    return window, first, second


def stored_note(library, highlight_id):
    return AnnotationService(library).highlight(highlight_id).note


def type_in_note(qtbot, window, text):
    window.highlights_panel.note.setFocus()
    window.highlights_panel.note.moveCursor(window.highlights_panel.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.highlights_panel.note, text)


def test_choosing_another_highlight_saves_the_note_being_typed(qtbot, library, make_window):
    window, first, second = shown_window(make_window, library)
    window.highlights_panel.choose(first.id)
    type_in_note(qtbot, window, " and more")
    window.highlights_panel.choose(second.id)
    assert stored_note(library, first.id) == "first note and more"
    assert window.highlights_panel.note.toPlainText() == ""


def test_closing_the_window_saves_the_note_being_typed(qtbot, library, make_window):
    window, first, _ = shown_window(make_window, library)
    window.highlights_panel.choose(first.id)
    type_in_note(qtbot, window, "!")
    window.close()
    assert stored_note(library, first.id) == "first note!"


def test_showing_another_article_saves_the_note_being_typed(qtbot, library, make_window):
    window, first, _ = shown_window(make_window, library)
    window.highlights_panel.choose(first.id)
    type_in_note(qtbot, window, " (to check)")
    other_row = next(row for row in range(window.article_model.rowCount())
                     if window.article_model.article_id(row) != first.article_id)
    window.article_list.selectRow(other_row)
    qtbot.waitUntil(lambda: window.reader.article.id != first.article_id)
    assert stored_note(library, first.id) == "first note (to check)"


def test_hiding_the_panel_saves_the_note_being_typed(qtbot, library, make_window):
    window, first, _ = shown_window(make_window, library)
    window.highlights_panel.choose(first.id)
    type_in_note(qtbot, window, "?")
    window.highlights_panel.hide()
    assert stored_note(library, first.id) == "first note?"


def test_a_pause_in_typing_saves_and_a_stretch_of_typing_is_one_undoable_edit(qtbot, library, make_window):
    window, first, _ = shown_window(make_window, library)
    panel = window.highlights_panel
    panel.choose(first.id)
    depth = window.undo_stack.count()
    type_in_note(qtbot, window, " one")
    qtbot.waitUntil(lambda: stored_note(library, first.id) == "first note one", timeout=3000)
    type_in_note(qtbot, window, " two")
    qtbot.waitUntil(lambda: stored_note(library, first.id) == "first note one two", timeout=3000)
    assert panel.note.toPlainText() == "first note one two"
    assert panel.note.textCursor().position() == len("first note one two")  # saving left the cursor alone
    assert window.undo_stack.count() == depth + 1
    assert window.undo_stack.undoText() == "Edit note"
    window.undo_stack.undo()
    assert stored_note(library, first.id) == "first note"
    assert panel.note.toPlainText() == "first note"
    window.undo_stack.redo()
    assert panel.note.toPlainText() == "first note one two"


def test_typing_that_never_pauses_is_still_saved_every_second_or_two(qtbot, library, make_window):
    window, first, _ = shown_window(make_window, library)
    panel = window.highlights_panel
    panel.choose(first.id)
    started = time.monotonic()
    saved_while_typing = False
    while time.monotonic() - started < 3.0:
        type_in_note(qtbot, window, "x")
        qtbot.wait(40)
        saved_while_typing = saved_while_typing or stored_note(library, first.id) != "first note"
    assert saved_while_typing


CRASHING_EDITOR = textwrap.dedent("""
    import os, signal, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from app.services.library import open_library
    from app.services.carnet import Carnet
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner

    app = QApplication([])
    library = open_library(sys.argv[1])
    window = MainWindow(carnet=Carnet(library), runner=TaskRunner(), settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.show()
    window.highlights_panel.choose(int(sys.argv[3]))
    window.highlights_panel.note.setFocus()
    started = time.monotonic()
    typed = []

    def type_one():
        elapsed = time.monotonic() - started
        if elapsed > 4.0:
            os.kill(os.getpid(), signal.SIGKILL)
        QTest.keyClicks(window.highlights_panel.note, "a")
        typed.append("a")
        print(f"{elapsed:.3f} {len(typed)}", flush=True)

    QTimer(window, interval=30, timeout=type_one).start()
    app.exec()
""")


def test_a_crash_loses_at_most_the_last_two_seconds_of_typing(tmp_path, library):
    article_id = library.database().execute("SELECT min(id) FROM articles").fetchone()[0]
    highlight = AnnotationService(library).add_highlight(article_id=article_id, start=0, end=20).value
    library.close()
    run = subprocess.run([sys.executable, "-c", CRASHING_EDITOR, str(library.folder), str(tmp_path / "s.ini"),
                          str(highlight.id)], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=os.getcwd())
    assert run.returncode == -9, run.stderr
    typed = [(float(t), int(n)) for t, n in (line.split() for line in run.stdout.split("\n") if line)]
    crash_time = typed[-1][0]
    typed_two_seconds_before = max(n for t, n in typed if t <= crash_time - 2.0)
    reopened = open_library(library.folder)
    saved = AnnotationService(reopened).highlight(highlight.id).note
    assert set(saved) <= {"a"}
    assert len(saved) >= typed_two_seconds_before


def test_saving_over_a_note_changed_elsewhere_says_so_and_undo_brings_that_note_back(qtbot, library, make_window):
    from app.store.library import Library

    window, first, _ = shown_window(make_window, library)
    panel = window.highlights_panel
    panel.choose(first.id)
    type_in_note(qtbot, window, " mine")
    other = Library(library.folder)
    AnnotationService(other).set_note(first.id, "written by another program")
    window.pick_up_outside_changes()
    assert panel.note.toPlainText() == "first note mine"  # what is being typed stays
    panel.commit_note()
    assert stored_note(library, first.id) == "first note mine"
    assert "another program" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert stored_note(library, first.id) == "written by another program"
    other.close()

"""A change the library cannot store (here a full disk) is told in a box, leaves nothing
to undo, and changes nothing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.annotating import AnnotationService
from app.ui.commands.highlight_commands import AddHighlightCommand, EditNoteCommand
from app.ui.dialogs.task_error import TaskErrorBox


def _no_room_left(library):
    db = library.database()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    used = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {used}")
    return used


def _error_boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, TaskErrorBox) and w.isVisible()]


def test_a_change_the_disk_cannot_hold_is_told_and_leaves_nothing_to_undo(qtbot, library, make_window):
    window = make_window(library)
    notes = AnnotationService(library)
    start, end = notes.find_quote(2, "Sept usines d’IA européennes", occurrence=1)
    window.undo_stack.push(AddHighlightCommand(notes, window.events, article_id=2, start=start, end=end))
    highlight = notes.highlights()[0]
    _no_room_left(library)

    window.undo_stack.push(EditNoteCommand(notes, window.events, highlight, "x" * 20000))

    (box,) = _error_boxes()
    qtbot.addWidget(box)
    assert box.text().startswith("The change could not be saved.")
    assert "the disk holding the library is full" in box.text()
    assert notes.highlight(highlight.id).note == ""
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Highlight"
    box.close()

    library.database().execute("PRAGMA max_page_count = 1073741823")
    window.undo_stack.undo()  # the highlight that was stored can still be undone
    assert notes.highlights() == []



def test_a_suggestion_accepted_on_a_full_disk_stays_to_answer(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.suggest()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    dialog.list.setFocus()
    _no_room_left(library)
    for _ in range(40):  # the first acceptances may fit in the room the library's pages have left
        first = dialog.model.suggestion(dialog.list.currentIndex().row())
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
        if _error_boxes():
            break
    (box,) = _error_boxes()
    qtbot.addWidget(box)
    assert dialog.model.suggestion(dialog.list.currentIndex().row()) == first  # still there to answer
    assert window.undo_stack.count() == len(AnnotationService(library).highlights())

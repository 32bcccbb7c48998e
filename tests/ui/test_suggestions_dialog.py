from PySide6.QtCore import Qt

from app.services.annotating import AnnotationService
from app.services.suggesting import SuggestionService


def test_accept_two_with_enter_reject_one_with_backspace_and_undo(qtbot, library, make_window):
    window = make_window(library)
    window.article_list.selectRow(1)  # « L’UE crée enfin des usines d’IA »
    dialog = window.suggest()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    model = dialog.model
    first = model.suggestion(0)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    # the first sentence's other suggestions went with it: the next row is another sentence
    assert model.suggestion(0).start != first.start
    accepted_second = model.suggestion(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    rejected = model.suggestion(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Backspace)
    notes = AnnotationService(library)
    stored = sorted((h.quote, h.tags) for h in notes.highlights())
    assert stored == sorted([(first.text, (first.tag_name,)), (accepted_second.text, (accepted_second.tag_name,))])
    remaining = SuggestionService(library).suggestions(article_id=rejected.article_id)
    assert not any((s.start, s.tag_id) == (rejected.start, rejected.tag_id) for s in remaining)

    window.undo_action.trigger()  # takes back the rejection
    assert any((s.start, s.tag_id) == (rejected.start, rejected.tag_id)
               for s in SuggestionService(library).suggestions(article_id=rejected.article_id))
    window.undo_action.trigger()  # removes the last accepted highlight
    assert [h.quote for h in notes.highlights()] == [first.text]


def test_a_tag_key_accepts_with_that_tag(qtbot, library, make_window):
    window = make_window(library)
    window.article_list.selectRow(4)
    dialog = window.suggest()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    suggestion = dialog.model.suggestion(0)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_3)
    [highlight] = AnnotationService(library).highlights()
    assert (highlight.quote, highlight.tags) == (suggestion.text, ("Commission",))
    assert "left" in dialog.count.text()

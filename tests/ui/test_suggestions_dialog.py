from PySide6.QtCore import Qt

from app.services.annotating import AnnotationService
from app.services.suggesting import SuggestionService
from app.ui.models.suggestion_list_model import HTML_ROLE, ArticleRow


def _review(qtbot, window, *, whole_library: bool = False, kept: bool = True):
    dialog = window.suggest(whole_library=whole_library)
    if kept:
        qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20_000)
    dialog.list.setFocus()
    return dialog


def _current(dialog):
    return dialog.model.sentence(dialog.current_row())


def test_one_row_per_sentence_with_all_its_tags_under_its_article(qtbot, library, make_window):
    window = make_window(library)
    window.article_list.selectRow(1)
    dialog = _review(qtbot, window)
    rows = [dialog.model.row_of(r) for r in range(dialog.model.rowCount())]
    assert isinstance(rows[0], ArticleRow) and rows[0].title == window.reader.article.title
    starts = [row.suggestion.start for row in rows[1:]]
    assert len(starts) == len(set(starts))  # never the same sentence twice
    both = next(row for row in rows[1:] if len(row.suggestion.tags) == 2)
    assert set(both.suggestion.tag_names) == {"sites", "Commission"}
    assert "Commission" in dialog.model.index(rows.index(both)).data(HTML_ROLE)


def test_whole_library_rows_are_grouped_under_each_article_title(qtbot, library, make_window):
    dialog = _review(qtbot, make_window(library), whole_library=True)
    headers = [dialog.model.row_of(r) for r in range(dialog.model.rowCount())
               if dialog.model.sentence(r) is None]
    assert [h.article_id for h in headers] == [1, 2, 3, 4, 5]
    assert all(h.title for h in headers)
    assert "in 5 articles" in dialog.count.text()


def test_keys_choose_the_tags_and_enter_accepts_the_row_as_one_highlight(qtbot, library, make_window):
    window = make_window(library)
    window.article_list.selectRow(1)
    dialog = _review(qtbot, window)
    while set(_current(dialog).suggestion.tag_names) != {"sites", "Commission"}:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    row = _current(dialog)
    qtbot.keyClick(dialog.list, Qt.Key.Key_3)  # drops Commission
    qtbot.keyClick(dialog.list, Qt.Key.Key_1)  # adds funding
    assert "<s>&nbsp;3&nbsp;Commission" in dialog.model.index(dialog.current_row()).data(HTML_ROLE)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    [highlight] = AnnotationService(library).highlights()
    assert (highlight.quote, set(highlight.tags)) == (row.suggestion.text, {"sites", "funding"})
    assert dialog.model.find(row.suggestion) is None  # answered: gone from the list


def test_shift_arrows_trim_the_passage_word_by_word_before_accepting(qtbot, library, make_window):
    window = make_window(library)
    window.article_list.selectRow(4)
    dialog = _review(qtbot, window)
    sentence = _current(dialog).suggestion
    words = sentence.text.split()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier
                   | Qt.KeyboardModifier.ControlModifier)  # the start, one word on
    qtbot.keyClick(dialog.list, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # the end, one word back
    qtbot.keyClick(dialog.list, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # and on again
    kept = " ".join(words[1:-1])
    assert dialog.list.currentIndex().data() == kept
    shown = dialog.list.currentIndex().data(HTML_ROLE)
    assert '<span style="color:gray">' in shown and "<u>" in shown  # the words left out are shown greyed
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    [highlight] = AnnotationService(library).highlights()
    assert highlight.quote == kept and highlight.start > sentence.start and highlight.end < sentence.end


def test_ctrl_z_in_the_dialog_undoes_and_brings_the_row_back_then_ctrl_shift_z_redoes(qtbot, library,
                                                                                        make_window):
    window = make_window(library)
    window.article_list.selectRow(1)
    dialog = _review(qtbot, window)
    notes = AnnotationService(library)
    accepted = _current(dialog).suggestion
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    rejected = _current(dialog).suggestion
    qtbot.keyClick(dialog.list, Qt.Key.Key_Backspace)
    assert dialog.model.find(rejected) is None
    remaining = SuggestionService(library).suggestions(article_id=rejected.article_id)
    assert not any(s.start == rejected.start for s in remaining)

    qtbot.keyClick(dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # takes back the rejection
    assert dialog.model.find(rejected) is not None and _current(dialog).suggestion == rejected
    assert any(s.start == rejected.start for s in SuggestionService(library).suggestions(article_id=2))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # and the highlight
    assert notes.highlights() == [] and dialog.model.find(accepted) is not None
    qtbot.keyClick(dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # redo: highlighted again, gone from the list
    assert [h.quote for h in notes.highlights()] == [accepted.text] and dialog.model.find(accepted) is None
    assert "Accept suggestion" in window.undo_stack.undoText()


def test_undo_after_the_dialog_closed_still_works_in_the_window(qtbot, library, make_window):
    window = make_window(library)
    window.article_list.selectRow(1)
    dialog = _review(qtbot, window, kept=False)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    dialog.close()
    dialog.deleteLater()
    qtbot.wait(10)
    window.undo_action.trigger()
    assert AnnotationService(library).highlights() == []


def test_enter_with_no_tag_chosen_accepts_nothing_and_says_why(qtbot, library, make_window):
    window = make_window(library)
    window.article_list.selectRow(4)
    dialog = _review(qtbot, window)
    for key in {tag.tag_name: tag for tag in _current(dialog).suggestion.tags}:
        qtbot.keyClick(dialog.list, {"funding": Qt.Key.Key_1, "sites": Qt.Key.Key_2,
                                     "Commission": Qt.Key.Key_3}[key])
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert AnnotationService(library).highlights() == []
    assert "Choose a tag" in dialog.count.text()


def test_the_list_model_passes_qt_s_checks_and_brings_an_article_back_with_its_sentence(qtmodeltester):
    from app.core.tags import Tag
    from app.services.suggesting import Suggestion
    from app.ui.models.suggestion_list_model import SuggestionListModel

    tag = Tag(name="sites", colour="#6fcf97", id=2, shortcut=2)
    one = Suggestion(1, "<b>Un</b>", 0, 9, "À Lyon.", (2,), ("sites",), (("Lyon",),))
    two = Suggestion(2, "Deux", 5, 20, "Site à Grenoble.", (2,), ("sites",), (("Grenoble",),))
    model = SuggestionListModel([tag])
    model.set_suggestions([one, two])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4 and "&lt;b&gt;Un&lt;/b&gt;" in model.index(0).data(HTML_ROLE)  # titles are text
    answered = model.remove(one)
    assert model.rowCount() == 2 and model.article_count() == 1  # its article's row went with it
    assert model.put_back(answered) == 1
    rows = [model.row_of(r) for r in range(4)]
    assert [type(row).__name__ for row in rows] == ["ArticleRow", "SentenceRow", "ArticleRow", "SentenceRow"]
    assert rows[1].suggestion == one and model.sentence_count() == 2

"""A highlight's note keeps the texts it replaced; a save started from a text that another
save replaced meanwhile still wins and says so; private notes are their author's alone."""

import pytest

from app.core.digest import DigestScope
from app.services.annotating import AnnotationService, HighlightNotFound
from app.services.articles import ArticleService
from app.services.exporting import ExportService
from app.services.searching import SearchService


@pytest.fixture
def notes(library):
    return AnnotationService(library)


@pytest.fixture
def highlight(notes, library):
    article = ArticleService(library).summaries()[4]
    start, end = notes.find_quote(article.id, "8 milliards d’euros")
    return notes.add_highlight(article_id=article.id, start=start, end=end, note="first").value


def test_each_save_is_a_version_and_the_texts_replaced_stay_in_the_history(notes, highlight):
    assert notes.note(highlight.id).version == 0
    saved = notes.set_note(highlight.id, "second")
    assert (saved.version, saved.conflict, saved.replaced.note) == (1, None, "first")
    assert saved.value.note == "second" and saved.changes
    notes.set_note(highlight.id, "third", based_on=1)
    assert [(kept.version, kept.note, kept.unseen) for kept in notes.note_history(highlight.id)] == [
        (0, "first", False), (1, "second", False)]
    assert notes.note(highlight.id).note == "third"
    unchanged = notes.set_note(highlight.id, "third")
    assert unchanged.version == 2 and not unchanged.changes and len(notes.note_history(highlight.id)) == 2


def test_a_save_started_from_a_replaced_text_wins_and_has_the_other_text_at_hand(notes, highlight):
    notes.set_note(highlight.id, "the other window's text")  # saved meanwhile, from "first"
    outcome = notes.set_note(highlight.id, "mine", based_on="first")
    assert outcome.value.note == "mine"
    conflict = outcome.conflict
    assert conflict.mine_won and conflict.theirs.note == "the other window's text"
    assert conflict.mine.note == "mine" and conflict.mine.version == outcome.version == 2
    assert str(conflict.message()) == ("conflict: your version replaced another program's, saved meanwhile; "
                                       "theirs is kept in the note's history")
    assert [kept.note for kept in notes.note_history(highlight.id) if kept.unseen] == ["the other window's text"]
    # From the side of the save that lost: its version 1 was replaced unseen.
    lost = notes.overwritten(highlight.id, 1)
    assert not lost.mine_won and lost.theirs.note == "mine" and lost.mine.note == "the other window's text"
    assert "version replaced yours" in str(lost.message())
    assert notes.overwritten(highlight.id, 0) is None
    # A version number works as well as the text started from.
    assert notes.set_note(highlight.id, "again", based_on=2).conflict is None
    assert notes.set_note(highlight.id, "late", based_on=2).conflict.theirs.note == "again"


def test_restoring_a_note_puts_back_the_text_and_counts_a_version(notes, highlight):
    saved = notes.set_note(highlight.id, "edited")
    undone = notes.restore_note(highlight.id, "first", replacing_version=saved.version)
    assert undone.value.note == "first" and undone.version == saved.version + 1
    with pytest.raises(HighlightNotFound):
        notes.set_note(10**9, "x")


def test_a_private_note_is_set_read_and_cleared_by_its_author(notes, highlight):
    assert notes.private_note(highlight.id) is None
    outcome = notes.set_private_note(highlight.id, "only for me")
    assert outcome.value.note == "only for me" and outcome.changes
    notes.set_private_note(highlight.id, "still mine")
    assert notes.private_note(highlight.id).note == "still mine"
    assert notes.private_notes([highlight.id, 10**9]) == {highlight.id: notes.private_note(highlight.id)}
    assert notes.highlight(highlight.id).note == "first"  # the shared note is another
    cleared = notes.clear_private_note(highlight.id)
    assert cleared.value.note == "still mine" and notes.private_note(highlight.id) is None
    assert not notes.clear_private_note(highlight.id).changes
    notes.set_private_note(highlight.id, "back")
    assert notes.set_private_note(highlight.id, "  ").value.note == "back"  # blank: cleared
    assert notes.private_note(highlight.id) is None
    with pytest.raises(HighlightNotFound):
        notes.set_private_note(10**9, "x")


def test_private_notes_are_neither_searched_nor_exported_and_go_with_their_highlight(notes, highlight, library):
    notes.set_private_note(highlight.id, "zygomorphe confidentiel")
    assert SearchService(library).search("zygomorphe").hits == ()
    digest = ExportService(library).render(DigestScope(), format="md", group_by="article",
                                           now="2026-01-01T00:00:00Z")
    assert "8 milliards" in digest and "zygomorphe" not in digest
    notes.delete_highlight(highlight.id)
    assert notes.private_notes([highlight.id]) == {}

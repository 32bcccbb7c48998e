import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.tagging import TagService
from app.ui.dialogs.tag_manager import Prompts


@pytest.fixture
def answers(monkeypatch):
    """What the prompts answer, in order; and the warnings shown."""
    queue, warnings = [], []
    monkeypatch.setattr(Prompts, "text", classmethod(lambda cls, *args, **kw: queue.pop(0)))
    monkeypatch.setattr(Prompts, "choice", classmethod(lambda cls, *args, **kw: queue.pop(0)))
    monkeypatch.setattr(Prompts, "colour", classmethod(lambda cls, *args, **kw: queue.pop(0)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or (
        QMessageBox.StandardButton.Yes if box.standardButtons() & QMessageBox.StandardButton.Yes
        else QMessageBox.StandardButton.Ok))  # a question is answered yes
    return queue, warnings


def test_rename_recolour_key_and_undo_through_the_manager(qtbot, library, make_window, answers):
    queue, warnings = answers
    window = make_window(library)
    dialog = window.manage_tags()
    tags = TagService(library)
    dialog.choose("funding")
    queue += ["financement", "#123456", "5"]
    dialog.rename()
    dialog.recolour()
    dialog.set_key()
    funding = tags.tag(tags.find("financement").id)
    assert (funding.colour, funding.shortcut) == ("#123456", 5)
    assert [a.text() for a in window.tagging.tag_actions][:1] == ["sites"]
    for _ in range(3):
        window.undo_action.trigger()
    assert tags.find("funding").colour == "#f2c94c" and tags.find("funding").shortcut == 1
    assert warnings == []


def test_a_refused_change_warns_and_leaves_nothing_to_undo(qtbot, library, make_window, answers):
    queue, warnings = answers
    window = make_window(library)
    dialog = window.manage_tags()
    dialog.choose("funding")
    queue.append("SITES")
    dialog.rename()
    assert warnings == ["a tag named 'sites' exists already: merge the two instead"]
    assert window.undo_stack.count() == 0


def test_new_tag_nest_merge_and_delete_through_the_manager(qtbot, library, make_window, answers):
    queue, _ = answers
    window = make_window(library)
    dialog = window.manage_tags()
    tags = TagService(library)
    queue.append("énergie")
    dialog.new_tag()
    dialog.choose("énergie")
    queue.append("funding")
    dialog.set_parent()
    assert tags.find("énergie").parent_id == tags.find("funding").id
    article = ArticleService(library).summaries()[0].id
    highlight = AnnotationService(library).add_highlight(article_id=article, start=0, end=12, tags=["énergie"]).value
    dialog.choose("énergie")
    queue.append("sites")
    dialog.merge()
    assert AnnotationService(library).highlight(highlight.id).tags == ("sites",)
    window.undo_action.trigger()
    assert AnnotationService(library).highlight(highlight.id).tags == ("énergie",)
    dialog.choose("énergie")
    dialog.delete()
    assert [t.name for t in tags.tags()] == ["funding", "sites", "Commission"]
    window.undo_action.trigger()
    assert AnnotationService(library).highlight(highlight.id).tags == ("énergie",)


def test_rules_are_edited_and_undone(qtbot, library, make_window, answers):
    queue, warnings = answers
    window = make_window(library)
    dialog = window.manage_tags()
    tags = TagService(library)
    dialog.choose("sites")
    before = tags.find("sites").rules
    queue += ["usine, data centre", r"\bcampus\b ;; site[s]? d’accueil"]
    dialog.edit_rules()
    rules = tags.find("sites").rules
    assert rules["keywords"] == ["usine", "data centre"]
    assert rules["patterns"] == [r"\bcampus\b", "site[s]? d’accueil"]
    assert rules["places"] is True  # kept
    window.undo_action.trigger()
    assert tags.find("sites").rules == before
    queue += ["x", "(unclosed"]
    dialog.edit_rules()
    assert warnings and "not a valid expression" in warnings[0]


def test_a_key_another_tag_holds_is_asked_for_and_refusing_changes_nothing(qtbot, library, make_window,
                                                                          monkeypatch):
    asked, answer = [], [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(Prompts, "choice", classmethod(lambda cls, *args, **kw: "2"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or answer[0])
    window = make_window(library)
    dialog = window.manage_tags()
    tags = TagService(library)
    dialog.choose("funding")
    dialog.set_key()
    assert asked == ["Key 2 belongs to sites. Give it to funding? sites will have funding's key instead (1)."]
    assert (tags.find("funding").shortcut, tags.find("sites").shortcut) == (1, 2)
    assert window.undo_stack.count() == 0
    answer[0] = QMessageBox.StandardButton.Yes
    dialog.set_key()
    assert (tags.find("funding").shortcut, tags.find("sites").shortcut) == (2, 1)
    window.undo_stack.undo()
    assert (tags.find("funding").shortcut, tags.find("sites").shortcut) == (1, 2)


def test_deleting_a_tag_that_has_highlights_asks_first_saying_undo_brings_it_back(qtbot, library, make_window,
                                                                                monkeypatch):
    asked, answer = [], [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or answer[0])
    article_id = ArticleService(library).summaries()[0].id
    AnnotationService(library).add_highlight(article_id=article_id, start=0, end=12, tags=["sites"])
    window = make_window(library)
    dialog = window.manage_tags()
    dialog.choose("sites")
    dialog.delete()
    assert asked == ["Delete the tag sites? Its highlight keeps its other tags.\n\nEdit ▸ Undo brings it back."]
    assert TagService(library).find("sites")
    answer[0] = QMessageBox.StandardButton.Yes
    dialog.delete()
    assert "sites" not in [t.name for t in TagService(library).tags()]
    dialog.choose("Commission")
    dialog.delete()  # no highlight: nothing to ask
    assert len(asked) == 2 and "Commission" not in [t.name for t in TagService(library).tags()]


def test_adding_a_tag_whose_name_exists_says_so_without_talking_of_a_merge(library):
    from app.services.tagging import TagError

    with pytest.raises(TagError) as refused:
        TagService(library).create("SITES")
    assert str(refused.value) == "a tag named 'sites' exists already"

"""An undo command says what it changed once, in the value its service returned."""

from PySide6.QtGui import QUndoStack

from app.core.changes import Changes
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.tagging import TagService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.highlight_commands import AddHighlightCommand
from app.ui.commands.tag_commands import CreateTagCommand


def recorded(events: AnnotationEvents) -> list:
    seen = []
    events.changed.connect(seen.append)
    return seen


def test_each_redo_and_undo_emits_its_changes_once(qapp, library):
    events, stack = AnnotationEvents(), QUndoStack()
    seen = recorded(events)
    article_id = ArticleService(library).summaries()[0].id
    stack.push(AddHighlightCommand(AnnotationService(library), events, article_id=article_id, start=0, end=12))
    stack.undo()
    stack.redo()
    assert seen == [Changes.of_highlights(article_id)] * 3


def test_a_refused_command_emits_nothing(qapp, library):
    events, stack = AnnotationEvents(), QUndoStack()
    seen = recorded(events)
    command = CreateTagCommand(TagService(library), events, "funding")  # the name is taken
    stack.push(command)
    assert seen == [] and command.error is not None and stack.count() == 0
    stack.push(CreateTagCommand(TagService(library), events, "énergie"))
    assert seen == [Changes(tags=True)]

"""Undoable edits of stories: splitting a copy off, joining two stories."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.changes import Changes
from app.services.stories import StoryEdit, StoryService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.saved import SavedCommand

translate = QCoreApplication.translate


class _StoryCommand(SavedCommand):
    def __init__(self, stories: StoryService, events: AnnotationEvents, text: str) -> None:
        super().__init__(events, text)
        self._stories = stories
        self._edit: StoryEdit | None = None

    def revert(self) -> Changes:
        return self._stories.undo(self._edit).changes


class SplitStoryCommand(_StoryCommand):
    """Take an article out of its story; undo puts the story back as it was."""

    def __init__(self, stories: StoryService, events: AnnotationEvents, article_id: int) -> None:
        super().__init__(stories, events, translate("Commands", "Split article {id} off its story").format(
            id=article_id))
        self._article_id = article_id

    def apply(self) -> Changes:
        outcome = self._stories.split(self._article_id)
        self._edit = outcome.value
        return outcome.changes


class JoinStoriesCommand(_StoryCommand):
    """Make the stories of two articles one; undo parts them again."""

    def __init__(self, stories: StoryService, events: AnnotationEvents, article_id: int, other_id: int) -> None:
        super().__init__(stories, events, translate("Commands", "Join the stories of articles {first} and {second}")
                         .format(first=article_id, second=other_id))
        self._article_id, self._other_id = article_id, other_id

    def apply(self) -> Changes:
        outcome = self._stories.join(self._article_id, self._other_id)
        self._edit = outcome.value
        return outcome.changes

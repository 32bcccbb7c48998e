"""Stories in the window: the story bar over the article read, splitting and joining
as undoable commands, and the other copies' highlights shown in the one read."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from app.core.errors import ToldError
from app.services.stories import SharedHighlight, StoryService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.story_commands import JoinStoriesCommand, SplitStoryCommand
from app.ui.widgets.reader import ArticleReader
from app.ui.widgets.story_bar import StoryBar


class StoryController(QObject):
    def __init__(self, *, stories: StoryService, stack: QUndoStack, events: AnnotationEvents, bar: StoryBar,
                 reader: ArticleReader, show_article: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stories, self._stack, self._events = stories, stack, events
        self.bar, self._reader, self._show_article = bar, reader, show_article
        self.shared: list[SharedHighlight] = []
        bar.copy_chosen.connect(show_article)
        bar.split_requested.connect(self.split_shown)
        bar.join_requested.connect(self.join_shown)
        bar.shared_toggled.connect(lambda _checked: self._mark_shared())

    @property
    def _shown(self) -> int | None:
        return self._reader.article.id if self._reader.article is not None else None

    def article_shown(self, article_id: int) -> None:
        """Fill the bar for the article now in the reader."""
        try:
            story = self._stories.story(article_id)
            similar = self._stories.similar_stories(article_id)
            self.shared = self._stories.shared_highlights(article_id)
        except ToldError:  # deleted meanwhile by another program
            self.bar.hide()
            return
        members = [(article.id, article.source) for article in story.articles]
        self.bar.set_story(article_id, members if len(members) > 1 else [],
                           [(lead.id, lead.title, score) for lead, score in similar])
        self.bar.describe_shared(self.shared)
        self._mark_shared()

    def _mark_shared(self) -> None:
        if self.bar.shared.isChecked() and self.bar.shared.isVisible():
            self._reader.mark_matches([(item.resolution.start, item.resolution.end) for item in self.shared
                                       if item.resolution.start is not None])

    def split_shown(self) -> None:
        if self._shown is not None:
            self._stack.push(SplitStoryCommand(self._stories, self._events, self._shown))

    def join_shown(self, other_id: int) -> None:
        if self._shown is not None:
            self._stack.push(JoinStoriesCommand(self._stories, self._events, self._shown, other_id))

    def join_menu(self):
        """The menu of stories the article read could be joined with (for Edit ▸ Join Story With…)."""
        return self.bar.join.menu()

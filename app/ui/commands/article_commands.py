"""Undoable edits of articles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.article_details import DetailEdit
from app.core.changes import Changes
from app.core.text import shortened
from app.services.articles import ArticleDeletion, ArticleService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.saved import SavedCommand

translate = QCoreApplication.translate


class DeleteArticleCommand(SavedCommand):
    """Delete an article with its highlights; undo puts both back with their ids."""

    def __init__(self, articles: ArticleService, events: AnnotationEvents, article_id: int, title: str) -> None:
        super().__init__(events, translate("Commands", "Delete article « {title} »").format(
            title=shortened(title, 30)))
        self._articles, self._article_id = articles, article_id
        self._deletion: ArticleDeletion | None = None

    def apply(self) -> Changes:
        outcome = self._articles.delete(self._article_id)
        self._deletion = outcome.value
        return outcome.changes

    def revert(self) -> Changes:
        return self._articles.restore(self._deletion).changes


class EditDetailsCommand(SavedCommand):
    """Correct an article's details; undo puts the old ones back."""

    def __init__(self, articles: ArticleService, events: AnnotationEvents, article_id: int,
                 details: dict[str, object]) -> None:
        super().__init__(events, translate("Commands", "Edit article details"))
        self._articles, self._article_id, self._details = articles, article_id, details
        self._edit: DetailEdit | None = None

    def apply(self) -> Changes:
        outcome = self._articles.edit(self._article_id, **self._details)
        self._edit = outcome.value
        return outcome.changes

    def revert(self) -> Changes:
        return self._articles.put_back(self._edit).changes

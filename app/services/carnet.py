"""The use cases over one open library, in one object: what the window and the command
line are given, so that nothing else builds services."""

from __future__ import annotations

from functools import cached_property

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.exporting import ExportService
from app.services.facts import FactsService
from app.services.feeds import FeedService
from app.services.people import PeopleService
from app.services.searching import SearchService
from app.services.stories import StoryService
from app.services.suggesting import SuggestionService
from app.services.tagging import TagService
from app.store.library import Library


class Carnet:
    """`Carnet(library).articles`, `.annotations`, `.tags`, `.search`, `.export`,
    `.facts`, `.suggestions`, `.stories`, `.feeds`, `.people`: each service made once, when first asked for."""

    def __init__(self, library: Library) -> None:
        self.library = library

    @cached_property
    def articles(self) -> ArticleService:
        return ArticleService(self.library)

    @cached_property
    def annotations(self) -> AnnotationService:
        return AnnotationService(self.library)

    @cached_property
    def tags(self) -> TagService:
        return TagService(self.library)

    @cached_property
    def search(self) -> SearchService:
        return SearchService(self.library)

    @cached_property
    def export(self) -> ExportService:
        return ExportService(self.library)

    @cached_property
    def facts(self) -> FactsService:
        return FactsService(self.library)

    @cached_property
    def suggestions(self) -> SuggestionService:
        return SuggestionService(self.library)

    @cached_property
    def stories(self) -> StoryService:
        return StoryService(self.library)

    @cached_property
    def feeds(self) -> FeedService:
        return FeedService(self.library)

    @cached_property
    def people(self) -> PeopleService:
        return PeopleService(self.library)

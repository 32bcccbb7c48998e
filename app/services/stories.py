"""Stories: copies of one dispatch in several outlets, recognised at import and shown
once; split and joined by the user; their highlights shown on every copy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.anchoring import Resolution, resolve
from app.core.article import ArticleSummary
from app.core.changes import Changes, Outcome
from app.core.errors import ToldError
from app.core.highlight import Highlight
from app.core.messages import Message
from app.services.articles import ArticleNotFound
from app.store import highlights as highlight_store
from app.store import stories as story_store
from app.store.articles import get_article
from app.store.database import write_transaction
from app.store.stories import summary as _summary

if TYPE_CHECKING:
    from app.store.library import Library


class StoryRefused(ToldError):
    """A split or join that cannot be done, said in a sentence."""

@dataclass(frozen=True)
class Story:
    """An article and the other copies of its story, the lead first."""

    lead: ArticleSummary
    copies: tuple[ArticleSummary, ...]

    @property
    def articles(self) -> tuple[ArticleSummary, ...]:
        return (self.lead, *self.copies)


@dataclass(frozen=True)
class StoryEdit:
    """A split or a join done: what the stories of the articles it moved were before
    (to undo it), and what it changed."""

    before: dict[int, int | None]
    changes: Changes


@dataclass(frozen=True)
class SharedHighlight:
    """A highlight made on another copy of the story, as found in this copy's text."""

    highlight: Highlight
    from_article: int
    from_source: str | None
    resolution: Resolution


class StoryService:
    """The stories of a library, for the command line and the window."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def story(self, article_id: int) -> Story:
        """The story of an article: its lead and the other copies."""
        db = self._library.database()
        lead = story_store.lead_of(db, article_id)
        if lead is None:
            raise ArticleNotFound(article_id)
        summaries = [_summary(db, member) for member in story_store.members(db, lead)]
        return Story(summaries[0], tuple(summaries[1:]))

    def grouped(self) -> list[Story]:
        """Every story that has more than one copy, in the order its lead was imported."""
        return [self.story(lead) for lead in story_store.stories_with_copies(self._library.database())]

    def outlets(self, lead_ids: Sequence[int]) -> dict[int, list[tuple[int, str | None]]]:
        """For each of these leads whose story has copies: (id, source) of every article
        of the story, the lead first."""
        return story_store.members_of_leads(self._library.database(), lead_ids)

    def lead_of(self, article_id: int) -> int | None:
        return story_store.lead_of(self._library.database(), article_id)

    def split(self, article_id: int) -> Outcome[StoryEdit]:
        """Take an article out of its story: it leads a story of its own. The first of the
        other copies leads what is left if it led the story."""
        db = self._library.database()
        with write_transaction(db):
            lead = story_store.lead_of(db, article_id)
            if lead is None:
                raise ArticleNotFound(article_id)
            members = story_store.members(db, lead)
            if len(members) < 2:
                raise StoryRefused(Message("article {id} is not grouped with any other", id=article_id))
            before = story_store.story_assignment(db, members)
            story_store.set_story(db, [article_id], None)
            if article_id == lead:
                rest = [member for member in members if member != article_id]
                story_store.set_story(db, rest[:1], None)
                story_store.set_story(db, rest[1:], rest[0])
        changes = Changes(articles=frozenset(members), show=article_id)
        return Outcome(StoryEdit(before, changes), changes)

    def join(self, first_id: int, second_id: int) -> Outcome[StoryEdit]:
        """Make the stories of two articles one, led by the earlier lead."""
        db = self._library.database()
        with write_transaction(db):
            leads = [story_store.lead_of(db, article_id) for article_id in (first_id, second_id)]
            for article_id, lead in zip((first_id, second_id), leads):
                if lead is None:
                    raise ArticleNotFound(article_id)
            if leads[0] == leads[1]:
                raise StoryRefused(Message("articles {first} and {second} are already one story",
                                           first=first_id, second=second_id))
            lead, other = min(leads), max(leads)
            moved = story_store.members(db, other)
            before = story_store.story_assignment(db, moved)
            story_store.set_story(db, moved, lead)
        changes = Changes(articles=frozenset([*moved, lead]), show=first_id)
        return Outcome(StoryEdit(before, changes), changes)

    def undo(self, edit: StoryEdit) -> Outcome[None]:
        """Put the stories back as they were before a split or a join."""
        db = self._library.database()
        with write_transaction(db):
            story_store.restore_assignment(db, edit.before)
        return Outcome(None, edit.changes)

    def similar_stories(self, article_id: int, *, limit: int = 10) -> list[tuple[ArticleSummary, float]]:
        """Other stories whose texts look most like this article's (leads with the
        estimated similarity, best first), below the grouping threshold too: what a join
        is most likely to want."""
        db = self._library.database()
        own = story_store.signature_of(db, article_id)
        lead = story_store.lead_of(db, article_id)
        if own is None or lead is None:
            return []
        best: dict[int, float] = {}
        for candidate, other in story_store.candidates(db, own, leaving_out=article_id):
            candidate_lead = story_store.lead_of(db, candidate)
            if candidate_lead is not None and candidate_lead != lead:
                best[candidate_lead] = max(best.get(candidate_lead, 0.0), own.similarity(other))
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [(_summary(db, found), score) for found, score in ranked]

    def shared_highlights(self, article_id: int) -> list[SharedHighlight]:
        """The highlights of the other copies of this article's story, each found in
        this article's text by its quote (as re-anchoring does), with where and how well."""
        db = self._library.database()
        article = get_article(db, article_id)
        if article is None:
            raise ArticleNotFound(article_id)
        lead = story_store.lead_of(db, article_id)
        shared = []
        for member in story_store.members(db, lead):
            if member == article_id:
                continue
            source = _summary(db, member).source
            for highlight in highlight_store.list_highlights(db, article_id=member):
                shared.append(SharedHighlight(highlight, member, source, resolve(article.body, highlight.anchor)))
        return sorted(shared, key=lambda s: (s.resolution.start is None, s.resolution.start or 0, s.highlight.id))

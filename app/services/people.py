"""Who works in a library: a team library's members (PostgreSQL roles with a name and a
colour), or a local library's one person, its owner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.highlight import Highlight
from app.core.people import OWNER, Person, author_of
from app.store.people import list_members
from app.store.team import is_team_library

if TYPE_CHECKING:
    from app.store.library import Library


class PeopleService:
    def __init__(self, library: Library) -> None:
        self._library = library

    @property
    def is_team(self) -> bool:
        return is_team_library(self._library)

    def members(self) -> list[Person]:
        """The library's members, by name (a local library: just its owner, "you")."""
        if not self.is_team:
            return [OWNER]
        return list_members(self._library.database())

    def me(self) -> Person:
        """The person the library is open as: the member of the role connected, or a
        local library's owner."""
        member = getattr(self._library, "member", None) if self.is_team else None
        if member is None:
            return OWNER
        return Person(role=member.role_name, name=member.name, colour=member.colour, access=member.access)

    def author(self, highlight: Highlight, people: list[Person] | None = None) -> Person:
        """The person who made `highlight` (one of `people`, by default the members)."""
        return author_of(self.members() if people is None else people, highlight.author)

    def is_mine(self, highlight: Highlight) -> bool:
        return highlight.author == self.me().role

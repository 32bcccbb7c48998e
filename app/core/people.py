"""The people of a library: who made each highlight, as the window and the digest name them."""

from __future__ import annotations

from dataclasses import dataclass

OWNER_COLOUR = "#2d9cdb"
UNKNOWN_COLOUR = "#9e9e9e"


@dataclass(frozen=True)
class Person:
    """A member of a library. `role` is the PostgreSQL role of a team library's member,
    None for the one person of a local library, its owner ("you"). `access` is reader,
    editor or admin."""

    role: str | None
    name: str
    colour: str
    access: str = "editor"

    @property
    def initials(self) -> str:
        return initials(self.name)


OWNER = Person(role=None, name="you", colour=OWNER_COLOUR, access="admin")
"""The one person of a local library."""


def initials(name: str) -> str:
    """Up to two letters for a name: the first of its first and last words ("Alice
    Martin" → "AM", "bob" → "B"); "?" for a name with no letter or digit."""
    words = ["".join(ch for ch in word if ch.isalnum()) for word in name.replace("_", " ").replace("-", " ").split()]
    words = [word for word in words if word]
    if not words:
        return "?"
    letters = words[0][0] if len(words) == 1 else words[0][0] + words[-1][0]
    return letters.upper()


def author_of(people: list[Person], role: str | None) -> Person:
    """The person who made a highlight signed `role`; a role that is no longer a member
    is shown by its name, in grey."""
    for person in people:
        if person.role == role:
            return person
    if role is None:
        return OWNER
    return Person(role=role, name=role, colour=UNKNOWN_COLOUR, access="reader")

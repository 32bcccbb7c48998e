"""Topic tags and the rule that makes their names unique."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def tag_key(name: str) -> str:
    """Return the form under which two tag names count as the same (case and Unicode form)."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


@dataclass(frozen=True)
class Tag:
    """A topic that highlights can carry; `shortcut` is the key 1–9 that applies it."""

    name: str
    colour: str
    id: int | None = None
    parent_id: int | None = None
    description: str = ""
    shortcut: int | None = None


DEFAULT_TAGS: tuple[Tag, ...] = (
    Tag(name="funding", colour="#f2c94c", shortcut=1,
        description="Money: budgets, funds, investments, subsidies."),
    Tag(name="sites", colour="#6fcf97", shortcut=2,
        description="Places: countries, cities, factories, data centres."),
    Tag(name="Commission", colour="#56ccf2", shortcut=3,
        description="The European Commission, its people and bodies."),
)
"""The tags every new library starts with."""

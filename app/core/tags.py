"""Topic tags and the rule that makes their names unique."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

PALETTE = ("#f2c94c", "#6fcf97", "#56ccf2", "#eb5757", "#bb6bd9", "#f2994a", "#2d9cdb", "#27ae60",
           "#9b51e0", "#e0a4b8", "#a0c4a9", "#c9a27e")
"""The colours new tags get, in order, while one is free."""

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def is_colour(value: object) -> bool:
    """Whether `value` is a colour as tags hold them: `#rrggbb` in hexadecimal."""
    return isinstance(value, str) and _COLOUR.fullmatch(value) is not None


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
    rules: dict = field(default_factory=dict, compare=False)
    """{"keywords": [words or phrases, matched with search analysis], "patterns": [regular
    expressions], "money": true to match sentences stating an amount, "places": true to match
    sentences naming a place, "site_words": [words one of which such a sentence must hold]}."""


DEFAULT_TAGS: tuple[Tag, ...] = (
    Tag(name="funding", colour="#f2c94c", shortcut=1,
        description="Money: budgets, funds, investments, subsidies.",
        rules={"money": True, "keywords": [
            "budget", "fonds", "investissement", "investir", "financement", "financer", "subvention",
            "capitaux", "capital", "fonds propres", "mobiliser", "milliard", "million", "InvestAI",
            "fund", "funding", "investment", "invest", "financing", "subsidy", "equity", "grant", "budgetary"]}),
    Tag(name="sites", colour="#6fcf97", shortcut=2,
        description="Places: countries, cities, factories, data centres.",
        rules={"places": True, "keywords": [
            "usine d’IA", "usines d’IA", "gigafactory", "gigafactories", "centre de données",
            "centres de données", "data centre", "data center", "supercalculateur", "superordinateur",
            "site d’hébergement", "hosting site", "supercomputer", "AI factory", "AI factories"],
        "site_words": [
            "site", "sites", "héberger", "hébergé", "hébergera", "usine", "centre", "implanté", "installé",
            "accueillir", "accueillera", "situé", "construire", "construit", "sélectionné", "retenu", "candidat",
            "supercalculateur", "gigafactory", "hosted", "host", "factory", "located", "built", "selected"]}),
    Tag(name="Commission", colour="#56ccf2", shortcut=3,
        description="The European Commission, its people and bodies.",
        rules={"keywords": [
            "Commission européenne", "la Commission", "European Commission", "von der Leyen", "Virkkunen",
            "vice-présidente exécutive", "Executive Vice-President", "EuroHPC", "entreprise commune",
            "Joint Undertaking", "exécutif de l’UE", "Bruxelles", "Brussels", "commissaire", "Commissioner"]}),
)
"""The tags every new library starts with."""

DEFAULT_DESCRIPTIONS = {
    "fr": {"funding": "Argent : budgets, fonds, investissements, subventions.",
           "sites": "Lieux : pays, villes, usines, centres de données.",
           "Commission": "La Commission européenne, ses membres et ses organes."},
}
"""The default tags' descriptions in a library made in another language than English
(their rules already hold words of both)."""


def library_language(locale_name: str | None) -> str:
    """The language a new library's default tags speak: French for a French locale or
    interface ("fr", "fr_BE.UTF-8"), else English."""
    return "fr" if (locale_name or "").lower()[:2] == "fr" else "en"


def nested(tags: list[Tag]) -> list[tuple[Tag, int]]:
    """The tags depth-first, each after its parent with its depth (0 at the top), keeping
    their order among siblings; a tag whose parent is not among them stands at the top,
    and so does one caught in a loop of parents (which the service never writes)."""
    ids = {tag.id for tag in tags}
    children: dict[int | None, list[Tag]] = {}
    for tag in tags:
        children.setdefault(tag.parent_id if tag.parent_id in ids else None, []).append(tag)
    ordered: list[tuple[Tag, int]] = []
    seen: set[int | None] = set()

    def visit(parent_id: int | None, depth: int) -> None:
        for tag in children.get(parent_id, []):
            if tag.id not in seen:
                seen.add(tag.id)
                ordered.append((tag, depth))
                visit(tag.id, depth + 1)

    visit(None, 0)
    for tag in tags:  # in a loop of parents: none of them is reached from the top
        if tag.id not in seen:
            seen.add(tag.id)
            ordered.append((tag, 0))
            visit(tag.id, 1)
    return ordered

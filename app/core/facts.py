"""Facts pulled from an article, each with the sentence it comes from: amounts of
money, places (canonical name and ISO code) and actors (known people, institutions and
companies, and capitalised names after a title such as "la présidente")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from app.core.gazetteer import ACTORS, PLACES, TITLES
from app.core.money import Amount, find_amounts
from app.core.sentences import Sentence, split_sentences

Kind = Literal["money", "place", "actor"]
KINDS: tuple[Kind, ...] = ("money", "place", "actor")


@dataclass(frozen=True)
class Fact:
    """`value` is canonical ("Finland", "European Commission", "20000000000 EUR"),
    `detail` what qualifies it (ISO code, actor kind, currency), `text` the words as
    written; `start`/`end` locate them in the article body. A money fact also gives its
    `amount` (the lower end of a range) as a number, its `currency` (ISO 4217, None when
    the text names none), `low` and `high` for a range; an amount given in parentheses
    as the equivalent of the one before it ("100 milliards de dollars (96 milliards
    d’euros)") is a fact of its own whose `converts` is that one's `start`."""

    kind: Kind
    value: str
    detail: str
    text: str
    start: int
    end: int
    sentence: str
    amount: float | None = None
    currency: str | None = None
    low: float | None = None
    high: float | None = None
    converts: int | None = None


@dataclass(frozen=True)
class Gazetteer:
    """Names to recognise beyond the built-in ones: (canonical, code or kind, names)."""

    places: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    actors: tuple[tuple[str, str, tuple[str, ...]], ...] = ()


def extract_facts(body: str, *, language: str = "fr", kinds: tuple[Kind, ...] = KINDS,
                  gazetteer: Gazetteer = Gazetteer()) -> list[Fact]:
    """The facts of an article body, in text order (`gazetteer` adds the user's names)."""
    places, actors = _places(gazetteer.places), _actors(gazetteer.actors)
    facts: list[Fact] = []
    for sentence in split_sentences(body):
        if "money" in kinds:
            facts += _money(sentence, language)
        if "place" in kinds:
            facts += _named(sentence, "place", places)
        if "actor" in kinds:
            facts += _named(sentence, "actor", actors) + _titled(sentence, actors)
    return sorted(_without_overlaps(facts), key=lambda f: (f.start, f.kind))


_OPENING = re.compile(r"\s*\(\s*(?:soit\s+|environ\s+|about\s+|≈\s*)?$")


def _money(sentence: Sentence, language: str) -> list[Fact]:
    facts = []
    for amount in find_amounts(sentence.text, language=language):
        start = sentence.start + amount.start
        if amount.converted is None:
            facts.append(_money_fact(amount, sentence, amount.text, start))
            continue
        converted = amount.converted
        # The amount's own words, without the equivalent in parentheses after them.
        own = _OPENING.sub("", sentence.text[amount.start:converted.start])
        facts.append(_money_fact(amount, sentence, own, start))
        facts.append(_money_fact(converted, sentence, converted.text, sentence.start + converted.start,
                                 converts=start))
    return facts


def _money_fact(amount: Amount, sentence: Sentence, text: str, start: int, *, converts: int | None = None) -> Fact:
    currency = amount.currency or "?"
    ranged = amount.high is not None
    value = f"{amount.low:.0f}–{amount.high:.0f} {currency}" if ranged else f"{amount.value:.0f} {currency}"
    return Fact("money", value, amount.currency or "currency not stated", text, start, start + len(text),
                sentence.text, amount=amount.low if ranged else amount.value, currency=amount.currency,
                low=amount.low if ranged else None, high=amount.high, converts=converts)


def _pattern(names: list[str]) -> re.Pattern:
    # A lookahead finds overlapping names too ("La Commission" and "Commission
    # européenne"); the longest is kept afterwards.
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?=({alternatives})(?![\w-]))")


@cache
def _places(extra: tuple = ()) -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    names = {name: (canonical, code) for canonical, code, forms in PLACES + extra for name in forms}
    return _pattern(list(names)), names


@cache
def _actors(extra: tuple = ()) -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    names = {name: (canonical, kind) for canonical, kind, forms in ACTORS + extra for name in forms}
    return _pattern(list(names)), names


def _named(sentence: Sentence, kind: Kind, table) -> list[Fact]:
    pattern, names = table
    return [Fact(kind, *names[m.group(1)], m.group(1), sentence.start + m.start(),
                 sentence.start + m.start() + len(m.group(1)), sentence.text) for m in pattern.finditer(sentence.text)]


_TITLED = re.compile(
    rf"(?:{'|'.join(re.escape(t) for t in TITLES)})(?:\s+[a-zéèà’'-]+){{0,4}}?[, ]+"
    r"(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+(?:von|van|der|de|Der|Von)?\s*[A-ZÀ-Þ][\w’'-]+){1,2})"
)


def _titled(sentence: Sentence, actors) -> list[Fact]:
    names = actors[1]
    facts = []
    for match in _TITLED.finditer(sentence.text):
        name = match.group("name")
        known = names.get(name)
        facts.append(Fact("actor", known[0] if known else name, known[1] if known else "person", name,
                          sentence.start + match.start("name"), sentence.start + match.end("name"), sentence.text))
    return facts


def _without_overlaps(facts: list[Fact]) -> list[Fact]:
    """Keep the longest fact where two of the same kind overlap ("Commission européenne"
    over "La Commission")."""
    kept: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (-(f.end - f.start), f.start)):
        if not any(k.kind == fact.kind and fact.start < k.end and k.start < fact.end for k in kept):
            kept.append(fact)
    return kept

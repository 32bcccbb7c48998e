"""Topic rules: which words in a sentence make it a candidate for a tag.

Keywords and phrases are matched with the same analysis as search, so a rule
"investissement" matches "investissements" and "investir"; regular expressions match
the text as written; `money` matches sentences stating an amount, `places` sentences
naming a country, region or city.

A place is a site (where something is built or hosted) or a venue (where something was
said): "au sommet de l’IA à Paris" names a venue and never counts; with `site_words`, a
place counts only in a sentence holding one of them ("site", "hébergé", "usine"…,
matched with search analysis like keywords).
"""

from __future__ import annotations

import functools
import re

from app.core.facts import extract_facts
from app.core.money import find_amounts
from app.search.analysis import index_language
from app.search.bulk_analysis import index_terms

_BROAD_PLACES = {"European Union", "Europe"}  # they say little about where
# "le sommet de l’action pour l’IA à Paris", "speaking at the summit in Paris": a venue.
_VENUE = re.compile(r"(?i:\b(?:sommets?|summits?|conférences?|conferences?|forums?|salons?|réunions?|meetings?"
                    r"|rencontres?|congrès|congress|discours|speech|annonc\w*|announc\w*|déclar\w*|said)\b)"
                    r"[^.;:!?«»]{0,80}?\b(?:à|in|at)\s+$")


def triggers(sentence: str, language: str, rules: dict) -> list[str]:
    """The words of `sentence` that set off these rules (empty: no match)."""
    analyser = index_language(language)
    terms = index_terms(sentence, analyser)
    found = []
    for keyword in rules.get("keywords", []):
        wanted = _keyword_terms(keyword, analyser)
        if wanted and _contains(terms, wanted):
            found.append(keyword)
    for pattern in rules.get("patterns", []):
        match = _regex(pattern).search(sentence)
        if match:
            found.append(match.group())
    if rules.get("money"):
        found += [amount.text for amount in find_amounts(sentence, language=language)]
    if rules.get("places"):
        found += _sites(sentence, terms, analyser, rules.get("site_words", []))
    return list(dict.fromkeys(found))


def _sites(sentence: str, terms: list[str], analyser: str, site_words: list[str]) -> list[str]:
    if site_words and not any((wanted := _keyword_terms(word, analyser)) and _contains(terms, wanted)
                              for word in site_words):
        return []
    return [fact.text for fact in extract_facts(sentence, kinds=("place",))
            if fact.value not in _BROAD_PLACES and not _VENUE.search(sentence[:fact.start])]


@functools.lru_cache(maxsize=2048)
def _keyword_terms(keyword: str, analyser: str) -> tuple[str, ...]:
    return tuple(index_terms(keyword, analyser))


@functools.lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _contains(terms: list[str], wanted: tuple[str, ...]) -> bool:
    if len(wanted) == 1:
        return wanted[0] in terms
    return any(tuple(terms[i:i + len(wanted)]) == wanted for i in range(len(terms) - len(wanted) + 1))

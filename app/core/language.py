"""Guessing an article's language from its most common short words."""

from __future__ import annotations

from collections import Counter

UNDETERMINED = "und"

_STOP_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les l de des du d un une et est sont en que qu qui dans pour pas sur au aux "
        "par avec ce cette ces ses son sa il elle ils elles nous vous ont été plus ou mais "
        "leur leurs se ne comme aussi être a".split()
    ),
    "en": frozenset(
        "the of and to in is are was were that for on with as by this it be from at an "
        "have has not or which their will would its they been but also more".split()
    ),
    "de": frozenset(
        "der die das und ist sind nicht mit den von zu ein eine auf für sich dem des im "
        "auch wird werden wie als bei nach oder aus".split()
    ),
    "es": frozenset(
        "el los las del que y en un una por con para es son se no su al lo como más "
        "pero sus este esta entre".split()
    ),
    "it": frozenset(
        "il lo gli di del della che e è un una per con non sono nel alla delle dei "
        "anche come più questo questa".split()
    ),
}

_MIN_HITS = 3


def detect_language(text: str, *, sample_chars: int = 1_500) -> str:
    """Return the ISO 639-1 code of the language `text` is most likely in, or "und".

    Counts how many words of the text are that language's stop words; elided forms
    (l', d', qu') split on the apostrophe, so they count as "l", "d", "qu".
    """
    # Splitting on spaces (and apostrophes, for l', d', qu') is several times faster
    # than a Unicode word pattern; a word glued to punctuation is simply not counted.
    sample = text[:sample_chars].lower().replace("’", " ").replace("'", " ")
    words = Counter(sample.split())
    scores = {
        language: sum(words[w] for w in stop_words if w in words)
        for language, stop_words in _STOP_WORDS.items()
    }
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, best_score), (_, runner_up) = ranked[0], ranked[1]
    if best_score < _MIN_HITS or best_score < runner_up * 1.2:
        return UNDETERMINED
    return best

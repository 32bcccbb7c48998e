import random

from app.core.anchoring import FUZZY_MAX_QUOTE_CHARS, Anchor, AnchorStatus, resolve


def _text(length, seed):
    rng = random.Random(seed)
    words = ["usine", "Commission", "européenne", "calcul", "milliards", "d’euros", "projet", "EuroHPC", "IA",
             "supercalculateur", "start-up", "développement", "Europe", "financement", "site", "données"]
    text = ""
    while len(text) < length:
        text += rng.choice(words) + " "
    return text[:length]


def _edited(quote_length):
    body = _text(20_000, 1)
    start = 5_000
    quote = body[start:start + quote_length]
    anchor = Anchor.of_span(body, start, start + quote_length)
    middle = start + quote_length // 2
    changed = body[:start - 7] + body[start:middle] + "XYZ" + body[middle + 3:]  # moved, and one word changed
    return changed, anchor, quote


def test_a_quote_within_the_bound_is_found_approximately():
    body, anchor, _ = _edited(FUZZY_MAX_QUOTE_CHARS)
    assert resolve(body, anchor).status is AnchorStatus.FUZZY


def test_a_longer_quote_is_found_only_whole():
    body, anchor, quote = _edited(FUZZY_MAX_QUOTE_CHARS + 1)
    assert resolve(body, anchor).status is AnchorStatus.ORPHAN
    moved = "avant " + body[:4_990] + quote + body[4_990:]
    assert resolve(moved, anchor).status in (AnchorStatus.MOVED, AnchorStatus.EXACT)


def test_of_many_occurrences_the_nearest_wins_and_context_breaks_a_tie():
    body = "x" * 40 + " avant QUOTE après " + "y" * 41 + " autre QUOTE suite " + "z" * 40
    first, second = body.index("QUOTE"), body.rindex("QUOTE")
    middle = (first + second) // 2
    anchor = Anchor(middle, middle + 5, "QUOTE", "autre ", " suite")  # as near each; the context is the second's
    assert (second - middle) == (middle - first)
    assert resolve(body, anchor).start == second
    assert resolve(body, Anchor(middle, middle + 5, "QUOTE", "avant ", " après")).start == first
    many = ("e " * 5_000) + "fin"
    assert resolve(many, Anchor(3_001, 3_002, "e")).start == 3_000  # the nearest of 5,000

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.core.anchoring import (
    FUZZY_MIN_SCORE,
    Anchor,
    AnchorStatus,
    resolve,
    trim_span,
)

BODY = ("La Commission européenne souhaite investir 2,1 milliards d’euros dans des supercalculateurs "
        "dans le cadre du projet EuroHPC. Ces supercalculateurs devraient être mis à disposition des "
        "start-up. La Commission souhaite accélérer le développement de l’IA générative en Europe.")
QUOTE = "2,1 milliards d’euros"


def anchor_of(body, quote, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(quote, start + 1)
    return Anchor.of_span(body, start, start + len(quote))


def test_unchanged_text_resolves_exactly():
    anchor = anchor_of(BODY, QUOTE)
    assert resolve(BODY, anchor).status is AnchorStatus.EXACT


def test_text_inserted_before_moves_the_anchor():
    result = resolve("Chapeau de l’article. " + BODY, anchor_of(BODY, QUOTE))
    assert result.status is AnchorStatus.MOVED
    assert ("Chapeau de l’article. " + BODY)[result.start:result.end] == QUOTE


def test_nearest_occurrence_wins():
    body = "Les supercalculateurs sont là. " + BODY
    anchor = anchor_of(BODY, "supercalculateurs", occurrence=1)  # "Ces supercalculateurs"
    result = resolve(body, anchor)
    assert result.status is AnchorStatus.MOVED
    # Shifted 31 characters right, "Ces …" is farther from the old position than "des …".
    assert body[result.start - 4:result.start] == "des "
    assert abs(result.start - anchor.start) < 31


def test_context_breaks_a_tie_between_equally_near_occurrences():
    old = "x" * 40 + "avant le QUOTE après le" + "y" * 40
    anchor = anchor_of(old, "QUOTE")  # starts at 49
    new = "z" * 30 + "hors ctx " + "QUOTE" + " ctx. " + "avant le " + "QUOTE" + " après le" + "y" * 20
    assert (new.index("QUOTE"), new.rindex("QUOTE")) == (39, 59)
    result = resolve(new, anchor)
    assert (result.status, result.start) == (AnchorStatus.MOVED, 59)


def test_a_small_change_inside_the_quote_is_fuzzy_with_a_score():
    body = BODY.replace("2,1 milliards d’euros", "2,2 milliards d’euros")
    result = resolve(body, anchor_of(BODY, QUOTE))
    assert result.status is AnchorStatus.FUZZY
    assert body[result.start:result.end] == "2,2 milliards d’euros"
    assert FUZZY_MIN_SCORE <= result.score < 1


def test_a_quote_that_is_gone_is_orphaned():
    result = resolve(BODY.replace(QUOTE, "un montant inconnu"), anchor_of(BODY, QUOTE))
    assert (result.status, result.start, result.end) == (AnchorStatus.ORPHAN, None, None)


def test_trim_span_drops_surrounding_white_space():
    assert trim_span("  a b  ", 0, 7) == (2, 5)
    assert trim_span("   ", 0, 3) == (3, 3)


TEXT = st.text(alphabet="abcdefg éè’ .\n", min_size=1, max_size=300)


@st.composite
def body_with_span(draw):
    body = draw(TEXT)
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, len(body)))
    start, end = trim_span(body, start, end)
    assume(start < end)
    return body, start, end


@st.composite
def edits(draw, body, protect=None):
    """Non-overlapping (position, deleted length, inserted text) edits of `body`,
    none touching `protect` (start, end) when given."""
    changes, taken = [], [protect] if protect else []
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(body)))
        length = min(draw(st.integers(0, 10)), len(body) - at)
        if any(not (at + length <= low or at >= high) for low, high in taken):
            continue
        taken.append((at, at + length + 1))
        changes.append((at, length, draw(st.text(alphabet="abcxyz é.\n", max_size=12))))
    return changes


def apply(body, changes):
    for at, length, text in sorted(changes, reverse=True):
        body = body[:at] + text + body[at + length:]
    return body


@settings(max_examples=400)
@given(st.data())
def test_edits_elsewhere_always_find_the_exact_quote(data):
    body, start, end = data.draw(body_with_span())
    anchor = Anchor.of_span(body, start, end)
    changed = apply(body, data.draw(edits(body, protect=(start, end))))
    result = resolve(changed, anchor)
    assert result.status in (AnchorStatus.EXACT, AnchorStatus.MOVED)
    assert changed[result.start:result.end] == anchor.exact


@settings(max_examples=400)
@given(st.data())
def test_any_edit_resolves_to_the_quote_or_says_it_did_not(data):
    body, start, end = data.draw(body_with_span())
    anchor = Anchor.of_span(body, start, end)
    changed = apply(body, data.draw(edits(body)))
    result = resolve(changed, anchor)
    if result.status in (AnchorStatus.EXACT, AnchorStatus.MOVED):
        assert changed[result.start:result.end] == anchor.exact
    elif result.status is AnchorStatus.FUZZY:
        assert result.score >= FUZZY_MIN_SCORE
        assert 0 <= result.start < result.end <= len(changed)
        assert changed[result.start:result.end] != anchor.exact or result.start != anchor.start
    else:
        assert result.start is None and result.end is None


TYPESET = "L’UE : « Sept usines d’IA » — 2024\u202f–\u00a02027, l’« exécutif »."


def test_typographic_variants_are_counted_alike_and_keep_offsets():
    from app.core.anchoring import quote_spans
    for typed, written in [("L'UE", "L’UE"), ("\"Sept usines d'IA\"", "« Sept usines d’IA »"),
                           ("d'IA\" - 2024 - 2027", "d’IA » — 2024\u202f–\u00a02027"),
                           ("l'\"exécutif\"", "l’« exécutif »"), ("Sept usines dʼIA", "Sept usines d’IA"),
                           ("2024 – 2027", "2024\u202f–\u00a02027"), ("« Sept", "« Sept")]:
        [(start, end)], typographic = quote_spans(TYPESET, typed)
        assert TYPESET[start:end] == written and typographic is (typed != written), typed
    assert quote_spans(TYPESET, "usines d’IA") == ([(14, 25)], False)
    assert quote_spans(TYPESET, "usines d IA") == ([], True)
    assert quote_spans("a'a'a'a", "a’a") == ([(0, 3), (2, 5), (4, 7)], True)


def test_an_anchor_whose_text_changed_only_in_typography_resolves_in_place_and_says_so():
    body = BODY.replace("d’euros", "d'euros")
    result = resolve(body, anchor_of(BODY, QUOTE))
    assert (result.status, result.typographic) == (AnchorStatus.EXACT, True)
    assert body[result.start:result.end] == "2,1 milliards d'euros"
    moved = "Avant. " + body
    result = resolve(moved, anchor_of(BODY, QUOTE))
    assert (result.status, result.typographic) == (AnchorStatus.MOVED, True)
    assert moved[result.start:result.end] == "2,1 milliards d'euros"
    assert resolve(BODY, anchor_of(BODY, QUOTE)).typographic is False

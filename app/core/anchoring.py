"""Anchors that survive edits: a W3C Web Annotation style position + quote selector.

A highlight remembers where it was (start, end in code points of the body, end
exclusive) and what it said (the exact text and up to `CONTEXT_CHARS` characters on
each side). When the body changes, `resolve` finds it again:

1. the old position, if it still holds the exact text → EXACT;
2. else the occurrence of the exact text nearest the old position (prefix and suffix
   break ties) → MOVED;
   and the same two steps again with apostrophes, quotation marks, dashes and spaces
   of any typographic kind counted alike (`quote_spans`): the result then says
   `typographic`, and its offsets are those of the text as written;
3. else the best approximate match: the quote with its context compared with
   `difflib`; accepted when that similarity is at least `FUZZY_MIN_SCORE` and the
   quote alone at least `FUZZY_MIN_QUOTE_SCORE` → FUZZY, with the score;
4. else ORPHAN: kept and listed, never pointed at other text.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections import Counter
from dataclasses import dataclass

CONTEXT_CHARS = 32
FUZZY_MIN_SCORE = 0.8
FUZZY_MIN_QUOTE_SCORE = 0.7
_SEED_CHARS = 8
_MAX_CANDIDATES = 8
FUZZY_MAX_QUOTE_CHARS = 1_000
"""Longer quotes are found only whole (exact or moved): aligning a quote with difflib
takes time that grows with the square of its length."""
_MAX_SEEDS = 64


class AnchorStatus(str, enum.Enum):
    EXACT = "exact"
    MOVED = "moved"
    FUZZY = "fuzzy"
    ORPHAN = "orphan"


@dataclass(frozen=True)
class Anchor:
    """Where a highlight is and what it quotes."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def of_span(cls, body: str, start: int, end: int) -> Anchor:
        """The anchor of `body[start:end]`, with its context."""
        return cls(start, end, body[start:end], body[max(0, start - CONTEXT_CHARS):start],
                   body[end:end + CONTEXT_CHARS])


@dataclass(frozen=True)
class Resolution:
    """Where an anchor lands in a body; `start`/`end` are None for an orphan.
    `typographic`: the quote was found only with its typographic variants counted alike."""

    status: AnchorStatus
    start: int | None
    end: int | None
    score: float
    typographic: bool = False


APOSTROPHES = "'’ʼ‘′"
QUOTATION_MARKS = '"«»“”„″'
DASHES = "-–—‐‑−"
SPACES = " \u00a0\u202f\u2009\u2007"
"""The typographic variants a quote is matched modulo: any of a group for any other (and
a space inside quotation marks, as French sets « them », for none)."""


def quote_spans(body: str, quote: str) -> tuple[list[tuple[int, int]], bool]:
    """Where `quote` occurs in `body` (start, end): as written if it does, else with its
    apostrophes, quotation marks, dashes and spaces of any kind (then the second value is
    True). The spans are those of `body`'s own text, whose length may differ from the
    quote's."""
    if not quote:
        return [], False
    starts = _occurrences(body, quote)
    if starts:
        return [(start, start + len(quote)) for start in starts], False
    return _variant_spans(body, quote), True


def _variant_spans(body: str, quote: str) -> list[tuple[int, int]]:
    pattern = _variant_pattern(quote)
    return [(match.start(), match.start() + len(match.group(1))) for match in pattern.finditer(body)]


def _variant_pattern(quote: str) -> re.Pattern:
    spaces, marks = f"[{SPACES}]", f"[{re.escape(QUOTATION_MARKS)}]"
    parts = []
    for index, char in enumerate(quote):
        if char in APOSTROPHES:
            parts.append(f"[{APOSTROPHES}]")
        elif char in QUOTATION_MARKS:
            space_before = index > 0 and quote[index - 1] not in SPACES
            space_after = index + 1 < len(quote) and quote[index + 1] not in SPACES
            parts.append((f"{spaces}?" if space_before else "") + marks + (f"{spaces}?" if space_after else ""))
        elif char in DASHES:
            parts.append(f"[{re.escape(DASHES)}]")
        elif char in SPACES:
            parts.append(spaces)
        else:
            parts.append(re.escape(char))
    return re.compile(f"(?=({''.join(parts)}))")


def trim_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at its ends (empty if it holds only that)."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def resolve(body: str, anchor: Anchor) -> Resolution:
    """Find `anchor` in `body` (see the module's description of the four outcomes)."""
    exact = anchor.exact
    if not exact:
        return Resolution(AnchorStatus.ORPHAN, None, None, 0.0)
    if body[anchor.start:anchor.end] == exact:
        return Resolution(AnchorStatus.EXACT, anchor.start, anchor.end, 1.0)
    occurrences = _occurrences(body, exact)
    if occurrences:
        best = _nearest(body, occurrences, anchor)
        return Resolution(AnchorStatus.MOVED, best, best + len(exact), 1.0)
    ends = dict(_variant_spans(body, exact))
    if ends:
        start = _nearest(body, list(ends), anchor)
        status = AnchorStatus.EXACT if start == anchor.start else AnchorStatus.MOVED
        return Resolution(status, start, ends[start], 1.0, typographic=True)
    return _fuzzy(body, anchor) or Resolution(AnchorStatus.ORPHAN, None, None, 0.0)


def _nearest(body: str, occurrences: list[int], anchor: Anchor) -> int:
    """The occurrence nearest the old start; of two as near, the one whose context
    matches better. Only those are scored: a short quote can occur thousands of times."""
    distance = min(abs(at - anchor.start) for at in occurrences)
    nearest = [at for at in occurrences if abs(at - anchor.start) == distance]
    return min(nearest, key=lambda at: -_context_score(body, at, anchor))


def _occurrences(body: str, text: str) -> list[int]:
    found, at = [], body.find(text)
    while at != -1:
        found.append(at)
        at = body.find(text, at + 1)
    return found


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _context_score(body: str, start: int, anchor: Anchor) -> float:
    end = start + len(anchor.exact)
    before = body[max(0, start - len(anchor.prefix)):start]
    after = body[end:end + len(anchor.suffix)]
    return (_similarity(anchor.prefix, before) + _similarity(anchor.suffix, after)) / 2


def _fuzzy(body: str, anchor: Anchor) -> Resolution | None:
    best: Resolution | None = None
    for candidate in _candidate_starts(body, anchor):
        span = _align(body, anchor.exact, candidate)
        if span is None:
            continue
        start, end = span
        quote_score = _similarity(anchor.exact, body[start:end])
        if quote_score < FUZZY_MIN_QUOTE_SCORE:
            continue
        with_context = anchor.prefix + anchor.exact + anchor.suffix
        around = body[max(0, start - len(anchor.prefix)):end + len(anchor.suffix)]
        score = round(_similarity(with_context, around), 3)
        if score >= FUZZY_MIN_SCORE and (best is None or score > best.score):
            best = Resolution(AnchorStatus.FUZZY, start, end, score)
    return best


def _candidate_starts(body: str, anchor: Anchor) -> list[int]:
    """Likely new starts of the quote: where pieces of it (with its context) still
    occur, each voting for the start it implies."""
    if len(anchor.exact) > FUZZY_MAX_QUOTE_CHARS:
        return []
    text = anchor.prefix + anchor.exact + anchor.suffix
    offset = len(anchor.prefix)
    seed = min(_SEED_CHARS, max(3, len(anchor.exact) // 2))
    votes: Counter[int] = Counter()
    for at in _seed_positions(len(text), seed):
        piece = text[at:at + seed]
        if piece.strip():
            for found in _occurrences(body, piece):
                votes[(found - at + offset) // 4 * 4] += 1
    return [start for start, _ in votes.most_common(_MAX_CANDIDATES)]


def _seed_positions(length: int, seed: int) -> list[int]:
    """Where the voting pieces start: every half piece, or `_MAX_SEEDS` of those spread
    evenly over a long quote, so that the body is searched a bounded number of times."""
    positions = range(0, max(1, length - seed + 1), max(1, seed // 2))
    if len(positions) <= _MAX_SEEDS:
        return list(positions)
    return [positions[n * len(positions) // _MAX_SEEDS] for n in range(_MAX_SEEDS)]


def _align(body: str, exact: str, start: int) -> tuple[int, int] | None:
    """The span of `body` near `start` that lines up best with `exact`."""
    slack = len(exact) // 4 + 8
    low = max(0, start - slack)
    window = body[low:start + len(exact) + slack]
    blocks = [b for b in difflib.SequenceMatcher(None, exact, window, autojunk=False).get_matching_blocks()
              if b.size]
    if not blocks:
        return None
    span = trim_span(body, low + blocks[0].b, low + blocks[-1].b + blocks[-1].size)
    return span if span[0] < span[1] else None

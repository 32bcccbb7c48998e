"""Snippets and match positions cut from the original text with Whoosh's highlighter.

Matches are found with the article's analysis (see `matched_spans`); Whoosh's context
fragmenter and fragment scorer then choose the extracts, looking only at the
stretches around matches. What is marked is the original wording,
accents and all.
"""

from __future__ import annotations

import functools
import operator
import re
from typing import Iterable

from whoosh.highlight import FIRST, BasicFragmentScorer, ContextFragmenter, top_fragments

from app.core.search import Snippet
from app.search.analysis import HYPHENS, fold_and_check, index_language
from app.search.bulk_analysis import WORD, positioned_terms, term_of

ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")


def matched_spans(text: str, language: str, terms: Iterable[str],
                  prefixes: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Every (start, end) code-point span of `text` whose word matches the query terms,
    in text order; a hyphenated word matched as a whole (by its joined form) is one span.

    Instead of analysing every word, the folded text is scanned for words that start
    like a query term, and only those are analysed; the result is the same.
    """
    terms, starts = frozenset(terms), tuple(prefixes)
    if not terms and not starts:
        return []

    def wanted(term: str) -> bool:
        return term in terms or bool(starts) and term.startswith(starts)

    folded, compatibility = fold_and_check(text)
    analyser_language = index_language(language)
    if len(folded) != len(text) or compatibility:
        # a fold or NFKC changes lengths (œ → oe, ﬁ → fi): positions would drift
        return _outermost([(start, end) for start, end, term in positioned_terms(text, analyser_language)
                           if wanted(term)])
    spans = []
    for match in _candidates(terms | frozenset(starts)).finditer(folded):
        if wanted(term_of(text[match.start():match.end()], analyser_language)):
            spans.append((match.start(), match.end()))
    if any(hyphen in folded for hyphen in HYPHENS):
        for match in _compounds(terms | frozenset(starts)).finditer(folded):
            joined = _HYPHEN.sub("", text[match.start():match.end()])
            if wanted(term_of(joined, analyser_language)):
                spans.append((match.start(), match.end()))
        spans = _outermost(spans)
    return spans


_HYPHEN = re.compile(f"[{HYPHENS}]")


@functools.lru_cache(maxsize=64)
def _compounds(beginnings: frozenset[str]) -> re.Pattern:
    """Hyphenated words that start with the first letter of a term (their joined form
    can only match a term it begins like)."""
    starts = "|".join(sorted({re.escape(b[:1]) for b in beginnings}))
    return re.compile(rf"\b(?:{starts})\w*(?:[{HYPHENS}]\w+)+")


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in text order, without those inside another (a part of a matched compound)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if kept and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


@functools.lru_cache(maxsize=64)
def _candidates(beginnings: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(b) for b in sorted(beginnings, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*")


def make_snippets(text: str, language: str, terms: Iterable[str], prefixes: Iterable[str] = (), *,
                  top: int = 3, max_chars: int = 220, surround: int = 60) -> list[Snippet]:
    """Up to `top` extracts of `text` around its best clusters of matched words, in text order."""
    spans = matched_spans(text, language, terms, prefixes)
    if not spans:
        return []
    matched = words_in_spans(text, spans)
    fragmenter = ContextFragmenter(maxchars=max_chars, surround=surround)
    fragments = []
    for low, high in _windows(text, sorted(matched), surround):
        window = (_Token(span, span in matched)
                  for span in map(_span, WORD.finditer(text, *_whole_words(text, low, high))))
        fragments.extend(fragmenter.fragment_tokens(text, window))
    best = top_fragments(fragments, top, BasicFragmentScorer(), FIRST)
    return [_snippet(text, fragment) for fragment in best]


_span = operator.methodcaller("span")


def words_in_spans(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans of the words (`WORD`) that make up these matched spans."""
    words = set()
    for start, end in spans:
        if end - start > 1 and _HYPHEN.search(text, start, end):
            words.update(map(_span, WORD.finditer(text, start, end)))
        else:
            words.add((start, end))
    return words


class _Token:
    """The little of a Whoosh token that the fragmenter reads, made cheaply."""

    __slots__ = ("startchar", "endchar", "matched", "boost", "text")

    def __init__(self, span: tuple[int, int], matched: bool) -> None:
        self.startchar, self.endchar = span
        self.matched, self.boost, self.text = matched, 1.0, ""

    def copy(self) -> _Token:
        return _Token((self.startchar, self.endchar), self.matched)


def _windows(text: str, spans: list[tuple[int, int]], surround: int) -> list[tuple[int, int]]:
    """The stretches of text the context fragmenter must read to cut the fragments it
    would cut reading every word, merged where they touch.

    Before a match, it keeps as context the words starting within `surround` characters
    of the end of the word before the match. After a match it counts down `surround`
    characters of words (spaces and punctuation do not count) and ends the fragment at
    the word where the count runs out; the count is twice `surround` when no context was
    kept, which can only happen at the start of the text or right after a fragment
    ended, inside a window already. Words farther away change no fragment."""
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        before = _end_of_word_before(text, start)
        low = start if before is None else before - surround
        joins = bool(windows) and low <= windows[-1][1]
        countdown = (2 if joins or before is None else 1) * surround - (end - start)
        high = _end_of_countdown(text, end, countdown)
        if joins:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def _end_of_word_before(text: str, position: int) -> int | None:
    reach = 64
    while True:
        last = None
        for last in WORD.finditer(text, max(position - reach, 0), position):
            pass
        if last is not None or reach >= position:
            return None if last is None else last.end()
        reach *= 4


def _end_of_countdown(text: str, position: int, countdown: int) -> int:
    """The end of the word where the count runs out: the fragmenter reads it to end the
    fragment, and so it is never context before the next match."""
    for word in WORD.finditer(text, position):
        position = word.end()
        if countdown <= 0:
            break
        countdown -= word.end() - word.start()
    return position


def _whole_words(text: str, low: int, high: int) -> tuple[int, int]:
    """Widen [low, high) so that it does not cut a word in two."""
    low, high = max(low, 0), min(high, len(text))
    while low > 0 and (text[low - 1].isalnum() or text[low - 1] == "_"):
        low -= 1
    while high < len(text) and (text[high].isalnum() or text[high] == "_"):
        high += 1
    return low, high


def _snippet(text: str, fragment) -> Snippet:
    """The fragment's text with runs of white space made one space, and its marks."""
    pieces, marks, position = [ELLIPSIS] if fragment.startchar > 0 else [], [], fragment.startchar
    length = len(pieces[0]) if pieces else 0
    for match in fragment.matches:
        between = _SPACES.sub(" ", text[position:match.startchar])
        word = text[match.startchar:match.endchar]
        pieces += [between, word]
        if marks and len(between) == 1 and between in HYPHENS and marks[-1][1] == length:
            marks[-1] = (marks[-1][0], length + len(between) + len(word))  # the parts of one word
        else:
            marks.append((length + len(between), length + len(between) + len(word)))
        length += len(between) + len(word)
        position = match.endchar
    pieces.append(_SPACES.sub(" ", text[position:fragment.endchar]))
    if fragment.endchar < len(text):
        pieces.append(ELLIPSIS)
    return Snippet(text="".join(pieces), marks=tuple(marks))

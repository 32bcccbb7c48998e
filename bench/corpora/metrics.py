"""Text agreement measures: bag-of-words F1, and the word 4-gram ("shingle") precision and
recall the Scrapinghub article-extraction benchmark scores with."""

from __future__ import annotations

import re
import statistics
from collections import Counter

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall((text or "").lower())


def bag_f1(true: str, predicted: str) -> float:
    """F1 of the words of `predicted` against those of `true`, each word counted as often
    as it occurs."""
    gold, got = Counter(tokens(true)), Counter(tokens(predicted))
    if not gold and not got:
        return 1.0
    common = sum((gold & got).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def word_recall(true: str, predicted: str) -> float:
    """The share of `true`'s words that `predicted` keeps."""
    gold, got = Counter(tokens(true)), Counter(tokens(predicted))
    total = sum(gold.values())
    return sum((gold & got).values()) / total if total else 1.0


def shingle_counts(true: str, predicted: str, n: int = 4) -> tuple[float, float, float]:
    """True positives, false positives and false negatives over word 4-grams, as shares
    of their sum (so that long pages weigh as much as short ones)."""
    def shingles(text: str) -> Counter:
        words = _TOKEN.findall(text or "")
        return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])
    gold, got = shingles(true), shingles(predicted)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def shingle_f1(counts: list[tuple[float, float, float]]) -> float:
    """The benchmark's F1: mean precision and mean recall over documents, then their F1."""
    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(scores: list[float]) -> str:
    """Mean / median / share of documents at 0.9 or more."""
    return (f"{statistics.mean(scores):.3f} | {statistics.median(scores):.3f} | "
            f"{sum(score >= 0.9 for score in scores) / len(scores):.0%}")

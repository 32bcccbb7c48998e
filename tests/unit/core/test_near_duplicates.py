from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest

from app.core.near_duplicates import (
    BANDS,
    MIN_SHINGLES,
    SIGNATURE_SIZE,
    THRESHOLD,
    Signature,
    best_match,
    candidate_probability,
    shingle_hashes,
    signature,
)

WORDS = [f"mot{n}" for n in range(5000)]


def text(rng: random.Random, length: int) -> list[str]:
    return [rng.choice(WORDS) for _ in range(length)]


def jaccard(a: list[str], b: list[str]) -> float:
    first, second = set(shingle_hashes(a)), set(shingle_hashes(b))
    return len(first & second) / len(first | second)


TERMS = ("commission europeen annonc fond specif gigafactor ia permettr entrepris form model "
         "europ mobilis milliard euro investi intelligent artificiel annonc aujourd hui president").split()


def test_a_signature_is_the_same_whatever_the_process_and_its_values_are_32_bits() -> None:
    first = signature(TERMS)
    assert first == signature(list(TERMS)) and len(first.values) == SIGNATURE_SIZE
    assert all(0 <= value < 2 ** 32 for value in first.values)
    assert Signature.from_bytes(first.to_bytes()) == first
    # A library signed by one run is read by the next: nothing depends on Python's salted hash().
    script = (f"from app.core.near_duplicates import signature; "
              f"print(signature({TERMS!r}).to_bytes().hex())")
    other = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": "12345"})
    assert other.stdout.strip() == first.to_bytes().hex()


def test_a_text_with_too_few_shingles_has_no_signature() -> None:
    assert signature([]) is None
    assert signature(["un", "deux"]) is None
    assert signature([f"w{n}" for n in range(MIN_SHINGLES + 1)]) is None  # MIN_SHINGLES - 1 shingles
    assert signature([f"w{n}" for n in range(MIN_SHINGLES + 2)]) is not None
    assert Signature.from_bytes(b"") is None


def test_shingles_do_not_run_words_together() -> None:
    assert shingle_hashes(["ab", "c", "d"]) != shingle_hashes(["a", "bc", "d"])


@pytest.mark.parametrize("kept", [1.0, 0.8, 0.5, 0.3, 0.1])
def test_the_share_of_equal_values_estimates_the_jaccard_similarity(kept: float) -> None:
    rng = random.Random(int(kept * 100))
    original = text(rng, 800)
    copy = original[:int(800 * kept)] + text(rng, int(800 * (1 - kept)))
    estimate = signature(original).similarity(signature(copy))
    assert abs(estimate - jaccard(original, copy)) < 0.12


def test_short_texts_that_share_nothing_stay_apart_after_densification() -> None:
    rng = random.Random(7)
    pairs = [(text(rng, 20), text(rng, 20)) for _ in range(50)]
    assert max(signature(a).similarity(signature(b)) for a, b in pairs) < THRESHOLD


def test_copies_share_a_band_and_unrelated_texts_do_not() -> None:
    rng = random.Random(3)
    original = text(rng, 400)
    copy = original[:300] + text(rng, 40)
    unrelated = text(rng, 400)
    bands = set(signature(original).bands())
    assert len(bands) == BANDS
    assert bands & set(signature(copy).bands())
    assert not bands & set(signature(unrelated).bands())


def test_the_banding_catches_pairs_above_the_threshold_and_rarely_those_far_below() -> None:
    assert candidate_probability(THRESHOLD) > 0.85
    assert candidate_probability(0.5) > 0.999
    assert candidate_probability(0.05) < 0.1
    values = [candidate_probability(s / 20) for s in range(21)]
    assert values == sorted(values)


def test_the_best_match_is_the_most_similar_at_or_above_the_threshold() -> None:
    rng = random.Random(11)
    original = text(rng, 300)
    near = signature(original[:280] + text(rng, 20))
    far = signature(original[:100] + text(rng, 250))
    unrelated = signature(text(rng, 300))
    own = signature(original)
    assert best_match(own, [(5, far), (9, near), (2, unrelated)])[0] == 9
    assert best_match(own, [(2, unrelated)]) is None
    assert best_match(own, [(4, near), (3, near)])[0] == 3  # equals: the earlier article
    assert best_match(own, [(5, far)], threshold=0.99) is None

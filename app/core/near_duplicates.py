"""Recognising copies of one text: MinHash signatures over word shingles, and the
bands of locality-sensitive hashing that find the likely copies of a text among many.

A text's analysed terms (folded, stop words dropped, stemmed: see `app.search`) are
cut into shingles of `SHINGLE_TERMS` consecutive terms. Each shingle is hashed once
(CRC-32, the same in every process and on every platform) and falls into one of
`SIGNATURE_SIZE` bins, which keeps the smallest hash it received (one permutation
hashing, Li, Owen and Zhang 2012); an empty bin takes the value of the
next filled one, shifted by how far it is (rotation densification, Shrivastava and Li
2014). The share of equal bins of two signatures estimates the Jaccard similarity of
the two texts' shingle sets. Hashing each shingle once, instead of once per bin, is
what keeps a signature well under a millisecond in plain Python.

The first `BANDS * ROWS` values of the signature are cut into `BANDS` bands of `ROWS`
values; two texts with a band equal are candidates, and a candidate whose estimated
similarity reaches `THRESHOLD` is a copy. With these numbers a pair at similarity 0.3
is a candidate 95 times in 100, at 0.4 all but twice in 1000, and two texts on one
topic sharing a few quotes (0.05) 8 times in 100 (`candidate_probability`): candidates
are checked on the whole signature, so these cost a comparison, never a wrong grouping.

The bands are stored in the library (`app.store.stories`), in the transaction that
stores the article. datasketch's MinHashLSH keeps its index in memory (or in Redis or
Cassandra), which could not share the library's transactions, and needs NumPy, which
`app.core` does not import: hence these few functions of the standard library.
"""

from __future__ import annotations

import struct
import zlib
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate
from dataclasses import dataclass

SHINGLE_TERMS = 3
SIGNATURE_SIZE = 128
BANDS = 32
ROWS = 2
BAND_BYTES = ROWS * 4
THRESHOLD = 0.3
"""Estimated Jaccard similarity of shingles from which two texts are copies of one
story (measured in `bench/stories_bench.py`)."""
MIN_SHINGLES = 12
"""A text with fewer shingles (a line, an empty page) is never grouped: too little to tell."""

_MASK32 = 0xFFFFFFFF
_MIX = 0x9E3779B1
"""An odd constant: how far a densified bin is from the bin it copies shifts its value."""
_BIN_SHIFT = 25
_VALUE_MASK = (1 << _BIN_SHIFT) - 1
_EMPTY = 1 << 32
_PACKING = struct.Struct(f"<{SIGNATURE_SIZE}I")


@dataclass(frozen=True)
class Signature:
    """The MinHash signature of one text: `SIGNATURE_SIZE` 32-bit values."""

    values: tuple[int, ...]

    def to_bytes(self) -> bytes:
        return _PACKING.pack(*self.values)

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature | None:
        """The signature stored as `data`, or None for a text too short to have one."""
        return cls(_PACKING.unpack(data)) if len(data) == _PACKING.size else None

    def similarity(self, other: Signature) -> float:
        """The estimated Jaccard similarity of the two texts' shingles (0 to 1)."""
        return sum(1 for a, b in zip(self.values, other.values) if a == b) / SIGNATURE_SIZE

    def bands(self) -> list[tuple[int, bytes]]:
        """(band number, its bucket) for each band: the bucket is the band's values as
        stored, bytes `band * ROWS * 4` on of `to_bytes()`, so that SQL can cut them
        from a stored signature too."""
        packed, width = self.to_bytes(), BAND_BYTES
        return [(band, packed[band * width:(band + 1) * width]) for band in range(BANDS)]


def shingle_hashes(terms: Sequence[str]) -> list[int]:
    """The distinct 32-bit hashes (CRC-32) of the text's shingles, consecutive runs of
    `SHINGLE_TERMS` terms written with a space between, in ascending order."""
    if len(terms) < SHINGLE_TERMS:
        return []
    data = " ".join(terms).encode("utf-8")
    # Where each term starts in `data`: a few calls into C rather than a loop over the terms.
    starts = [0, *accumulate(map((1).__add__, map(len, data.split(b" "))))]
    runs = [data[start:end - 1] for start, end in zip(starts, starts[SHINGLE_TERMS:])]
    return sorted(set(map(zlib.crc32, runs)))


def signature(terms: Sequence[str]) -> Signature | None:
    """The signature of a text given as its analysed terms (words without spaces), or
    None when it has fewer than `MIN_SHINGLES` shingles.

    A hash's top bits choose its bin and the rest is its value, so the smallest value of
    a bin is the first of the sorted hashes at or above the bin's start: one binary
    search per bin instead of a step per shingle."""
    hashes = shingle_hashes(terms)
    if len(hashes) < MIN_SHINGLES:
        return None
    bins, count = [], len(hashes)
    for slot in range(SIGNATURE_SIZE):
        at = bisect_left(hashes, slot << _BIN_SHIFT)
        inside = at < count and hashes[at] >> _BIN_SHIFT == slot
        bins.append(hashes[at] & _VALUE_MASK if inside else _EMPTY)
    return Signature(tuple(_densified(bins)))


def _densified(bins: list[int]) -> list[int]:
    """Each empty bin given the value of the next filled bin (going round), offset by
    the distance so that two texts share it only when they share that value."""
    filled = [slot for slot, value in enumerate(bins) if value != _EMPTY]
    if len(filled) == SIGNATURE_SIZE:
        return bins
    result = list(bins)
    for slot in range(SIGNATURE_SIZE):
        if bins[slot] != _EMPTY:
            continue
        distance = 1
        while bins[(slot + distance) % SIGNATURE_SIZE] == _EMPTY:
            distance += 1
        result[slot] = (bins[(slot + distance) % SIGNATURE_SIZE] + distance * _MIX) & _MASK32
    return result


def candidate_probability(similarity: float) -> float:
    """How likely two texts of this similarity share at least one band key."""
    return 1 - (1 - similarity ** ROWS) ** BANDS


def best_match(signature_: Signature, candidates: Sequence[tuple[int, Signature]],
               threshold: float = THRESHOLD) -> tuple[int, float] | None:
    """The candidate (id, similarity) most similar to `signature_` at or above
    `threshold` (the lowest id among equals), or None."""
    best: tuple[int, float] | None = None
    for candidate_id, other in candidates:
        score = signature_.similarity(other)
        if score >= threshold and (best is None or score > best[1] or (score == best[1] and candidate_id < best[0])):
            best = (candidate_id, score)
    return best

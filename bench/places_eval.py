"""Recall and precision of the places `facts` finds, against hand annotation
(tests/fixtures/places_gold.json: a few written articles and the samples), with the
countries and capitals alone ("before") and with the regions and cities of Europe.

Run with `python bench/places_eval.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.facts import extract_facts  # noqa: E402
from app.core.gazetteer import COUNTRIES_AND_CAPITALS  # noqa: E402
from bench.report import Row  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "places_gold.json"
_BEFORE = {canonical for canonical, _code, _names in COUNTRIES_AND_CAPITALS}


def _texts() -> dict[str, list[tuple[str, str, set[str]]]]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    written = [(t["text"], t["language"], set(t["places"])) for t in gold["texts"]]
    samples = [((ROOT / "seeds" / name).read_text(encoding="utf-8"), "fr", set(places))
               for name, places in gold["samples"].items()]
    return {"written articles": written, "samples": samples}


def evaluate() -> dict[str, dict[str, tuple[int, int, int]]]:
    """Per text set, for "before" and "after": (true positives, false positives, false negatives)."""
    results: dict[str, dict[str, tuple[int, int, int]]] = {}
    for name, texts in _texts().items():
        tallies = {"before": [0, 0, 0], "after": [0, 0, 0]}
        for text, language, wanted in texts:
            found = {fact.value for fact in extract_facts(text, language=language, kinds=("place",))}
            for when, names in (("before", found & _BEFORE), ("after", found)):
                tally = tallies[when]
                tally[0] += len(names & wanted)
                tally[1] += len(names - wanted)
                tally[2] += len(wanted - names)
        results[name] = {when: tuple(values) for when, values in tallies.items()}
    return results


def _ratio(tp: int, other: int) -> str:
    return f"{tp / max(tp + other, 1):.2f}"


def rows() -> list[Row]:
    return [Row(f"places of {name}, recall before → after (precision after)",
                f"{_ratio(r['before'][0], r['before'][2])} → {_ratio(r['after'][0], r['after'][2])} "
                f"({_ratio(r['after'][0], r['after'][1])})")
            for name, r in evaluate().items()]


def main() -> None:
    print(f"{'texts':<18} {'gazetteer':<10} {'recall':>6} {'precision':>9}  (tp fp fn)")
    for name, by_when in evaluate().items():
        for when, (tp, fp, fn) in by_when.items():
            print(f"{name:<18} {when:<10} {_ratio(tp, fn):>6} {_ratio(tp, fp):>9}  ({tp} {fp} {fn})")


if __name__ == "__main__":
    main()

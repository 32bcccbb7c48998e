"""Precision and recall of suggested highlights against a reader's tagging of the sample
articles (tests/fixtures/suggestions_gold.json), per default topic and overall.

Run with `python bench/suggestions_eval.py` (or `make bench`).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.sentences import split_sentences  # noqa: E402
from app.services.articles import ArticleService  # noqa: E402
from app.services.library import open_library  # noqa: E402
from app.services.suggesting import SuggestionService  # noqa: E402
from bench.report import Row  # noqa: E402

GOLD = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "suggestions_gold.json"


def evaluate() -> dict[str, tuple[int, int, int]]:
    """Per topic: (true positives, false positives, false negatives) over sentences."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    with tempfile.TemporaryDirectory() as workdir:
        library = open_library(Path(workdir) / "library")
        articles = ArticleService(library)
        ids = {Path(articles.article(s.id).original_path).name: s.id for s in articles.summaries()}
        suggested = {(s.article_id, s.start, tag) for s in SuggestionService(library).suggestions()
                     for tag in s.tag_names}
        counts: dict[str, list[int]] = {}
        for name, entries in gold.items():
            sentences = split_sentences(articles.article(ids[name]).body)
            for entry in entries:
                sentence = sentences[entry["sentence"]]
                assert sentence.text.startswith(entry["starts"]), (name, entry["sentence"])
                for tag in ("funding", "sites", "Commission"):
                    hit = (ids[name], sentence.start, tag) in suggested
                    wanted = tag in entry["tags"]
                    tally = counts.setdefault(tag, [0, 0, 0])
                    tally[0] += hit and wanted
                    tally[1] += hit and not wanted
                    tally[2] += wanted and not hit
        library.close()
    return {tag: tuple(values) for tag, values in counts.items()}


def rows() -> list[Row]:
    results = evaluate()
    tp, fp, fn = (sum(values[i] for values in results.values()) for i in range(3))
    per_topic = ", ".join(f"{tag} {t / max(t + f, 1):.2f}/{t / max(t + n, 1):.2f}"
                          for tag, (t, f, n) in results.items())
    return [Row(f"suggested highlights against hand tagging of the samples, precision / recall ({per_topic})",
                f"{tp / max(tp + fp, 1):.2f} / {tp / max(tp + fn, 1):.2f}")]


def main() -> None:
    results = evaluate()
    total = [sum(values[i] for values in results.values()) for i in range(3)]
    print(f"{'topic':<12} {'precision':>9} {'recall':>7}  (tp fp fn)")
    for tag, (tp, fp, fn) in [*results.items(), ("all", tuple(total))]:
        print(f"{tag:<12} {tp / max(tp + fp, 1):>9.2f} {tp / max(tp + fn, 1):>7.2f}  ({tp} {fp} {fn})")


if __name__ == "__main__":
    main()

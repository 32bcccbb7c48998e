"""Import rate: synthetic articles recombined from the sample sentences, files to store.

Run with `make bench` (or `python bench/import_bench.py [N ...]`). Prints, for each N,
how many articles per second go from text files on disk into a new library. Target:
at least 1,000 articles/s.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.importing import import_paths  # noqa: E402
from app.services.library import open_library, sample_articles_folder  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sample_sentences() -> list[str]:
    sentences = []
    for path in sorted(sample_articles_folder().glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences.extend(s for s in _SENTENCE_END.split(line) if len(s) > 40)
    return sentences


def write_articles(folder: Path, count: int, sentences: list[str], rng: random.Random) -> None:
    for n in range(count):
        headline = rng.choice(sentences)
        paragraphs = [
            " ".join(rng.sample(sentences, rng.randint(2, 5))) for _ in range(rng.randint(4, 9))
        ]
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:00:00"
        text = "\n".join([headline, *paragraphs, date, f"Source : Agence {n % 17}"])
        (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")


def measure(count: int, sentences: list[str]) -> tuple[float, int]:
    rng = random.Random(count)
    with tempfile.TemporaryDirectory() as workdir:
        files = Path(workdir) / "articles"
        files.mkdir()
        write_articles(files, count, sentences, rng)
        library = open_library(Path(workdir) / "library", add_samples=False)
        started = time.perf_counter()
        report = import_paths(library, [files])
        elapsed = time.perf_counter() - started
        library.close()
    return count / elapsed, report.count("imported")


def main(counts: list[int]) -> None:
    sentences = sample_sentences()
    print(f"{'articles':>9}  {'imported':>9}  {'articles/s':>10}")
    for count in counts:
        rate, imported = measure(count, sentences)
        print(f"{count:>9,}  {imported:>9,}  {rate:>10,.0f}")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1_000, 10_000])

"""Exporting 10,000 highlights over 1,000 articles as a Markdown digest (selecting them
from the library and rendering), median of 3. Target: at most 1 s.

Run with `make bench` or `python bench/export_bench.py`.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.anchoring import Anchor  # noqa: E402
from app.core.digest import DigestScope  # noqa: E402
from app.core.highlight import Highlight  # noqa: E402
from app.services.exporting import ExportService  # noqa: E402
from app.services.importing import add_articles  # noqa: E402
from app.services.library import open_library  # noqa: E402
from app.services.tagging import TagService  # noqa: E402
from app.store.database import write_transaction  # noqa: E402
from app.store.highlights import insert_highlight  # noqa: E402
from bench.report import Row, at_most, print_rows  # noqa: E402
from bench.search_bench import make_articles, sample_sentences  # noqa: E402

ARTICLES, HIGHLIGHTS = 1_000, 10_000


def rows() -> list[Row]:
    rng = random.Random(10_000)
    with tempfile.TemporaryDirectory() as workdir:
        library = open_library(Path(workdir) / "library", add_samples=False)
        articles = list(make_articles(ARTICLES, sample_sentences(), rng))
        ids = [stored.article_id for stored in add_articles(library, articles)]
        tags = TagService(library)
        tag_ids = [tag.id for tag in tags.tags()] + [tags.create(f"topic {n}").value.id for n in range(5)]
        db = library.database()
        with write_transaction(db):
            for n in range(HIGHLIGHTS):
                index = rng.randrange(ARTICLES)
                body = articles[index].body
                start = rng.randrange(0, len(body) - 150)
                insert_highlight(db, Highlight(
                    article_id=ids[index], anchor=Anchor.of_span(body, start, start + rng.randint(20, 150)),
                    note=f"Note {n} avec *du* Markdown" if n % 3 else "",
                    tag_ids=tuple(rng.sample(tag_ids, rng.randint(1, 2)))))
        export = ExportService(library)
        timings, size = [], 0
        for _ in range(3):
            started = time.perf_counter()
            text = export.markdown(DigestScope())
            timings.append(time.perf_counter() - started)
            size = len(text.encode("utf-8"))
        library.close()
    median = statistics.median(timings)
    return [Row(f"export a Markdown digest of {HIGHLIGHTS:,} highlights over {ARTICLES:,} articles "
                f"({size / 1e6:.1f} MB; median of {len(timings)})", f"{median:.2f} s", "≤ 1 s", at_most(median, 1))]


if __name__ == "__main__":
    print_rows(rows())

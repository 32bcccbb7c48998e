"""`carnet import-annotations` of W3C Web Annotation files made by `carnet export --format
json`: 2,000 and 8,000 annotations over 5 articles, into a library holding the same
articles, and one annotation quoting text the article does not hold (10,000 characters,
the longest quote accepted, and 100,000). Target: 8,000 annotations in at most 5 s, each
long quote answered in at most 1 s; and the 8,000 again, each quoting one letter that its article
holds hundreds of times, away from its place: at most 5 s.

Run with `make bench` or `python bench/annotation_import_bench.py [COUNT ...]`.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.anchoring import Anchor  # noqa: E402
from app.core.digest import DigestScope  # noqa: E402
from app.core.highlight import Highlight  # noqa: E402
from app.core.web_annotation import MAX_QUOTE_LENGTH  # noqa: E402
from app.services.annotation_import import import_annotations_file  # noqa: E402
from app.services.exporting import ExportService  # noqa: E402
from app.services.importing import add_articles  # noqa: E402
from app.services.library import open_library  # noqa: E402
from app.services.tagging import TagService  # noqa: E402
from app.store.database import write_transaction  # noqa: E402
from app.store.highlights import insert_highlight  # noqa: E402
from bench.report import Row, at_most, print_rows  # noqa: E402
from bench.search_bench import make_articles, sample_sentences  # noqa: E402

ARTICLES = 5
COUNTS = (2_000, 8_000)
TARGET_SECONDS = {8_000: 5.0}
LONG_QUOTE_CHARS = 100_000


def _exported(folder: Path, articles, count: int, rng: random.Random) -> Path:
    """A JSON export of `count` highlights spread over `articles`."""
    library = open_library(folder / f"source-{count}", add_samples=False)
    ids = [stored.article_id for stored in add_articles(library, articles)]
    tags = TagService(library)
    tag_ids = [tag.id for tag in tags.tags()] + [tags.create(f"thème {n}").value.id for n in range(5)]
    db = library.database()
    with write_transaction(db):
        for n in range(count):
            index = rng.randrange(len(articles))
            body = articles[index].body
            start = rng.randrange(0, len(body) - 150)
            insert_highlight(db, Highlight(
                article_id=ids[index], anchor=Anchor.of_span(body, start, start + rng.randint(20, 150)),
                note=f"Note {n}" if n % 3 else "", tag_ids=tuple(rng.sample(tag_ids, rng.randint(1, 2)))))
    path = folder / f"annotations-{count}.json"
    path.write_text(ExportService(library).render(DigestScope(), format="json"), encoding="utf-8")
    library.close()
    return path


def _one_letter_quotes(path: Path) -> Path:
    """The same annotations quoting the letter "e" (which occurs hundreds of times in each
    article) at a position none holds: each is found at the nearest "e"."""
    document = json.loads(path.read_text(encoding="utf-8"))
    for n, item in enumerate(document["first"]["items"]):
        quote, position = item["target"]["selector"]
        quote.update(exact="e", prefix=f"avant {n}", suffix=f"après {n}")
        position.update(start=10**6, end=10**6 + 1)
    letters = path.with_name("one-letter-quotes.json")
    letters.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return letters


def _timed_import(folder: Path, name: str, articles, path: Path) -> tuple[float, str]:
    library = open_library(folder / name, add_samples=False)
    add_articles(library, articles)
    started = time.perf_counter()
    try:
        report = str(import_annotations_file(library, path))
    except Exception as error:  # noqa: BLE001 — a refusal is a figure too
        report = f"refused: {error}"[:160]
    seconds = time.perf_counter() - started
    library.close()
    return seconds, report


def rows(counts=COUNTS) -> list[Row]:
    rng = random.Random(8_000)
    articles = list(make_articles(ARTICLES, sample_sentences(), rng))
    found = []
    with tempfile.TemporaryDirectory() as workdir:
        folder = Path(workdir)
        for count in counts:
            exported = _exported(folder, articles, count, rng)
            seconds, report = _timed_import(folder, f"target-{count}", articles, exported)
            target = TARGET_SECONDS.get(count)
            found.append(Row(f"import-annotations of {count:,} annotations over {ARTICLES} articles ({report})",
                             f"{seconds:.2f} s", f"≤ {target:.0f} s" if target else "",
                             at_most(seconds, target) if target else None))
        seconds, report = _timed_import(folder, "target-letters", articles, _one_letter_quotes(exported))
        found.append(Row(f"import-annotations of the last file with each quote one letter, away from its place "
                         f"({report})", f"{seconds:.2f} s", "≤ 5 s", at_most(seconds, 5)))
        document = json.loads(_exported(folder, articles, 1, rng).read_text(encoding="utf-8"))
        for length in (MAX_QUOTE_LENGTH, LONG_QUOTE_CHARS):
            quote = document["first"]["items"][0]["target"]["selector"][0]
            quote["exact"] = "".join(rng.choice("abcdefghij klmnop") for _ in range(length))
            long_quote = folder / f"quote-{length}.json"
            long_quote.write_text(json.dumps(document), encoding="utf-8")
            seconds, report = _timed_import(folder, f"target-quote-{length}", articles, long_quote)
            found.append(Row(f"import-annotations of one {length:,}-character quote absent from its article "
                             f"({report})", f"{seconds:.2f} s", "≤ 1 s", at_most(seconds, 1)))
    return found


if __name__ == "__main__":
    print_rows(rows(tuple(int(arg) for arg in sys.argv[1:]) or COUNTS))

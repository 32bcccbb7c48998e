"""Which ranking finds what the reader is looking for: Carnet's FTS5 ranking beside its
derived Tantivy index (`app.search.derived_index`), on the same library and queries.

Known-item search, the judgement no one has to make by hand: a seeded sample of the
realistic corpus's documents (`search_corpus.py`, the 10,000 natural ones), and for each
document queries a reader who remembers it would type — two words of its title, and four
words of one of its sentences (words of four letters or more, not stop words) — with that
document as the one relevant answer. For each ranking: the mean reciprocal rank of the
document in the top 20 (0 when it is not there), and how often it comes first and in the
top 10. A query matching more documents than another says more about ranking, so the
figures are also given for the broad queries alone (those matching 100 documents or more).

Run: `python bench/search_known_items.py [N_DOCUMENTS] [N_QUERIES]`.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.report import Row, print_rows  # noqa: E402

TOP = 20
BROAD = 100
WORD = re.compile(r"\w+")
SENTENCE = re.compile(r"[^.!?\n]{40,}[.!?]")
STOP = set("les des une dans pour par sur avec que qui est sont pas plus ces cette son ses aux "
           "vous nous leur être été peut elle ils the and for this that with from comme mais "
           "tout tous sans fait faire".split())


def _words(text: str) -> list[str]:
    return [w for w in WORD.findall(text) if len(w) >= 4 and w.isalpha() and w.lower() not in STOP]


def known_item_queries(docs: list[dict], count: int, seed: int = 23) -> list[tuple[str, str, int]]:
    """(kind, query, position of the document sought) for `count` seeded documents."""
    rng = random.Random(seed)
    queries = []
    for position in rng.sample(range(len(docs)), count):
        doc = docs[position]
        title = _words(doc["title"])
        if len(title) >= 2:
            at = rng.randrange(len(title) - 1)
            queries.append(("title words", " ".join(title[at:at + 2]), position))
        sentences = [s for s in SENTENCE.findall(doc["body"]) if len(_words(s)) >= 6]
        if sentences:
            words = _words(rng.choice(sentences))
            queries.append(("sentence words", " ".join(rng.sample(words, 4)), position))
    return queries


def measure(size: int, count: int) -> list[Row]:
    import os
    os.environ.pop("CARNET_SEARCH_ENGINE", None)  # the default: the derived index
    from app.services.importing import add_articles
    from app.services.library import open_library
    from app.services.searching import SearchService
    from app.search.index import ARTICLE_INDEX
    from bench.search_corpus import corpus_articles

    articles = corpus_articles(size)
    docs = [{"title": a.title, "body": a.body} for a in articles]
    queries = known_item_queries(docs, count)
    with tempfile.TemporaryDirectory() as folder:
        library = open_library(Path(folder), add_samples=False)
        derived = library.derived_index
        if derived is None:
            raise SystemExit("the tantivy package is not installed (pip install -e .)")
        ids = [stored.article_id for stored in add_articles(library, articles)]
        derived.catch_up(library.database())
        position_of = {article_id: n for n, article_id in enumerate(ids)}
        search = SearchService(library)
        db = library.database()
        matches = {query: db.execute(f"SELECT count(*) FROM {ARTICLE_INDEX} WHERE {ARTICLE_INDEX} MATCH ?",
                                     [search.plan(query).match]).fetchone()[0] for _, query, _ in queries}
        ranks: dict[str, list[tuple[str, int | None, int]]] = {"FTS5 (bm25)": [], "Tantivy (derived)": []}
        for engine in ranks:
            library.derived_index = derived if engine.startswith("Tantivy") else None
            for kind, query, wanted in queries:
                result = search.search(query, limit=TOP, snippets=False)
                # a hit stands for its story's copies too (search collapses them)
                found = [{position_of.get(hit.article.id), *(position_of.get(i) for i, _ in hit.also_in)}
                         for hit in result.hits]
                rank = next((n + 1 for n, held in enumerate(found) if wanted in held), None)
                ranks[engine].append((kind, rank, matches[query]))
        library.derived_index = derived
        derived.release()
    rows = []
    for engine, results in ranks.items():
        for label, chosen in (("all", results), (f"broad (≥ {BROAD} matches)", [r for r in results if r[2] >= BROAD])):
            if not chosen:
                continue
            mrr = sum(1 / rank for _, rank, _ in chosen if rank) / len(chosen)
            first = sum(1 for _, rank, _ in chosen if rank == 1) / len(chosen)
            top10 = sum(1 for _, rank, _ in chosen if rank and rank <= 10) / len(chosen)
            rows.append(Row(f"known-item search, {engine}, {label} ({len(chosen)} queries at {size:,} documents): "
                            f"sought document first / in the top 10", f"MRR {mrr:.3f}; {first:.0%} / {top10:.0%}"))
    return rows


def rows() -> list[Row]:
    return measure(10_000, 300)


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    started = time.perf_counter()
    rows = measure(size, count)
    print_rows(rows)
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()

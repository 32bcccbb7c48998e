"""Search at scale: import+index rate, query latency, database size and peak memory.

Builds libraries of synthetic articles (sample sentences recombined, plus tokens unique
to each article) and runs a fixed mix of 50 queries through the search service, with
snippets for the top 20 hits. Run with `make bench` or `python bench/search_bench.py [N ...]`.
Targets: import+index >= 2,000 articles/s; p95 <= 30 ms at 10,000, <= 150 ms at 100,000.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.import_bench import sample_sentences  # noqa: E402
from app.core.article import Article  # noqa: E402
from app.core.metadata import recover_metadata  # noqa: E402
from app.services.importing import add_articles  # noqa: E402
from app.services.library import open_library  # noqa: E402
from app.services.indexing import rebuild_index  # noqa: E402
from app.services.searching import SearchService  # noqa: E402
from bench.report import Row, at_least, at_most, print_rows  # noqa: E402

SOURCES = ["Le Monde", "Techcrunch", "Euractiv", "Les Echos", "Reuters", "Politico", "ZDNet", "Wired"]

QUERIES = [
    # single terms, common to rare
    "investissements", "commission europeenne", "usine", "gigafactories", "supercalculateurs",
    "souveraineté", "startups", "financement", "Macron", "EuroHPC", "Finlande", "hôpitaux",
    "génomiques", "talents", "infrastructure", "stargate", "zq{a}", "zq{b}", "zq{c}", "milliards",
    # AND / OR / NOT
    "commission AND investissement", "usines gigafactories", "Macron OR Leyen",
    "infrastructure -stargate", "(usine OR gigafactory) europe", "capital privé secteur",
    # phrases
    '"usines d\'IA"', '"Commission européenne"', '"secteur privé"', '"intelligence artificielle"',
    '"100 milliards de dollars"',
    # prefixes and fuzzy
    "gigafact*", "supercalc*", "invest*", "souverain*", "zq{d}*",
    "supercalculateur~", "investisement~", "comission~", "europeene~",
    # fields and filters
    "source:techcrunch", "title:usines", "source:reuters investissement", "date:2024",
    "date:[2024-01 TO 2024-06] commission", "lang:fr gigafactories", "title:commission source:euractiv",
    "date:2025-02 usine", "tag:funding", "source:\"les echos\" financement",
]


def make_articles(count: int, sentences: list[str], rng: random.Random):
    for n in range(count):
        paragraphs = [" ".join(rng.sample(sentences, rng.randint(2, 5))) for _ in range(rng.randint(4, 9))]
        paragraphs[rng.randrange(len(paragraphs))] += f" Référence zq{n}."
        headline = rng.choice(sentences)
        body = "\n".join([headline, *paragraphs])
        yield Article(
            title=recover_metadata(headline).title, body=body, format="txt", language="fr",
            source=rng.choice(SOURCES),
            published=f"{rng.choice((2023, 2024, 2025))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        )


def measure(count: int, sentences: list[str]) -> dict:
    rng = random.Random(count)
    articles = list(make_articles(count, sentences, rng))
    with tempfile.TemporaryDirectory() as workdir:
        library = open_library(Path(workdir) / "library", add_samples=False)
        started = time.perf_counter()
        add_articles(library, articles)
        rate = count / (time.perf_counter() - started)
        del articles
        search = SearchService(library)
        queries = [q.format(a=7, b=count // 2, c=count - 1, d=count // 3) for q in QUERIES]
        for query in queries[:5]:  # warm the page cache
            search.search(query)
        latencies = []
        for query in queries:
            started = time.perf_counter()
            search.search(query, limit=20)
            latencies.append((time.perf_counter() - started) * 1000)
        size = sum(f.stat().st_size for f in Path(workdir, "library").iterdir()) / 1e6
        started = time.perf_counter()
        rebuild_index(library)
        rebuild_rate = count / (time.perf_counter() - started)
        library.close()
    latencies.sort()
    return {
        "rate": rate,
        "p50": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
        "slowest": latencies[-1],
        "size": size,
        "rebuild_rate": rebuild_rate,
    }


P95_TARGETS = {10_000: 30, 100_000: 150}  # milliseconds


def rows(counts: list[int] = (10_000, 100_000)) -> list[Row]:
    sentences = sample_sentences()
    result = []
    for count in counts:
        r = measure(count, sentences)
        target = P95_TARGETS.get(count)
        result += [
            Row(f"store and index parsed articles, {count:,} articles ({r['size']:,.0f} MB library)",
                f"{r['rate']:,.0f} articles/s", "≥ 2,000/s", at_least(r["rate"], 2_000)),
            Row(f"rebuild the whole search index, {count:,} articles", f"{r['rebuild_rate']:,.0f} articles/s"),
            Row(f"search, {len(QUERIES)} queries with snippets, {count:,} articles: p50 / p95 (slowest "
                f"{r['slowest']:.0f} ms)", f"{r['p50']:.0f} / {r['p95']:.0f} ms",
                f"p95 ≤ {target} ms" if target else "", at_most(r["p95"], target) if target else None),
        ]
    return result


if __name__ == "__main__":
    print_rows(rows([int(arg) for arg in sys.argv[1:]] or [10_000, 100_000]))

"""The team library (PostgreSQL) beside the local library (SQLite), in one run, on the
realistic French corpus of `search_corpus.py`.

Import and search: the corpus's documents written as plain-text files (title on the
first line) and imported by the import service (`import_paths`, its worker processes
and its short batches) into a new local library and into a new team library; then the
50 seeded queries of `search_peers.py` (top 20, three interleaved rounds, with snippets
and without) through the search service of each. Reported: articles/s, p50/p95/max,
the team library's ratios to the local one, and how many of the local library's top 10
the team library also returns (they rank differently: Tantivy's bm25 locally, ts_rank
in PostgreSQL). The local library is as it ships (ranked by its derived Tantivy index,
which its import feeds in the background; the searches start once it has caught up).

Edit to another member's sight: this process adds a highlight, 20 times, each to
another article; a reader in another process polls `LibraryChanges.poll()` as the
window does (every `MainWindow.CHANGE_POLL_MS`) and, again, every 10 ms (what the
database itself adds). Reported: p50/p95/max of the delay from the writer's commit
to the poll that sees it, for the team library and for two processes on one local
library file.

The PostgreSQL server is the tests' (tests/postgres_server.py), in a folder of its own,
started durable (fsync on, as a team's server runs), on this machine: its connections
go through its Unix socket.

`python bench/team_library_bench.py [ARTICLES]` (default 10,000; 100,000 is the larger
corpus). `make bench` runs it at 10,000 (`bench/run_all.py`).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.report import Row, print_rows  # noqa: E402
from bench.search_peers import TOP, _timed_queries, carnet_syntax, make_queries  # noqa: E402

EDITS = 20
OUT = HERE / "out"
FAST_POLL_MS = 10


# ---------------------------------------------------------------- import and search

def write_files(docs: list[dict], folder: Path) -> list[Path]:
    """Each document as a plain-text file: its title, then its body."""
    folder.mkdir(parents=True)
    paths = []
    for n, doc in enumerate(docs):
        path = folder / f"{n:06d}.txt"
        path.write_text(f"{doc['title']}\n\n{doc['body']}\n", encoding="utf-8")
        paths.append(path)
    return paths


def measure_library(library, files: Path, paths: list[Path], queries: list[tuple]) -> dict:
    """Import the files into `library`, then time the queries; the top 10s are corpus positions."""
    from app.services.importing import import_paths
    from app.services.searching import SearchService

    started = time.perf_counter()
    report = import_paths(library, [files])
    imported = time.perf_counter() - started
    stored = [o for o in report.outcomes if o.article_id is not None]
    position = {}
    index_of = {path: n for n, path in enumerate(paths)}
    for outcome in stored:
        position.setdefault(outcome.article_id, index_of[Path(outcome.path)])
    caught_up = imported
    index = getattr(library, "derived_index", None)
    if index is not None:  # the local library's Tantivy index, fed in the background
        while not index.ready(library.database()):
            time.sleep(0.01)
        caught_up = time.perf_counter() - started
    search = SearchService(library)
    failed: dict[str, str] = {}

    def run(query: str, snippets: bool) -> list[int]:
        try:
            hits = search.search(query, limit=TOP, snippets=snippets).hits
        except Exception as error:  # noqa: BLE001 - a query that fails is a finding here
            failed.setdefault(query, f"{type(error).__name__}: {error}")
            return []
        return [position.get(hit.article.id, -1) for hit in hits]

    result = _timed_queries(run, [carnet_syntax(q) for q in queries])
    result.update(rate=len(paths) / imported, seconds=imported, ranked_seconds=caught_up,
                  stored=len(stored), counts=dict(report.counts), failed=sorted(failed.items()))
    return result


def overlap(team: dict, local: dict) -> float | None:
    """The mean share of the local library's top 10 that the team library also returns."""
    shares = [len(set(a) & set(b)) / len(b) for a, b in zip(team["tops"], local["tops"]) if b]
    return statistics.mean(shares) if shares else None


# ---------------------------------------------------------------- edit to sight

def now_ms() -> float:
    """CLOCK_MONOTONIC is one clock for every process of the machine."""
    return time.clock_gettime(time.CLOCK_MONOTONIC) * 1000


def reader(address: str, interval_ms: float) -> None:
    """Poll the library's changes every `interval_ms`; print when a highlight's article is seen."""
    from app.services.changes import LibraryChanges
    from app.services.library import open_library

    library = open_library(address, add_samples=False)
    changes = LibraryChanges(library)
    print("ready", flush=True)
    deadline = time.monotonic() + EDITS * 3 + 30
    while time.monotonic() < deadline:
        seen = changes.poll()
        at = now_ms()
        for article_id in seen.highlights_of:
            print(json.dumps({"article": article_id, "seen": at}), flush=True)
        time.sleep(interval_ms / 1000)
    library.close()


def edit_delays(address: str, article_ids: list[int], interval_ms: float) -> list[float]:
    """Add a highlight to each of EDITS articles (here) and the delay (ms) to a reader's poll seeing it."""
    from app.services.annotating import AnnotationService
    from app.services.library import open_library

    child = subprocess.Popen([sys.executable, __file__, "--reader", address, str(interval_ms)],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
    library = open_library(address, add_samples=False)
    try:
        assert child.stdout.readline().strip() == "ready"
        annotations = AnnotationService(library)
        rng = random.Random(7)
        delays = []
        for article_id in article_ids[:EDITS]:
            time.sleep(rng.uniform(0.3, 0.7))  # not in step with the reader's polls
            annotations.add_highlight(article_id=article_id, start=0, end=20, note="vu ?")
            committed = now_ms()
            while True:
                line = child.stdout.readline()
                if not line:
                    raise RuntimeError("the reader stopped before seeing the highlight")
                seen = json.loads(line)
                if seen["article"] == article_id:
                    delays.append(seen["seen"] - committed)
                    break
    finally:
        library.close()
        child.kill()
        child.wait()
    return delays


def spread(values: list[float]) -> dict:
    ordered = sorted(values)
    return {"p50": statistics.median(ordered), "p95": ordered[int(0.95 * (len(ordered) - 1))], "max": ordered[-1]}


# ---------------------------------------------------------------- the run

def measure(size: int) -> dict:
    from app.services.library import open_library
    from app.team.library import init_team_library
    from app.ui.main_window import MainWindow
    from bench.search_corpus import corpus_file
    from tests.postgres_server import PostgresServer

    # The corpus of N is the first N documents of any larger one (see build_french_corpus.py).
    built = sorted(int(path.stem.split("_")[1]) for path in (HERE / ".corpus" / "corpus").glob("docs_*.jsonl"))
    source = corpus_file(next((n for n in built if n >= size), size))
    docs = [json.loads(line) for _, line in zip(range(size), source.open(encoding="utf-8"))]
    queries = make_queries(docs)
    results: dict = {"size": len(docs), "queries": len(queries)}
    window_ms = MainWindow.CHANGE_POLL_MS
    with tempfile.TemporaryDirectory(prefix="carnet-team-bench-") as scratch:
        scratch = Path(scratch)
        files = scratch / "files"
        paths = write_files(docs, files)
        del docs
        server = PostgresServer(durable=True).start()
        try:
            uri = server.create_database("bench")
            init_team_library(uri)
            for name, address in (("local", scratch / "local"), ("team", uri)):
                started = time.perf_counter()
                library = open_library(address, add_samples=False)
                opened = time.perf_counter() - started
                print(f"{name}: importing {len(paths):,} files", flush=True)
                result = measure_library(library, files, paths, queries)
                result["open_seconds"] = opened
                ids = sorted(result_id for result_id in _article_ids(library))
                library.close()
                print(f"{name}: {result['rate']:,.0f} articles/s ({dict(result['counts'])}), searched; "
                      f"edits seen by another process ({time.strftime('%H:%M:%S')})", flush=True)
                result["edits"] = {f"{interval}": spread(edit_delays(str(address), ids[::max(1, len(ids) // EDITS)],
                                                                     interval))
                                   for interval in (window_ms, FAST_POLL_MS)}
                results[name] = result
        finally:
            server.stop()
    results["window_ms"] = window_ms
    results["overlap"] = overlap(results["team"], results["local"])
    results["load"] = os.getloadavg()
    OUT.mkdir(exist_ok=True)
    (OUT / f"team_library_{len(paths)}.json").write_text(json.dumps(results))
    return results


def _article_ids(library) -> list[int]:
    return [row[0] for row in library.database().execute("SELECT id FROM articles").fetchall()]


def table(r: dict) -> str:
    """The figures side by side as Markdown, the team library's ratios to the local one."""
    local, team = r["local"], r["team"]

    def pair(path: tuple, form: str = "{:.1f}") -> tuple[str, str, str]:
        a, b = local, team
        for key in path:
            a, b = a[key], b[key]
        return form.format(a), form.format(b), f"{b / a:.2f}×" if a else ""

    rows = [("import+index, articles/s", *pair(("rate",), "{:,.0f}"))]
    for kind, label in (("snippets", "with snippets"), ("plain", "without snippets")):
        for stat in ("p50", "p95", "max"):
            rows.append((f"search {stat} ms, {label}", *pair((kind, stat))))
    for interval in (str(r["window_ms"]), str(FAST_POLL_MS)):
        for stat in ("p50", "p95", "max"):
            rows.append((f"edit seen by another process, {stat} ms (polled every {interval} ms)",
                         *pair(("edits", interval, stat), "{:.0f}")))
    lines = [f"| {r['size']:,} articles, {r['queries']} queries | local (SQLite) | team (PostgreSQL) | team / local |",
             "|---|---|---|---|"]
    lines += [f"| {' | '.join(cells)} |" for cells in rows]
    return "\n".join(lines)


def rows(size: int = 10_000) -> list[Row]:
    r = measure(size)
    print(table(r), flush=True)
    local, team = r["local"], r["team"]

    def ratio(path: tuple) -> str:
        a, b = local, team
        for key in path:
            a, b = a[key], b[key]
        return f"{b / a:.2f}×"

    def latencies(result: dict) -> str:
        s, p = result["snippets"], result["plain"]
        return (f"p50/p95/max {s['p50']:.1f}/{s['p95']:.1f}/{s['max']:.1f} ms with snippets, "
                f"{p['p50']:.1f}/{p['p95']:.1f}/{p['max']:.1f} ms without")

    def edits(result: dict, interval: int) -> str:
        e = result["edits"][str(interval)]
        return f"{e['p50']:.0f}/{e['p95']:.0f}/{e['max']:.0f} ms"

    n = f"{r['size']:,}"
    out = [
        Row(f"import+index through the import service, {n} articles: local / team library",
            f"{local['rate']:,.0f} / {team['rate']:,.0f} articles/s (team {ratio(('rate',))})"),
        Row(f"search, {r['queries']} queries, top {TOP}, {n} articles: local library", latencies(local)),
        Row(f"search, {r['queries']} queries, top {TOP}, {n} articles: team library",
            f"{latencies(team)} (team p95 {ratio(('snippets', 'p95'))} with snippets, "
            f"{ratio(('plain', 'p95'))} without); top-10 overlap with the local library "
            f"{r['overlap']:.0%}" if r["overlap"] is not None else latencies(team)),
    ]
    for name, result in (("local library (two processes, one file)", local), ("team library", team)):
        out.append(Row(f"an edit seen by another process's poll, {EDITS} edits, p50/p95/max: {name}",
                       f"{edits(result, r['window_ms'])} polled every {r['window_ms']} ms as the window does, "
                       f"{edits(result, FAST_POLL_MS)} polled every {FAST_POLL_MS} ms"))
    for name, result in (("local", local), ("team", team)):
        if result["failed"]:
            out.append(Row(f"queries failing in the {name} library",
                           "; ".join(f"{q!r}: {e}" for q, e in result["failed"])))
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["--reader"]:
        reader(sys.argv[2], float(sys.argv[3]))
    else:
        size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
        began = time.perf_counter()
        measured = rows(size)
        print_rows(measured)
        print(f"({(time.perf_counter() - began) / 60:.1f} minutes; load average {os.getloadavg()[0]:.2f})")

"""Carnet beside the engines a user could pick instead, on the realistic French corpus
(`search_corpus.py`; 100,000 documents: 10,000 natural ones and their real paragraphs
recombined): Tantivy 0.27 (French stemmer), Xapian (Debian's python3-xapian, French
stemmer), plain SQLite FTS5 (unicode61, no stemming), and at 10,000 Whoosh's own index
(its French analyser, accents folded; its pure-Python indexing would take most of an
hour at 100,000), with Carnet again at 10,000 for its ratios.

The same 50 seeded queries (words across the frequency spectrum, two-word AND and OR,
phrases, prefixes, title:) go through each, top 20: indexing rate, index size, p50/p95/
max with and without snippets, peak memory, and how many of Carnet's top 10 each engine
also returns. Each engine runs in its own process (its peak memory is its own).

Peak memory is the whole process's, the corpus read into it included (the same for
every engine at one size).

"carnet" is Carnet as it ships, ranking with its derived Tantivy index; "carnet-fts5"
is Carnet ranking with FTS5 alone (CARNET_SEARCH_ENGINE=fts5), as a read-only library
does.

Setup, once per machine (not part of `make test`): `apt-get install python3-xapian` (the
corpus build installs it); an engine that is missing is skipped with a line saying
so. Run: `python bench/search_peers.py [N] [--engines carnet,fts5…]`; each engine's
figures are also written to bench/out/peers_<N>_<engine>.json, and `--reuse` takes
those already there instead of measuring them again.
"""

from __future__ import annotations

import json
import random
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ENGINES = ("carnet", "carnet-fts5", "tantivy", "xapian", "fts5", "whoosh")
SIZES = {100_000: ("carnet", "carnet-fts5", "tantivy", "xapian", "fts5"), 10_000: ("carnet", "whoosh")}
"""What `make bench` measures: engines at each corpus size."""
OPTIONAL = {"tantivy": "pip install tantivy==0.27.0", "xapian": "apt-get install python3-xapian"}
_MODULE: dict[str, str] = {}
OUT = HERE / "out"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-xapian is built for it
ROUNDS = 3
TOP = 20
WORD = re.compile(r"\w+")
STOP = set("les des une dans pour par sur avec que qui est sont pas plus ces cette son ses aux "
           "vous nous leur être été peut elle ils the and for this that with from".split())


# ---------------------------------------------------------------- queries

def make_queries(docs: list[dict], count: int = 50, seed: int = 17) -> list[tuple]:
    """Seeded queries as (kind, words…): kinds word, and, or, phrase, prefix, title."""
    rng = random.Random(seed)
    frequency: dict[str, int] = {}
    for doc in docs:
        for word in set(w.lower() for w in WORD.findall(doc["body"])):
            if len(word) >= 4 and word.isalpha() and word not in STOP:
                frequency[word] = frequency.get(word, 0) + 1
    ranked = sorted(frequency, key=lambda w: (-frequency[w], w))
    broad_words = set(ranked[:50])
    # across the spectrum: a fifth from the top 50, the rest log-spread down to rank 20,000
    def spectrum_word() -> str:
        if rng.random() < 0.2:
            return ranked[rng.randrange(50)]
        return ranked[min(len(ranked) - 1, int(10 ** rng.uniform(1.7, 4.3)))]
    queries: list[tuple] = []
    kinds = ["word"] * 18 + ["and"] * 10 + ["or"] * 6 + ["phrase"] * 8 + ["prefix"] * 4 + ["title"] * 4
    for kind in kinds[:count]:
        if kind == "word":
            queries.append(("word", spectrum_word()))
        elif kind in ("and", "or"):
            queries.append((kind, spectrum_word(), ranked[rng.randrange(300)]))
        elif kind == "phrase":
            while True:
                words = [w.lower() for w in WORD.findall(rng.choice(docs)["body"])]
                at = rng.randrange(max(1, len(words) - 1))
                pair = words[at:at + 2]
                if len(pair) == 2 and all(len(w) >= 4 and w.isalpha() and w not in STOP for w in pair):
                    queries.append(("phrase", *pair))
                    break
        elif kind == "prefix":
            queries.append(("prefix", ranked[rng.randrange(20, 2000)][:5]))
        else:
            queries.append(("title", ranked[rng.randrange(20, 1000)]))
    make_queries.broad = [n for n, (kind, *words) in enumerate(queries)
                          if kind in ("word", "or") and any(word in broad_words for word in words)]
    return queries


def carnet_syntax(q: tuple) -> str:
    kind, *words = q
    return {"word": lambda: words[0], "and": lambda: f"{words[0]} {words[1]}",
            "or": lambda: f"{words[0]} OR {words[1]}", "phrase": lambda: f'"{words[0]} {words[1]}"',
            "prefix": lambda: f"{words[0]}*", "title": lambda: f"title:{words[0]}"}[kind]()


def tantivy_syntax(q: tuple) -> str:
    kind, *words = q
    return {"word": lambda: words[0], "and": lambda: f"{words[0]} AND {words[1]}",
            "or": lambda: f"{words[0]} OR {words[1]}", "phrase": lambda: f'"{words[0]} {words[1]}"',
            "prefix": lambda: f"{words[0]}*", "title": lambda: f"title:{words[0]}"}[kind]()


def fts5_syntax(q: tuple) -> str:
    kind, *words = q
    return {"word": lambda: f'"{words[0]}"', "and": lambda: f'"{words[0]}" "{words[1]}"',
            "or": lambda: f'"{words[0]}" OR "{words[1]}"', "phrase": lambda: f'"{words[0]} {words[1]}"',
            "prefix": lambda: f'"{words[0]}"*', "title": lambda: f'title : "{words[0]}"'}[kind]()


xapian_syntax = tantivy_syntax


# ---------------------------------------------------------------- engines (run in a child process)

def _timed_queries(run, queries: list[str]) -> dict:
    """p50/p95/max (ms) over ROUNDS interleaved rounds, with and without snippets, and the top 10s."""
    timings: dict[bool, list[float]] = {True: [], False: []}
    per_query: dict[bool, list[list[float]]] = {True: [[] for _ in queries], False: [[] for _ in queries]}
    tops = []
    for query in queries:
        tops.append(run(query, False)[:10])
    for _ in range(ROUNDS):
        for number, query in enumerate(queries):
            for snippets in (False, True):
                start = time.perf_counter()
                run(query, snippets)
                timings[snippets].append((time.perf_counter() - start) * 1000)
                per_query[snippets][number].append(timings[snippets][-1])
    broad = getattr(make_queries, "broad", [])
    result = {"tops": tops, "broad": broad}
    for snippets, values in per_query.items():
        chosen = sorted(ms for number in broad for ms in values[number])
        if chosen:
            result["broad_snippets" if snippets else "broad_plain"] = chosen[int(0.95 * (len(chosen) - 1))]
    for snippets, values in timings.items():
        values.sort()
        key = "snippets" if snippets else "plain"
        result[key] = {"p50": statistics.median(values), "p95": values[int(0.95 * (len(values) - 1))],
                       "max": values[-1]}
    return result


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() else path.stat().st_size


def _carnet_library(folder: Path, engine: str):
    import os
    os.environ["CARNET_SEARCH_ENGINE"] = engine
    sys.path.insert(0, str(ROOT))
    from app.services.library import open_library
    return open_library(folder / "carnet", add_samples=False)


def _carnet_articles(docs):
    from app.core.article import Article
    return [Article(title=d["title"], body=d["body"], format="txt", language="fr", source=d.get("source"),
                    published=d.get("published")) for d in docs]


def run_carnet_fts5(docs, queries, folder: Path) -> dict:
    """Carnet ranking with FTS5 alone (CARNET_SEARCH_ENGINE=fts5), as a read-only library does."""
    library = _carnet_library(folder, "fts5")
    from app.services.importing import add_articles
    from app.services.searching import SearchService
    articles = _carnet_articles(docs)
    start = time.perf_counter()
    ids = [stored.article_id for stored in add_articles(library, articles)]
    elapsed = time.perf_counter() - start
    position = {article_id: n for n, article_id in enumerate(ids)}
    search = SearchService(library)

    def run(query, snippets):
        return [position[hit.article.id] for hit in search.search(query, limit=TOP, snippets=snippets).hits]

    result = _timed_queries(run, [carnet_syntax(q) for q in queries])
    library.database().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {**result, "rate": len(docs) / elapsed, "size": _size(folder / "carnet" / "library.sqlite")}


def run_carnet(docs, queries, folder: Path) -> dict:
    """Carnet as it ships: its derived Tantivy index ranking. The import, each commit
    applied to Tantivy in the background; then the whole derived index rebuilt from
    FTS5 alone; and, for a new and an edited article, how soon a search finds it and
    how soon Tantivy ranks again."""
    library = _carnet_library(folder, "")
    from app.services.importing import add_articles, replace_text
    from app.services.searching import SearchService
    from app.search import derived_index
    from app.store.database import write_transaction
    from app.core.article import Article
    assert library.derived_index is not None, "the tantivy package is not installed"
    articles = _carnet_articles(docs)
    start = time.perf_counter()
    ids = [stored.article_id for stored in add_articles(library, articles)]
    elapsed = time.perf_counter() - start
    db = library.database()
    index = library.derived_index
    rebuild_start = time.perf_counter()
    with write_transaction(db):
        derived_index.request_rebuild(db)
    index.catch_up(db)
    rebuild = time.perf_counter() - rebuild_start
    position = {article_id: n for n, article_id in enumerate(ids)}
    search = SearchService(library)

    def run(query, snippets):
        return [position.get(hit.article.id, -1) for hit in search.search(query, limit=TOP, snippets=snippets).hits]

    assert index.ready(db)
    result = _timed_queries(run, [carnet_syntax(q) for q in queries])
    found_after, ranked_after = [], []

    def measure_write(write, word: str, expected: int | None) -> None:
        began = time.perf_counter()
        written = write()
        wanted = expected if expected is not None else written
        hits = [h.article.id for h in search.search(word, snippets=False).hits]
        found_after.append(((time.perf_counter() - began) * 1000, hits == [wanted]))
        while not index.ready(db):
            time.sleep(0.002)
        ranked_after.append((time.perf_counter() - began) * 1000)

    for n in range(5):
        word = f"zorglub{n}x"
        measure_write(lambda: add_articles(library, [Article(title=f"Nouveau {n}", body=f"Un texte neuf : {word}.",
                                                             format="txt", language="fr")])[0].article_id, word, None)
        word = f"bidulex{n}y"
        edited = ids[n * 997 % len(ids)]
        measure_write(lambda: replace_text(library, edited, Article(
            title=f"Modifié {n}", body=f"Texte modifié : {word}.", format="txt", language="fr")), word, edited)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    index.release()
    return {**result, "rate": len(docs) / elapsed, "derived_rate": len(docs) / rebuild,
            "searchable_ms": max(ms for ms, _ in found_after), "searchable_ok": all(ok for _, ok in found_after),
            "ranked_again_ms": max(ranked_after),
            "size": _size(folder / "carnet" / "library.sqlite") + _size(folder / "carnet" / derived_index.FOLDER),
            "derived_size": _size(folder / "carnet" / derived_index.FOLDER)}


def run_tantivy(docs, queries, folder: Path) -> dict:
    import tantivy
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("n", stored=True, indexed=False)
    builder.add_text_field("title", stored=True, tokenizer_name="fr_stem")
    builder.add_text_field("body", stored=True, tokenizer_name="fr_stem")
    schema = builder.build()
    path = folder / "tantivy"
    path.mkdir()
    index = tantivy.Index(schema, path=str(path))
    index.register_tokenizer("fr_stem", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                             .filter(tantivy.Filter.remove_long(40)).filter(tantivy.Filter.lowercase())
                             .filter(tantivy.Filter.ascii_fold()).filter(tantivy.Filter.stemmer("french")).build())
    start = time.perf_counter()
    writer = index.writer(heap_size=200_000_000, num_threads=2)
    for n, doc in enumerate(docs):
        writer.add_document(tantivy.Document(n=n, title=doc["title"], body=doc["body"]))
    writer.commit()
    writer.wait_merging_threads()
    elapsed = time.perf_counter() - start
    index.reload()
    searcher = index.searcher()

    def run(text, snippets):
        query = index.parse_query(text, ["title", "body"])
        hits = searcher.search(query, TOP).hits
        found = [searcher.doc(address) for _, address in hits]
        if snippets:
            generator = tantivy.SnippetGenerator.create(searcher, query, schema, "body")
            for doc in found:
                generator.snippet_from_doc(doc).to_html()
        return [doc["n"][0] for doc in found]

    return {**_timed_queries(run, [tantivy_syntax(q) for q in queries]), "rate": len(docs) / elapsed,
            "size": _size(path)}


def run_xapian(docs, queries, folder: Path) -> dict:
    import xapian
    path = folder / "xapian"
    database = xapian.WritableDatabase(str(path), xapian.DB_CREATE_OR_OVERWRITE)
    stemmer = xapian.Stem("french")
    generator = xapian.TermGenerator()
    generator.set_stemmer(stemmer)
    start = time.perf_counter()
    for n, doc in enumerate(docs):
        document = xapian.Document()
        generator.set_document(document)
        generator.index_text(doc["title"], 1, "S")
        generator.index_text(doc["title"], 10)
        generator.index_text(doc["body"])
        document.set_data(doc["body"])
        document.add_value(0, str(n))
        database.add_document(document)
    database.commit()
    elapsed = time.perf_counter() - start
    database.close()
    reader = xapian.Database(str(path))
    parser = xapian.QueryParser()
    parser.set_stemmer(stemmer)
    parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    parser.set_database(reader)
    parser.add_prefix("title", "S")
    flags = (xapian.QueryParser.FLAG_PHRASE | xapian.QueryParser.FLAG_BOOLEAN
             | xapian.QueryParser.FLAG_WILDCARD | xapian.QueryParser.FLAG_DEFAULT)
    enquire = xapian.Enquire(reader)

    def run(text, snippets):
        enquire.set_query(parser.parse_query(text, flags))
        matches = enquire.get_mset(0, TOP)
        found = []
        for match in matches:
            if snippets:
                matches.snippet(match.document.get_data().decode("utf-8"), 200)
            found.append(int(match.document.get_value(0)))
        return found

    return {**_timed_queries(run, [xapian_syntax(q) for q in queries]), "rate": len(docs) / elapsed,
            "size": _size(path)}


def run_fts5(docs, queries, folder: Path) -> dict:
    path = folder / "fts5.sqlite"
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')")
    start = time.perf_counter()
    with db:
        db.executemany("INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)",
                       ((n, doc["title"], doc["body"]) for n, doc in enumerate(docs)))
    elapsed = time.perf_counter() - start

    def run(text, snippets):
        extra = ", snippet(docs, 1, '<b>', '</b>', '…', 24)" if snippets else ""
        rows = db.execute(f"SELECT rowid{extra} FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 10.0, 1.0) "
                          "LIMIT ?", [text, TOP]).fetchall()
        return [row[0] for row in rows]

    result = _timed_queries(run, [fts5_syntax(q) for q in queries])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {**result, "rate": len(docs) / elapsed, "size": _size(path)}


def run_whoosh(docs, queries, folder: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from whoosh import fields, index, qparser
    from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
    from whoosh.highlight import ContextFragmenter
    from whoosh.support.charset import accent_map
    # Whoosh's own French chain (its pure-Python Snowball stemmer: the index pickles its schema)
    french = (RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map) | StopFilter(lang="fr")
              | StemFilter(lang="fr", cachesize=100_000))
    schema = fields.Schema(n=fields.STORED, title=fields.TEXT(analyzer=french, field_boost=10.0),
                           body=fields.TEXT(analyzer=french, stored=True))
    path = folder / "whoosh"
    path.mkdir()
    ix = index.create_in(str(path), schema)
    start = time.perf_counter()
    writer = ix.writer(limitmb=256)
    for n, doc in enumerate(docs):
        writer.add_document(n=n, title=doc["title"], body=doc["body"])
    writer.commit()
    elapsed = time.perf_counter() - start
    parser = qparser.MultifieldParser(["title", "body"], ix.schema)
    searcher = ix.searcher()

    def run(text, snippets):
        results = searcher.search(parser.parse(text), limit=TOP)
        if snippets:
            results.fragmenter = ContextFragmenter(maxchars=220, surround=60)
            for hit in results:
                hit.highlights("body", top=3)
        return [hit["n"] for hit in results]

    return {**_timed_queries(run, [carnet_syntax(q) for q in queries]), "rate": len(docs) / elapsed,
            "size": _size(path)}


RUNNERS = {"carnet": run_carnet, "carnet-fts5": run_carnet_fts5, "tantivy": run_tantivy, "xapian": run_xapian, "fts5": run_fts5,
           "whoosh": run_whoosh}


def child(engine: str, corpus: Path, size: int) -> None:
    docs = [json.loads(line) for _, line in zip(range(size), corpus.open(encoding="utf-8"))]
    queries = make_queries(docs)
    with tempfile.TemporaryDirectory() as folder:
        result = RUNNERS[engine](docs, queries, Path(folder))
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


# ---------------------------------------------------------------- the table (parent)

def missing(engine: str) -> str | None:
    """Why an optional engine cannot run here (None: it can)."""
    if engine not in OPTIONAL:
        return None
    python = SYSTEM_PYTHON if engine == "xapian" else sys.executable
    found = Path(python).exists() and subprocess.run(
        [python, "-c", f"import {_MODULE.get(engine, engine)}"], capture_output=True).returncode == 0
    module = _MODULE.get(engine, engine)
    return None if found else f"skipped: {module} is not installed here ({OPTIONAL[engine]})"


def measure(size: int, engines=ENGINES, *, reuse: bool = False) -> dict[str, dict | str]:
    """Each engine's figures (or why it could not run), each in a child process."""
    sys.path.insert(0, str(ROOT))
    from bench.search_corpus import corpus_file
    corpus = corpus_file(size)
    OUT.mkdir(exist_ok=True)
    results: dict[str, dict | str] = {}
    for engine in engines:
        saved = OUT / f"peers_{size}_{engine}.json"
        if reuse and saved.exists():
            results[engine] = json.loads(saved.read_text())
            continue
        why_not = missing(engine)
        if why_not:
            results[engine] = why_not
            continue
        python = SYSTEM_PYTHON if engine == "xapian" else sys.executable
        done = subprocess.run([python, __file__, "--engine", engine, str(corpus), str(size)],
                              capture_output=True, text=True, cwd=ROOT)
        if done.returncode == 0:
            results[engine] = json.loads(done.stdout.strip().splitlines()[-1])
            saved.write_text(json.dumps(results[engine]))
        else:
            results[engine] = "not measured: " + (done.stderr.strip().splitlines() or ["failed"])[-1]
    return results


def rows(sizes: dict[int, tuple[str, ...]] | None = None, *, reuse: bool = False):
    """The peer table's rows, each engine at each size beside Carnet at that size."""
    table = []
    for size, engines in (sizes or SIZES).items():
        results = measure(size, engines, reuse=reuse)
        print(peer_table(size, results), flush=True)
        table += size_rows(size, results)
    return table


def peer_table(size: int, results: dict[str, dict | str]) -> str:
    """The figures side by side, as a Markdown table, each with its ratio to Carnet."""
    base = results.get("carnet")

    def cell(result: dict, path: tuple[str, ...], form: str) -> str:
        value, reference = result, base
        for key in path:
            value = value[key]
            reference = reference[key] if isinstance(reference, dict) else None
        ratio = f" ({value / reference:.2f}×)" if reference and result is not base else ""
        return form.format(value) + ratio

    lines = [f"| engine at {size:,} | indexed docs/s | index MB | p50 ms (snippets) | p95 ms (snippets) "
             "| max ms (snippets) | p50 ms (plain) | p95 ms (plain) | max ms (plain) | peak MB | top-10 overlap |",
             "|---" * 11 + "|"]
    for engine, result in results.items():
        if isinstance(result, str):
            lines.append(f"| {engine} | {result} |" + " |" * 9)
            continue
        overlap = ""
        if isinstance(base, dict):
            shares = [len(set(a) & set(b)) / len(b) for a, b in zip(result["tops"], base["tops"]) if b]
            overlap = f"{statistics.mean(shares):.0%}" if shares else ""
        size_ratio = f" ({result['size'] / base['size']:.2f}×)" if isinstance(base, dict) and result is not base else ""
        cells = [cell(result, ("rate",), "{:,.0f}"), f"{result['size'] / 1e6:,.0f}{size_ratio}"]
        for kind in ("snippets", "plain"):
            cells += [cell(result, (kind, stat), "{:.1f}") for stat in ("p50", "p95", "max")]
        cells += [cell(result, ("peak_mb",), "{:,.0f}"), overlap]
        lines.append(f"| {engine} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def size_rows(size: int, results: dict[str, dict | str]):
    from bench.report import Row
    base = results.get("carnet")
    table = []
    for engine, result in results.items():
        if isinstance(result, str):
            table.append(Row(f"{engine} at {size:,}", result))
            continue

        def ratio(value, key_path, higher_is_better=False):
            if not isinstance(base, dict):
                return ""
            reference = base
            for key in key_path:
                reference = reference[key]
            return f" ({value / reference:.2f}× Carnet)" if reference else ""

        overlap = ""
        if isinstance(base, dict):
            shares = [len(set(a) & set(b)) / len(b) for a, b in zip(result["tops"], base["tops"]) if b]
            overlap = f", top-10 overlap with Carnet {statistics.mean(shares):.0%}" if shares else ""
        with_snippets, plain = result["snippets"], result["plain"]
        table.append(Row(
            f"{engine} at {size:,}",
            f"{result['rate']:,.0f} docs/s{ratio(result['rate'], ['rate'])}, "
            f"index {result['size'] / 1e6:,.1f} MB{ratio(result['size'], ['size'])}, "
            f"p50/p95/max {with_snippets['p50']:.1f}/{with_snippets['p95']:.1f}/{with_snippets['max']:.1f} ms "
            f"with snippets{ratio(with_snippets['p95'], ['snippets', 'p95'])}, "
            f"{plain['p50']:.1f}/{plain['p95']:.1f}/{plain['max']:.1f} ms without"
            f"{ratio(plain['p95'], ['plain', 'p95'])}, "
            f"peak {result['peak_mb']:,.0f} MB{ratio(result['peak_mb'], ['peak_mb'])}{overlap}"
            + (f"; {len(result['broad'])} broad queries (a top-50 word alone or in an OR): p95 "
               f"{result['broad_snippets']:.1f} ms with snippets{ratio(result['broad_snippets'], ['broad_snippets'])}, "
               f"{result['broad_plain']:.1f} ms without{ratio(result['broad_plain'], ['broad_plain'])}"
               if "broad_plain" in result and isinstance(base, dict) and "broad_plain" in base else "")
            + (f"; the derived index {result['derived_size'] / 1e6:,.1f} MB of that, rebuilt from FTS5 at "
               f"{result['derived_rate']:,.0f} docs/s; a new or edited article found "
               f"{'' if result['searchable_ok'] else 'NOT '}within {result['searchable_ms']:.0f} ms of "
               f"the start of its write, and ranked by Tantivy again within {result['ranked_again_ms']:.0f} ms "
               "(slowest of 10)" if "derived_rate" in result else "")))
    return table


if __name__ == "__main__":
    if sys.argv[1:2] == ["--engine"]:
        child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.path.insert(0, str(ROOT))
        from bench.report import print_rows
        arguments = sys.argv[1:]
        chosen = ENGINES
        if "--engines" in arguments:
            at = arguments.index("--engines")
            chosen = tuple(arguments[at + 1].split(","))
            del arguments[at:at + 2]
        reuse = "--reuse" in arguments
        numbers = [int(arg) for arg in arguments if arg.isdigit()]
        print_rows(rows({numbers[0]: chosen} if numbers else None, reuse=reuse))

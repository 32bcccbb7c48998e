"""Related words measured on judged queries: precision, recall and nDCG with the widening
of words that match no or few articles (`query_plan.RELATED_WORDS_BELOW`) off and on.

Two judged sets:
- the five sample articles, with the articles each query is about read and listed by hand;
- the realistic French corpus (10,000 documents, `search_corpus.py`; built on first use):
  the first 40 vocabulary words, in a seeded random order, for which widening adds
  words, each added word judged by hand as meaning what the query word means or not. An
  article is relevant when it holds the query word or a word judged related. (On
  words that match three articles or more nothing changes: widening does not start.)
- on the same corpus, 30 word starts that match nothing (see `unmatched_rows`).

Run with `python bench/search_relevance.py`; it prints one row per set and setting.
"""

from __future__ import annotations

import math
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.importing import add_articles  # noqa: E402
from app.services.library import open_library  # noqa: E402
from app.services.searching import SearchService  # noqa: E402
from bench.report import Row, print_rows  # noqa: E402
from bench.search_corpus import corpus_articles  # noqa: E402

SETTINGS = {"off": 0, "when nothing matches (kept)": 1, "when fewer than 3 match": 3}
SAMPLE_JUDGEMENTS = {  # query → the sample articles (file name prefixes) it is about
    "gigafactory": {"000", "002", "003"},
    "giga-factory": {"000", "002", "003"},
    "souverain": {"001"},
    "supercalculateur": {"001", "002", "003", "004"},
    "startup": {"001", "002", "003", "004"},
    "financement": {"000", "001"},
    "fabrique": {"002"},
    "chercheur": {"001", "003", "004"},
    "talent": {"000", "001", "003"},
    "Stargate": {"000", "002", "003"},
    "entraînement": {"002"},
    "européen": {"000", "001", "002", "003", "004"},
    "privé": {"000", "002", "003"},
}
# The words widening added for the first 40 sampled query words (seed 17; `--list`
# prints them), and whether each means what the query word means (True) or not.
CORPUS_JUDGEMENTS: dict[str, dict[str, bool]] = {
    "pkgtohold": {"pkgtoholdhighlighted": True},
    "libcrunch": {"libcrunch1": True},
    "pianorh": {"pianorhmusic": True},
    "multiplextab": {"multiplextabhighlighted": True},
    "dereferencecommandline": {"dereference-command-line-symlink-to-dir": True},
    "congru": {"congruences": True, "congruent": True, "congruentiels": True},
    "bradford": {"bradford-adaptés": True},
    "ddebug": {"ddebug-eval": True},
    "ctrlaltt": {"ctrlalttab": True},
    "tesseract": {"tesseract-ocr": True, "tesseract-ocr-eng": True},
    "member": {"memberbenefits": False, "members": True, "membership": True},
    "detente": {"détenteurs": False},
    "rapatrie": {"rapatriée": True, "rapatrier": True},
    "traceroute": {"traceroute6": True},
    "tocitem": {"tocitemmarkup": True, "tocitemwithdotsmarkup": True},
    "allowweak": {"allowweakrepositories": True},
    "demission": {"démissionné": True},
    "brevet": {"brevetp": False},
    "saurions": {"saurions-nous": True},
    "expressiontest": {"expression-test-1": True, "expression-test-2": True, "expression-test-n": True},
    "libdummy": {"libdummy1": True},
    "diminuendo": {"diminuendos": True},
    "messie": {"messieurs": False},
    "caracteresdemi": {"caractèresdemi-chasse": True},
    "quadruple": {"quadruplée": True, "quadruplet": False},
    "quiltrc": {"quiltrc-dpkg": True},
    "aaaaaaaaaaa": {"aaaaaaaaaaaa": False},
    "chargen": {"chargent": False},
    "soutenu": {"soutenus": True},
    "prepertoire": {"prépertoire-construction-paquet": True},
    "onfirstpage": {"on-first-page-of-part": True},
    "reapparait": {"réapparaîtra": True, "réapparaîtront": True},
    "listedin": {"listed-incremental": False},
    "sander": {"sanderson": False},
    "soptwo": {"soptwolyrics": True, "soptwomusic": True},
    "libmldbm": {"libmldbm-perl": True},
    "libedataserver": {"libedataserver-1": True},
    "exampleasc": {"exampleascw": True},
    "keyval": {"keyval_name": True},
    "getfilelen": {"getfilelensont": True},
}
DEPTH = 20


def _ndcg(ranked: list[int], relevant: set[int], depth: int = 10) -> float:
    gain = sum(1 / math.log2(rank + 2) for rank, item in enumerate(ranked[:depth]) if item in relevant)
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(depth, len(relevant))))
    return gain / ideal if ideal else 1.0


def _scores(runs: list[tuple[list[int], set[int]]]) -> tuple[float, float, float]:
    """Mean precision at 10 (of what is returned, at most 10), recall in the top 20, nDCG@10."""
    precision = [sum(i in rel for i in ranked[:10]) / len(ranked[:10]) if ranked else (1.0 if not rel else 0.0)
                 for ranked, rel in runs]
    recall = [sum(i in rel for i in ranked[:DEPTH]) / min(len(rel), DEPTH) if rel else 1.0 for ranked, rel in runs]
    ndcg = [_ndcg(ranked, rel) for ranked, rel in runs]
    return tuple(sum(values) / len(values) for values in (precision, recall, ndcg))


def _ranked(search: SearchService, query: str) -> list[int]:
    return [hit.article.id for hit in search.search(query, limit=DEPTH, snippets=False).hits]


def _everything(search: SearchService, query: str) -> set[int]:
    return {hit.article.id for hit in search.search(query, limit=100_000, snippets=False).hits}


def sample_rows(folder: Path) -> list[Row]:
    library = open_library(folder / "samples")
    from app.services.articles import ArticleService
    articles = ArticleService(library)
    ids = {Path(articles.article(s.id).original_path).name[:3]: s.id for s in articles.summaries()}
    rows = []
    for name, below in SETTINGS.items():
        search = SearchService(library, related_below=below)
        runs = [(_ranked(search, query), {ids[key] for key in about}) for query, about in SAMPLE_JUDGEMENTS.items()]
        rows.append(_row(f"samples ({len(runs)} queries), related words {name}", runs))
    return rows


def corpus_rows(folder: Path, size: int = 10_000) -> list[Row]:
    library = open_library(folder / "corpus", add_samples=False)
    add_articles(library, corpus_articles(size))
    exact = SearchService(library, related_below=0)
    widened = SearchService(library, related_below=3)
    queries = _sampled_queries(library, widened, len(CORPUS_JUDGEMENTS))
    if set(queries) != set(CORPUS_JUDGEMENTS):
        print(f"the sampled queries differ from those judged: {sorted(set(queries) ^ set(CORPUS_JUDGEMENTS))}",
              file=sys.stderr)
    relevant = {}
    for query in CORPUS_JUDGEMENTS:
        judged = CORPUS_JUDGEMENTS[query]
        related = set(widened.search(query, limit=1000).also_searched)
        unjudged = related - set(judged)
        if unjudged:
            print(f"{query}: added words not judged: {sorted(unjudged)}", file=sys.stderr)
        relevant[query] = _everything(exact, query).union(
            *(_everything(exact, word) for word, same in judged.items() if same))
    rows = []
    for name, below in SETTINGS.items():
        search = SearchService(library, related_below=below)
        runs = [(_ranked(search, query), relevant[query]) for query in CORPUS_JUDGEMENTS]
        rows.append(_row(f"realistic corpus {size:,} ({len(runs)} words matching 1 or 2 documents), "
                         f"related words {name}", runs))
    return rows + unmatched_rows(library, size)


def unmatched_rows(library, size: int, count: int = 30) -> list[Row]:
    """Word starts that match nothing: a library word (seeded order) less its last three
    letters, as a reader types the root of a word. Relevant: the documents holding a word
    of the original word's family (a library word starting with its French stem)."""
    from app.search.analysis import stemmer
    exact = SearchService(library, related_below=0)
    vocabulary = {w for (w,) in library.database().execute("SELECT word FROM search_words")}
    words = sorted(w for w in vocabulary if w.isalpha() and len(w) >= 8)
    random.Random(17).shuffle(words)
    french = stemmer("fr")
    cases = []
    for word in words:
        start = word[:-3]
        if start in vocabulary or exact.search(start, limit=1, snippets=False).hits:
            continue
        family = sorted(w for w in vocabulary if w.startswith(french.stemWord(word)))[:50]
        cases.append((start, set().union(*(_everything(exact, w) for w in family))))
        if len(cases) == count:
            break
    rows = []
    for name, below in SETTINGS.items():
        search = SearchService(library, related_below=below)
        runs = [(_ranked(search, start), relevant) for start, relevant in cases]
        rows.append(_row(f"realistic corpus {size:,} ({len(runs)} word starts matching nothing), "
                         f"related words {name}", runs))
    return rows


def _sampled_queries(library, widened: SearchService, count: int) -> list[str]:
    """The first `count` library words (seeded order) for which widening adds words."""
    words = [w for (w,) in library.database().execute("SELECT word FROM search_words")
             if w.isalpha() and len(w) >= 6]
    random.Random(17).shuffle(words)
    chosen = []
    for word in words:
        if widened.search(word, limit=1, snippets=False).also_searched:
            chosen.append(word)
            if len(chosen) == count:
                break
    return chosen


def _row(label: str, runs) -> Row:
    precision, recall, ndcg = _scores(runs)
    return Row(label, f"P@10 {precision:.3f}, recall@{DEPTH} {recall:.3f}, nDCG@10 {ndcg:.3f}")


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        return sample_rows(Path(folder)) + corpus_rows(Path(folder))


def list_sampled(size: int = 10_000) -> None:
    """Print the sampled query words and the words widening adds to each (to judge them)."""
    with tempfile.TemporaryDirectory() as folder:
        library = open_library(Path(folder) / "corpus", add_samples=False)
        add_articles(library, corpus_articles(size))
        widened = SearchService(library, related_below=3)
        for query in _sampled_queries(library, widened, len(CORPUS_JUDGEMENTS)):
            print(f"{query}: {', '.join(widened.search(query, limit=1000).also_searched)}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--list"]:
        list_sampled()
    else:
        print_rows(rows())

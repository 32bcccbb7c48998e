"""The realistic French corpus of the search benchmarks, built from Debian's French
documentation packages by `../shared/bench/build_french_corpus.py` (see that script).

Building it the first time installs those packages (apt-get, as root) and lxml, and
writes `bench/.corpus/` (git-ignored): `corpus/docs_<N>.jsonl`, one document a line
(title, body, source, published). Later runs reuse it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.core.article import Article

HERE = Path(__file__).resolve().parent
WORK = HERE / ".corpus"
BUILDER_PLACES = (HERE.parents[1] / "shared" / "bench" / "build_french_corpus.py",
                  HERE.parent / "shared" / "bench" / "build_french_corpus.py")


def corpus_file(size: int) -> Path:
    """`docs_<size>.jsonl`, built (with the packages it needs) when missing."""
    path = WORK / "corpus" / f"docs_{size}.jsonl"
    if path.exists():
        return path
    builder = next((place for place in BUILDER_PLACES if place.exists()), None)
    if builder is None:
        raise SystemExit("build_french_corpus.py is not beside this checkout (../shared/bench/)")
    try:
        import lxml  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "lxml"], check=True)
    install = [] if (WORK / "debs").exists() else ["--install"]
    subprocess.run([sys.executable, str(builder), *install, "--work", str(WORK), "--sizes", str(size)],
                   check=True, cwd=HERE)
    return path


def corpus_articles(size: int) -> list[Article]:
    """The first `size` documents of the realistic corpus, as French articles."""
    articles = []
    with corpus_file(size).open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            articles.append(Article(title=doc["title"], body=doc["body"], format="txt", language="fr",
                                    source=doc.get("source"), published=doc.get("published")))
    return articles

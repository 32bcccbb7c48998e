"""Damaging a library file as a failing disk or a careless copy would, for the damage
tests and the long fuzz run in `bench/damage_fuzz.py`."""

from __future__ import annotations

import random
from pathlib import Path

KINDS = ("pages", "run", "at-40", "last-10")


def damage(path: Path, rng: random.Random) -> str:
    """Overwrite part of the SQLite file at `path` with random bytes, and say how:
    1 to 3 whole pages (never the first, which holds the schema), a run of 16 to 2,048
    bytes anywhere, at 40 % of the file, or in its last tenth."""
    size = path.stat().st_size
    page_size = int.from_bytes(path.read_bytes()[16:18], "big") or 65536
    pages = size // page_size
    kind = rng.choice(KINDS)
    with open(path, "r+b") as handle:
        if kind == "pages":
            for page in rng.sample(range(1, pages), k=min(pages - 1, rng.randint(1, 3))):
                handle.seek(page * page_size)
                handle.write(rng.randbytes(page_size))
        else:
            start = {"run": rng.randrange(100, size), "at-40": int(size * 0.4),
                     "last-10": rng.randrange(int(size * 0.9), size)}[kind]
            handle.seek(start)
            handle.write(rng.randbytes(rng.randint(16, 2048)))
    return kind


def fill_library(library, articles_folder: Path, *, count: int = 40) -> None:
    """Give `library` `count` more articles (several pages each) and a highlight with a
    note on most articles, so that damage lands on every kind of table."""
    from app.services.annotating import AnnotationService
    from app.services.articles import ArticleService
    from app.services.importing import import_paths

    articles_folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        words = " ".join(f"mot{n}x{k} usines" for k in range(300))
        (articles_folder / f"{n:02d}.txt").write_text(f"Article {n}\n\n{words}\n", encoding="utf-8")
    import_paths(library, [articles_folder])
    notes = AnnotationService(library)
    for summary in ArticleService(library).summaries(limit=30):
        notes.add_highlight(article_id=summary.id, start=0, end=20, note=f"note {summary.id}")

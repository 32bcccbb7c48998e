"""Building large libraries for the benchmarks: synthetic articles, and highlights with
tags spread over them, stored and indexed as the app would."""

from __future__ import annotations

import random
from pathlib import Path

from app.core.anchoring import Anchor
from app.core.highlight import Highlight
from app.search.index import IndexWriter
from app.services.importing import add_articles
from app.services.library import Library, open_library
from app.services.tagging import TagService
from app.store.database import write_transaction
from app.store.highlights import insert_highlight
from bench.import_bench import sample_sentences
from bench.search_bench import make_articles


def build_library(folder: Path, articles: int, *, highlights: int = 0, seed: int = 1) -> Library:
    """A library in `folder` with `articles` synthetic articles and `highlights` highlights
    (one to two of eight tags each) on random articles."""
    rng = random.Random(seed)
    library = open_library(folder, add_samples=False)
    made = list(make_articles(articles, sample_sentences(), rng))
    ids = [stored.article_id for stored in add_articles(library, made)]
    tags = TagService(library)
    for n in range(5):
        tags.create(f"thème {n}")
    names = {tag.id: tag.name for tag in tags.tags()}
    tag_ids = sorted(names)
    db = library.database()
    with write_transaction(db):
        index = IndexWriter(db)
        for n in range(highlights):
            chosen = rng.randrange(len(made))
            body = made[chosen].body
            start = rng.randrange(0, max(1, len(body) - 150))
            anchor = Anchor.of_span(body, start, start + rng.randint(20, 150))
            highlight = Highlight(article_id=ids[chosen], anchor=anchor, note=f"Note {n}" if n % 3 else "",
                                  tag_ids=tuple(rng.sample(tag_ids, rng.randint(1, 2))))
            highlight_id = insert_highlight(db, highlight)
            index.add_highlight(highlight_id, quote=highlight.anchor.exact, note=highlight.note,
                                tag_names=[names[tag_id] for tag_id in highlight.tag_ids], language="fr")
        index.flush()
    return library

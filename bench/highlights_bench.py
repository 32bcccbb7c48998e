"""Opening an article with 500 highlights: loading them, painting the reader and filling
the highlights panel, median of 10 openings. Target: at most 100 ms.

Run with `make bench` or `python bench/highlights_bench.py` (no display needed).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.anchoring import Anchor  # noqa: E402
from app.core.article import Article  # noqa: E402
from app.core.highlight import Highlight  # noqa: E402
from app.services.carnet import Carnet
from app.services.importing import add_articles  # noqa: E402
from app.services.library import open_library  # noqa: E402
from app.services.tagging import TagService  # noqa: E402
from app.store.database import write_transaction  # noqa: E402
from app.store.highlights import insert_highlight  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from bench.import_bench import sample_sentences  # noqa: E402
from bench.report import Row, at_most, print_rows  # noqa: E402

HIGHLIGHTS = 500


def rows() -> list[Row]:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(500)
    with tempfile.TemporaryDirectory() as workdir:
        library = open_library(Path(workdir) / "library", add_samples=False)
        body = "\n".join(" ".join(rng.sample(sample_sentences(), 6)) for _ in range(40))
        other = Article(title="Other", body="Un autre article.", format="txt", language="fr")
        [(article_id, _), (other_id, _)] = [(s.article_id, s.kind) for s in add_articles(library, [
            Article(title="Long article", body=body, format="txt", language="fr"), other])]
        tag_ids = [tag.id for tag in TagService(library).tags()]
        db = library.database()
        with write_transaction(db):
            for n in range(HIGHLIGHTS):
                start = rng.randrange(0, len(body) - 200)
                end = start + rng.randint(20, 200)
                insert_highlight(db, Highlight(article_id=article_id, anchor=Anchor.of_span(body, start, end),
                                               note=f"note {n}", tag_ids=tuple(rng.sample(tag_ids, rng.randint(1, 2)))))
        window = MainWindow(carnet=Carnet(library), runner=TaskRunner(),
                            settings=QSettings(str(Path(workdir) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        timings = []
        for _ in range(10):
            window._show_article(other_id)
            app.processEvents()
            started = time.perf_counter()
            window._show_article(article_id)
            app.processEvents()  # layout and first paint of the reader and the panel
            timings.append((time.perf_counter() - started) * 1000)
        assert len(window.reader.painted_highlights) == HIGHLIGHTS
        window.close()
        library.close()
    median = statistics.median(timings)
    return [Row(f"open an article ({len(body):,} characters) with {HIGHLIGHTS} highlights, reader and panel "
                f"painted (median of {len(timings)}; slowest {max(timings):.0f} ms)",
                f"{median:.0f} ms", "≤ 100 ms", at_most(median, 100))]


if __name__ == "__main__":
    print_rows(rows())

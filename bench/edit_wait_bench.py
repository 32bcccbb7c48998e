"""How long an edit (a note saved, a tag key pressed) waits while an import runs beside
it in the same process, as the window runs one: the worst of the edits made every
20–120 ms while it runs (at least 50), for a 2,000-file text import and a 300-file PDF
import.

Run: `.venv/bin/python bench/edit_wait_bench.py` (also in `make bench`).
"""

from __future__ import annotations

import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.annotating import AnnotationService  # noqa: E402
from app.services.importing import import_paths  # noqa: E402
from app.services.library import open_library  # noqa: E402
from app.services.tagging import TagService  # noqa: E402
from bench.import_bench import sample_sentences, write_files  # noqa: E402
from bench.report import Row, at_most, print_rows  # noqa: E402

EDITS = 50
TARGET_MS = 100


def measure(kind: str, count: int) -> tuple[float, float, int]:
    """(worst wait, median wait) in ms of the edits made while the import ran, and how many."""
    rng = random.Random(count)
    with tempfile.TemporaryDirectory() as workdir:
        files = write_files(kind, count, Path(workdir), sample_sentences())
        library = open_library(Path(workdir) / "library")
        notes, tags = AnnotationService(library), TagService(library)
        article_id = library.database().execute("SELECT min(id) FROM articles").fetchone()[0]
        highlight = notes.add_highlight(article_id=article_id, start=0, end=20).value
        funding = tags.find("funding")
        done = threading.Event()
        importer = threading.Thread(target=lambda: (import_paths(library, [files]), done.set()))
        importer.start()
        time.sleep(0.5)  # let the import get going
        waits, during, number = [], 0, 0
        while not done.is_set() or number < EDITS:
            number += 1
            started = time.perf_counter()
            if number % 2:
                notes.set_note(highlight.id, f"note {number}")
            elif funding.id in notes.highlight(highlight.id).tag_ids:
                notes.remove_tag(highlight.id, funding.id)
            else:
                notes.add_tag(highlight.id, funding.id)
            if not done.is_set():
                waits.append((time.perf_counter() - started) * 1000)
                during += 1
            time.sleep(rng.uniform(0.02, 0.12))
        importer.join()
        library.close()
    waits.sort()
    return (waits[-1], waits[len(waits) // 2], during) if waits else (0.0, 0.0, 0)


def rows() -> list[Row]:
    result = []
    for kind, count, label in (("text", 2_000, "2,000 text files"), ("pdf", 300, "300 PDF files")):
        worst, median, during = measure(kind, count)
        result.append(Row(f"longest wait of an edit during an import of {label} (worst of the {during} edits "
                          f"made while it ran; median {median:.1f} ms)", f"{worst:.0f} ms",
                          f"≤ {TARGET_MS} ms", at_most(worst, TARGET_MS)))
    return result


if __name__ == "__main__":
    print_rows(rows())

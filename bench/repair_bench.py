"""How long the library's own safety work takes on a large library: a backup, a check of a
whole library, the repair of a search index whose pages are damaged (copy of the intact
tables into a fresh database, index rebuilt there, put in place), and a restore.

    .venv/bin/python bench/repair_bench.py [ARTICLES]
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.backups import backup_library, restore_library  # noqa: E402
from app.services.checking import check_library  # noqa: E402
from app.services.library import open_library  # noqa: E402
from bench.libraries import build_library  # noqa: E402


def _timed(label: str, work) -> object:
    started = time.perf_counter()
    result = work()
    print(f"  {label:<44} {time.perf_counter() - started:7.2f} s", flush=True)
    return result


def main(articles: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="carnet-repair-"))
    folder = work / "library"
    library = build_library(folder, articles, highlights=articles // 5)
    library.close()
    size = (folder / "library.sqlite").stat().st_size / 2**20
    print(f"{articles} articles, {articles // 5} highlights, {size:.0f} MB")
    backup = _timed("backup", lambda: backup_library(folder / "library.sqlite"))
    library = open_library(folder, prepare=False)
    _timed("check of a whole library", lambda: check_library(library))
    library.close()
    connection = sqlite3.connect(folder / "library.sqlite")
    page = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'article_index_docsize'").fetchone()[0]
    connection.close()
    with open(folder / "library.sqlite", "r+b") as handle:
        handle.seek((root - 1) * page + 8)
        handle.write(b"\xff" * 200)
    library = open_library(folder, prepare=False)
    report = _timed("check and repair of a damaged index", lambda: check_library(library))
    assert report.repaired and report.sound, report
    _timed("restore", lambda: restore_library(folder / "library.sqlite", backup))
    shutil.rmtree(work)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)

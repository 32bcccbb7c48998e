"""The window at scale, each measure in a fresh `carnet`-like process (bench/window_probe.py):
cold start to the first paint of the article list at 10,000 articles (median of 5),
sorting, tag filters, scrolling and peak memory at 100,000 articles, and the longest
pause of the event loop while 2,000 files import.

Run with `make bench` or `python bench/window_bench.py [ARTICLES_AT_SCALE]`.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.libraries import build_library  # noqa: E402
from bench.report import Row, at_most, print_rows  # noqa: E402

PROBE = Path(__file__).with_name("window_probe.py")
START_ARTICLES, SCALE_ARTICLES, SCALE_HIGHLIGHTS, IMPORT_FILES = 10_000, 100_000, 20_000, 2_000


def _probe(*args: str) -> dict:
    output = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def cold_starts(library: Path, runs: int = 5) -> list[float]:
    seconds = []
    for _ in range(runs):
        launched = time.time()
        seconds.append(_probe("start", str(library))["painted_at"] - launched)
    return seconds


def rows(scale_articles: int = SCALE_ARTICLES) -> list[Row]:
    with tempfile.TemporaryDirectory() as workdir:
        work = Path(workdir)
        build_library(work / "start", START_ARTICLES).close()
        starts = cold_starts(work / "start")
        start = statistics.median(starts)
        result = [Row(f"cold start to the first paint of the article list, {START_ARTICLES:,} articles "
                      f"(median of {len(starts)}; slowest {max(starts):.2f} s)",
                      f"{start:.2f} s", "≤ 1.5 s", at_most(start, 1.5))]

        build_library(work / "scale", scale_articles, highlights=SCALE_HIGHLIGHTS).close()
        scale = _probe("scale", str(work / "scale"))
        sort = max(scale["sort_title_ms"], scale["sort_date_ms"], scale["sort_source_ms"])
        result += [
            Row(f"peak memory, window on {scale_articles:,} articles after sorting, filtering and scrolling "
                f"all of the list (at opening: {scale['rss_open_mb']:.0f} MB)",
                f"{scale['rss_peak_mb']:.0f} MB", "≤ 400 MB", at_most(scale["rss_peak_mb"], 400)),
            Row(f"sorting the list of {scale_articles:,} articles (slowest of title, source, date)",
                f"{sort:.0f} ms", "≤ 200 ms", at_most(sort, 200)),
            Row(f"filtering the list by a tag (slowest of {SCALE_HIGHLIGHTS:,} highlights' 8 tags; "
                f"clearing: {scale['clear_filter_ms']:.0f} ms)",
                f"{scale['tag_filter_ms']:.0f} ms", "≤ 200 ms", at_most(scale["tag_filter_ms"], 200)),
            Row(f"scrolling: slowest of {scale['scroll_jumps']} jumps across the list / of 50 page-downs",
                f"{scale['scroll_jump_max_ms']:.0f} ms / {scale['page_down_max_ms']:.0f} ms",
                "page-downs within a frame at 60 Hz, ≤ 16 ms", at_most(scale["page_down_max_ms"], 16)),
            Row("opening an article from the middle of the list", f"{scale['open_article_ms']:.0f} ms"),
        ]

        files = work / "files"
        files.mkdir()
        for n in range(IMPORT_FILES):
            (files / f"{n:05d}.txt").write_text(f"Article {n}\n\nLes usines d'IA, texte {n}.\n" * 5,
                                                encoding="utf-8")
        stall = _probe("import", str(work / "import"), str(files))
        result.append(Row(f"longest pause of the window's event loop while {IMPORT_FILES:,} files import",
                          f"{stall['worst_pause_ms']:.0f} ms", "≤ 100 ms", at_most(stall["worst_pause_ms"], 100)))
    return result


if __name__ == "__main__":
    print_rows(rows(*(int(arg) for arg in sys.argv[1:2])))

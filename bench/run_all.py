"""Runs every benchmark and writes bench/RESULTS.md: each figure beside its target.

Run with `make bench` (about ten minutes; libraries of 100,000 articles are built).
"""

from __future__ import annotations

import datetime
import os
import platform
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# The offscreen platform warns on every window it cannot size from hints; not news here.
os.environ.setdefault("QT_LOGGING_RULES", "default.warning=false")

from bench import (annotation_import_bench, edit_wait_bench, export_bench, highlights_bench, import_bench,  # noqa: E402
                   search_bench, search_peers, search_relevance, suggestions_eval, ui_pauses_bench,
                   window_bench)
from bench.report import Row, print_rows  # noqa: E402

RESULTS = Path(__file__).with_name("RESULTS.md")
BENCHMARKS = [
    ("Import", import_bench.rows),
    ("Index and search", search_bench.rows),
    ("Search beside its peers (realistic corpus)", search_peers.rows),
    ("Search relevance (related words)", search_relevance.rows),
    ("Window", window_bench.rows),
    ("Window during long reads", ui_pauses_bench.rows),
    ("Edits during an import", edit_wait_bench.rows),
    ("Highlights", highlights_bench.rows),
    ("Export", export_bench.rows),
    ("Annotation import", annotation_import_bench.rows),
    ("Suggestions", suggestions_eval.rows),
]


def _machine() -> str:
    from importlib.metadata import version

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() \
        else platform.processor()
    memory = ""
    if hasattr(os, "sysconf") and "SC_PHYS_PAGES" in os.sysconf_names:
        memory = f", {os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.0f} GB memory"
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{memory}; "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, PySide6 {version('PySide6')}")


def main() -> None:
    started = time.perf_counter()
    sections: list[tuple[str, list[Row]]] = []
    for title, run in BENCHMARKS:
        print(f"== {title}", flush=True)
        rows = run()
        print_rows(rows)
        sections.append((title, rows))
    minutes = (time.perf_counter() - started) / 60
    lines = [
        "# Benchmark results",
        "",
        f"Made by `make bench` on {datetime.date.today().isoformat()} in {minutes:.1f} minutes.",
        f"Machine: {_machine()}.",
        "Timings on this machine vary by about ±25 % from run to run. What each benchmark does is "
        "described at the top of its file in `bench/`.",
        "",
        "| | Measure | Figure | Target | |",
        "|---|---|---|---|---|",
    ]
    for title, rows in sections:
        for row in rows:
            lines.append(f"| {title} | {row.measure} | {row.figure} | {row.target} | {row.verdict} |")
    missed = [row for _, rows in sections for row in rows if row.met is False]
    lines += ["", f"{len(missed)} target{'s' if len(missed) != 1 else ''} missed."
              + (" Why, and what limits them: see the closing notes of the issues that set them." if missed else "")]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS} ({minutes:.1f} minutes)")


if __name__ == "__main__":
    main()

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
                   places_eval, rule_count_bench, search_bench, search_known_items, search_peers, search_relevance,
                   suggestions_eval, team_library_bench, ui_pauses_bench, window_bench)
from bench.report import Row, print_rows  # noqa: E402

RESULTS = Path(__file__).with_name("RESULTS.md")
BENCHMARKS = [
    ("Import", import_bench.rows),
    ("Index and search", search_bench.rows),
    ("Search beside its peers (realistic corpus)", search_peers.rows),
    ("Search relevance (related words)", search_relevance.rows),
    ("Search ranking (known items)", search_known_items.rows),
    ("Window", window_bench.rows),
    ("Window during long reads", ui_pauses_bench.rows),
    ("Edits during an import", edit_wait_bench.rows),
    ("Highlights", highlights_bench.rows),
    ("Export", export_bench.rows),
    ("Annotation import", annotation_import_bench.rows),
    ("Suggestions", suggestions_eval.rows),
    ("Tag rules' live count", rule_count_bench.rows),
    ("Places", places_eval.rows),
    ("Team library (PostgreSQL) beside the local library", team_library_bench.rows),
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


def _kept_rows(titles: set[str]) -> dict[str, list[str]]:
    """The table lines of RESULTS.md for these sections, as the last run wrote them."""
    kept: dict[str, list[str]] = {}
    if RESULTS.exists():
        for line in RESULTS.read_text(encoding="utf-8").splitlines():
            title = line.split("|")[1].strip() if line.startswith("| ") and line.count("|") >= 6 else ""
            if title in titles:
                kept.setdefault(title, []).append(line)
    return kept


def _kept_sections() -> list[str]:
    """The sections after the table (`## …`, such as the import corpora's, which
    `make bench-import` measures), kept as the last RESULTS.md has them."""
    if not RESULTS.exists():
        return []
    text = RESULTS.read_text(encoding="utf-8")
    start = text.find("\n## ")
    return ["", *text[start + 1:].rstrip("\n").splitlines()] if start >= 0 else []


def main(only: list[str]) -> None:
    """Run every benchmark (or, with section titles, only those, keeping the other
    sections' rows from the last RESULTS.md) and write RESULTS.md."""
    unknown = set(only) - {title for title, _ in BENCHMARKS}
    if unknown:
        raise SystemExit(f"no benchmark section named {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    kept = _kept_rows({title for title, _ in BENCHMARKS if only and title not in only})
    sections: list[tuple[str, list[Row]]] = []
    for title, run in BENCHMARKS:
        if only and title not in only:
            continue
        print(f"== {title}", flush=True)
        rows = run()
        print_rows(rows)
        sections.append((title, rows))
    minutes = (time.perf_counter() - started) / 60
    made = (f"Made by `make bench` on {datetime.date.today().isoformat()} in {minutes:.1f} minutes."
            if not only else f"Sections {', '.join(only)} measured again by `make bench BENCH=…` on "
                             f"{datetime.date.today().isoformat()} ({minutes:.1f} minutes); the others are "
                             "from the run before.")
    lines = [
        "# Benchmark results",
        "",
        made,
        f"Machine: {_machine()}.",
        "Timings on this machine vary by about ±25 % from run to run. What each benchmark does is "
        "described at the top of its file in `bench/`.",
        "",
        "| | Measure | Figure | Target | |",
        "|---|---|---|---|---|",
    ]
    measured = dict(sections)
    for title, _ in BENCHMARKS:
        if title in measured:
            lines += [f"| {title} | {row.measure} | {row.figure} | {row.target} | {row.verdict} |"
                      for row in measured[title]]
        else:
            lines += kept.get(title, [])
    missed = [line for line in lines if line.endswith("| **missed** |")]
    lines += ["", f"{len(missed)} target{'s' if len(missed) != 1 else ''} missed."
              + (" Why, and what limits them: see the closing notes of the issues that set them." if missed else "")]
    RESULTS.write_text("\n".join(lines + _kept_sections()) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS} ({minutes:.1f} minutes)")


if __name__ == "__main__":
    main(sys.argv[1:])

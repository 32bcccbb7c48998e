"""The tag editor's live count of the sentences a tag's rules would propose, on 10,000
articles: how long until the whole count is shown and until the first partial one, for
the default *sites* rule (keywords, places and site words) and for a rule of two
keywords, and the longest pause of the window's event loop (a 5 ms heartbeat's worst
gap) while the editor counts. The count runs in a child process, half a second after
the last edit.

Run with `make bench` or `python bench/rule_count_bench.py [ARTICLES]`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.report import Row, at_most, print_rows  # noqa: E402

ARTICLES, HEARTBEAT_MS = 10_000, 5
NARROW_RULES = {"keywords": ["gigafactory", "supercalculateur"]}


def _count_in_window(library_folder: Path, rules: dict | None) -> dict:
    """Open the tag editor on *sites* (with `rules` typed in, if given) and time its count."""
    from PySide6.QtCore import QSettings, QTimer

    from app.ui.application import application, open_window

    app = application(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(library_folder, settings=settings)
    window.resize(1400, 900)
    app.processEvents()
    ticks: list[float] = []
    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.setTimerType(heartbeat.timerType().PreciseTimer)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    seen: dict = {}

    def open_editor() -> None:
        seen["at"] = time.perf_counter()
        editor = seen["editor"] = window.manage_tags()
        editor.choose("sites")
        if rules is not None:
            editor.rules.set_rules(rules)  # as if typed: the count starts as after an edit
        editor.rules.edited.emit()

        def counted(text: str) -> None:
            now = time.perf_counter()
            if "so far" in text:
                seen.setdefault("first_partial", now)
            if not editor.counter.running and editor.counter.last is not None and "done" not in seen:
                seen["done"] = now
                QTimer.singleShot(200, app.quit)

        editor.counter.counted.connect(counted)

    QTimer.singleShot(800, open_editor)
    app.exec()
    heartbeat.stop()
    during = [t for t in ticks if seen["at"] <= t <= seen["done"]]
    gaps = [later - earlier for earlier, later in zip(during, during[1:])]
    worst = max(range(len(gaps)), key=gaps.__getitem__)
    count = seen["editor"].counter.last
    window.close()
    return {"seconds": seen["done"] - seen["at"], "count": count, "worst_pause_ms": gaps[worst] * 1000,
            "worst_at_s": during[worst] - seen["at"],
            "first_partial_s": seen.get("first_partial", seen["done"]) - seen["at"]}


def rows(articles: int = ARTICLES) -> list[Row]:
    from app.services.library import open_library
    from bench.libraries import build_library
    from app.services.suggesting import SuggestionService
    from app.services.tagging import TagService

    folder = Path(tempfile.mkdtemp()) / "library"
    build_library(folder, articles).close()
    wide = _count_in_window(folder, None)  # (the window adds the five sample articles first)
    narrow = _count_in_window(folder, NARROW_RULES)
    library = open_library(folder)
    sites = TagService(library).find("sites")
    started = time.perf_counter()
    direct = SuggestionService(library).proposal_count(sites.rules, tag_id=sites.id)
    direct_s = time.perf_counter() - started
    library.close()
    assert wide["count"] == direct, (wide, direct)
    worst = max(wide, narrow, key=lambda measured: measured["worst_pause_ms"])
    what = f"{articles:,} articles"
    return [
        Row(f"live count of the sites rule's sentences in the tag editor, {what} ({wide['count']:,} sentences; "
            f"first partial count at {wide['first_partial_s']:.1f} s; counted in the window's own process: "
            f"{direct_s:.1f} s)", f"{wide['seconds']:.1f} s", ""),
        Row(f"live count of a two-keyword rule, {what} ({narrow['count']:,} sentences; first partial count at "
            f"{narrow['first_partial_s']:.1f} s)", f"{narrow['seconds']:.1f} s", ""),
        Row(f"longest pause of the window's event loop (5 ms heartbeat) while the tag editor counts, {what} "
            f"({worst['worst_at_s']:.1f} s after the editor opened)", f"{worst['worst_pause_ms']:.0f} ms", "≤ 50 ms",
            at_most(worst["worst_pause_ms"], 50)),
    ]


if __name__ == "__main__":
    print_rows(rows(int(sys.argv[1]) if len(sys.argv) > 1 else ARTICLES))

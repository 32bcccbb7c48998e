"""The window stays responsive during long reads: the longest pause of its event loop (a
5 ms heartbeat's worst gap) while Facts and, separately, Suggestions run over 10,000
articles, and the time and peak memory to open a 47 MB one-line article. Each measure
runs in a fresh `carnet`-like process (this file, with a mode), on a library built first.

Run with `make bench` or `python bench/ui_pauses_bench.py [ARTICLES] [BIG_ARTICLE_MB]`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.report import Row, at_most, print_rows  # noqa: E402

ARTICLES, BIG_ARTICLE_MB, HEARTBEAT_MS = 10_000, 47, 5
BIG_TITLE, SHORT_TITLE = "A very long one-line article", "A short article"


def _probe(*args: str) -> dict:
    output = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _window(library: Path):
    from PySide6.QtCore import QSettings

    from app.ui.application import application, open_window

    app = application(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(library, settings=settings)
    window.resize(1400, 900)
    app.processEvents()
    return app, window


def pauses(which: str, library: Path) -> dict:
    """Open Facts (or whole-library Suggestions) and record the heartbeat until it is loaded."""
    from PySide6.QtCore import QTimer

    app, window = _window(library)
    ticks: list[float] = []
    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.setTimerType(heartbeat.timerType().PreciseTimer)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    started = {}

    def open_dialog() -> None:
        started["at"] = time.perf_counter()
        dialog = window.show_facts() if which == "facts" else window.suggest(whole_library=True)
        started["dialog"] = dialog
        started["opened_ms"] = (time.perf_counter() - started["at"]) * 1000
        dialog.loaded.connect(lambda: started.setdefault("loaded", time.perf_counter()))
        dialog.loaded.connect(lambda: QTimer.singleShot(3000, app.quit))  # and what follows

    QTimer.singleShot(1200, open_dialog)  # the first second: the idle window, for comparison
    app.exec()
    heartbeat.stop()
    dialog = started["dialog"]
    idle = [t for t in ticks if t < started["at"]][20:]  # past the first paints
    idle_gaps = [later - earlier for earlier, later in zip(idle, idle[1:])]
    during = [t for t in ticks if started["at"] <= t <= started["loaded"]]
    gaps = [later - earlier for earlier, later in zip(during, during[1:])]
    after = [t for t in ticks if t >= during[-1]]
    after_gaps = [later - earlier for earlier, later in zip(after, after[1:])]
    rows = dialog.model.rowCount()
    window.close()
    return {"worst_pause_ms": max(gaps) * 1000, "idle_pause_ms": max(idle_gaps) * 1000, "rows": rows,
            "after_pause_ms": max(after_gaps) * 1000, "opened_ms": started["opened_ms"],
            "seconds": started["loaded"] - started["at"]}


def big_article(library: Path) -> dict:
    """Open the big article from the list; time until the window is idle again, and memory."""
    app, window = _window(library)
    titles = [window.article_model.index(r, 0).data() for r in range(window.article_model.rowCount())]
    window.article_list.selectRow(titles.index(SHORT_TITLE))  # so that the big one is not shown yet
    app.processEvents()
    row = titles.index(BIG_TITLE)
    before_mb = _rss_mb()
    started = time.perf_counter()
    window.article_list.selectRow(row)
    app.processEvents()
    window.reader.text.viewport().repaint()
    app.processEvents()
    seconds = time.perf_counter() - started
    shown = len(window.reader.text.toPlainText())
    body = len(window.reader.article.body)
    window.close()
    assert window.reader.article.title == BIG_TITLE
    return {"open_s": seconds, "rss_before_mb": before_mb, "peak_mb": _peak_mb(), "shown": shown, "body": body}


def _build_big(folder: Path, megabytes: int) -> None:
    from app.core.article import Article
    from app.services.importing import add_articles
    from app.services.library import open_library

    sentence = "Le campus d’IA de Paris coûtera 200 milliards d’euros selon la Commission européenne. "
    body = sentence * (megabytes * 1_000_000 // len(sentence.encode("utf-8")))
    library = open_library(folder, add_samples=False)
    add_articles(library, [Article(title=SHORT_TITLE, body=sentence, format="txt", language="fr"),
                           Article(title=BIG_TITLE, body=body, format="txt", language="fr")])
    library.close()


def _build_corpus(folder: Path, articles: int) -> None:
    from bench.libraries import build_library

    build_library(folder, articles).close()


def rows(articles: int = ARTICLES, big_mb: int = BIG_ARTICLE_MB) -> list[Row]:
    with tempfile.TemporaryDirectory() as workdir:
        work = Path(workdir)
        _build_corpus(work / "corpus", articles)
        facts = _probe("pauses", "facts", str(work / "corpus"))
        suggestions = _probe("pauses", "suggestions", str(work / "corpus"))
        _build_big(work / "big", big_mb)
        big = _probe("big", str(work / "big"))
    result = []
    for name, figures in (("Facts", facts), ("Suggestions (whole library)", suggestions)):
        result.append(Row(
            f"longest pause of the window's event loop ({HEARTBEAT_MS} ms heartbeat) while {name} reads "
            f"{articles:,} articles ({figures['rows']:,} rows in {figures['seconds']:.1f} s; "
            f"dialog shown in {figures['opened_ms']:.0f} ms; idle window's worst: {figures['idle_pause_ms']:.0f} ms)",
            f"{figures['worst_pause_ms']:.0f} ms", "≤ 50 ms", at_most(figures["worst_pause_ms"], 50)))
        result.append(Row(f"longest pause in the 3 s after {name} showed its rows (their first paint, and the "
                          f"full garbage collection put off while the task ran)",
                          f"{figures['after_pause_ms']:.0f} ms"))
    result.append(Row(
        f"opening a {big_mb} MB one-line article ({big['body']:,} characters, {big['shown']:,} laid out): "
        f"time until the window is idle", f"{big['open_s']:.2f} s", "≤ 1 s", at_most(big["open_s"], 1)))
    result.append(Row(f"peak memory of the window with that article open (before opening it: "
                      f"{big['rss_before_mb']:.0f} MB)", f"{big['peak_mb']:.0f} MB", "≤ 600 MB",
                      at_most(big["peak_mb"], 600)))
    return result


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "pauses":
        print(json.dumps(pauses(sys.argv[2], Path(sys.argv[3]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "big":
        print(json.dumps(big_article(Path(sys.argv[2]))))
    else:
        print_rows(rows(*[int(arg) for arg in sys.argv[1:3]]))

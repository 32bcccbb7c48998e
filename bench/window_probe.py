"""Run by bench/window_bench.py in a process of its own: opens the Carnet window on a
library as `carnet` does, and reports timings and memory as one JSON line.

    python bench/window_probe.py start LIBRARY   first paint of the article list
    python bench/window_probe.py scale LIBRARY   sorting, tag filters, scrolling, memory
    python bench/window_probe.py import LIBRARY FOLDER   event-loop pauses during an import
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer  # noqa: E402

from app.ui.application import application, open_window  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, on_paint) -> None:
        super().__init__()
        self._on_paint = on_paint
        self.done = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self._on_paint)  # once this paint has finished
        return False


def _peak_mb() -> float:
    """This process's peak resident memory. On Linux ru_maxrss would carry over the peak
    of the benchmark that started this process, so the kernel's own figure is read."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 2**20)


def _timed(app, action) -> float:
    started = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def start(library: Path) -> dict:
    app = application(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    result = {}

    def painted() -> None:
        result["painted_at"] = time.time()
        app.quit()

    window_holder = {}
    probe = FirstPaint(painted)

    def watch() -> None:
        window = open_window(library, settings=settings)
        window_holder["window"] = window
        window.article_list.viewport().installEventFilter(probe)

    QTimer.singleShot(0, watch)
    app.exec()
    result["rows"] = window_holder["window"].article_model.total()
    return result


def scale(library: Path) -> dict:
    app = application(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(library, settings=settings)
    window.resize(1400, 900)
    app.processEvents()
    result = {"articles": window.article_model.total(), "rss_open_mb": _peak_mb()}
    view, model = window.article_list, window.article_model
    result["sort_title_ms"] = _timed(app, lambda: view.sortByColumn(0, Qt.SortOrder.AscendingOrder))
    result["sort_date_ms"] = _timed(app, lambda: view.sortByColumn(2, Qt.SortOrder.DescendingOrder))
    result["sort_source_ms"] = _timed(app, lambda: view.sortByColumn(1, Qt.SortOrder.AscendingOrder))
    tags = window._tags.tags()
    filters = [_timed(app, lambda tag=tag: window.tags_panel.choose(tag.id)) for tag in tags]
    result["tag_filter_ms"] = max(filters)
    result["tag_filter_rows"] = model.total()
    result["clear_filter_ms"] = _timed(app, lambda: window.tags_panel.choose(None))
    bar = view.verticalScrollBar()
    steps = [_timed(app, lambda value=value: bar.setValue(value))
             for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 100))]
    result["scroll_jump_max_ms"] = max(steps)
    result["scroll_jumps"] = len(steps)
    window.article_model.reload()  # forget the pages read, then page down from the middle
    bar.setValue(bar.maximum() // 2)
    app.processEvents()
    result["page_down_max_ms"] = max(_timed(app, lambda: bar.triggerAction(bar.SliderAction.SliderPageStepAdd))
                                     for _ in range(50))
    result["scroll_to_end_ms"] = _timed(app, view.scrollToBottom)
    result["open_article_ms"] = _timed(app, lambda: view.selectRow(model.rowCount() // 2))
    result["rss_peak_mb"] = _peak_mb()
    window.close()
    return result


def import_pauses(library: Path, files: Path) -> dict:
    """The longest gap between ticks of a 10 ms timer while the window imports `files`."""
    app = application(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(library, settings=settings)
    window.importer._show_report = lambda report: None
    ticks: list[float] = []
    heartbeat = QTimer(interval=10, timeout=lambda: ticks.append(time.perf_counter()))
    window.importer.finished.connect(lambda _report: app.quit())
    heartbeat.start()
    window.importer.start([files])
    app.exec()
    heartbeat.stop()
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    return {"worst_pause_ms": max(gaps) * 1000, "ticks": len(ticks), "articles": window._articles.count()}


if __name__ == "__main__":
    mode, arguments = sys.argv[1], [Path(arg) for arg in sys.argv[2:]]
    print(json.dumps({"start": start, "scale": scale, "import": import_pauses}[mode](*arguments)))

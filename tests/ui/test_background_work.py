"""Long reads run off the UI thread: their dialogs open at once, show progress, can be
cancelled, and a task that fails always says so."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.searching import SearchService
from app.ui.models.search_results_model import SearchResultsModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.task_progress import TaskProgress


def _error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "task_error" and w.isVisible()]


def test_a_task_started_without_a_failure_handler_still_says_it_failed(qtbot):
    runner = TaskRunner()

    def work(progress, cancel):
        raise OSError("the disk went away")

    with qtbot.waitSignal(runner.failure_reported, timeout=5000):
        runner.start(work)
    boxes = _error_boxes()
    assert boxes and "the disk went away" in boxes[0].text()
    for box in boxes:
        box.close()
    runner.cancel_all_and_wait()


def test_progress_is_shown_and_cancel_stops_the_work(qtbot):
    runner = TaskRunner()
    strip = TaskProgress("Reading {done} of {total} articles…")
    qtbot.addWidget(strip)
    stopped, results = threading.Event(), []

    def work(progress, cancel):
        for done in range(1, 1_000_000):
            if cancel.cancelled:
                stopped.set()
                return "cancelled"
            if done <= 3:
                progress(done, 10_000, "")
                threading.Event().wait(0.06)  # progress reaches the window at most every 50 ms
            threading.Event().wait(0.001)
        return "ended"

    strip.run(runner, work, finished=results.append, failure="It failed")
    assert strip.isVisible() and strip.running
    shown = QLocale().toString(10_000)
    qtbot.waitUntil(lambda: strip.label.text() == f"Reading 3 of {shown} articles…", timeout=5000)
    assert (strip.bar.value(), strip.bar.maximum()) == (3, 10_000)
    with qtbot.waitSignal(strip.cancelled):
        qtbot.mouseClick(strip.cancel_button, Qt.MouseButton.LeftButton)
    assert stopped.wait(2)
    assert runner.cancel_all_and_wait(5000)
    qtbot.wait(50)
    assert results == [] and not strip.isVisible() and not strip.running


def _wait_loaded(qtbot, dialog):
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)


def test_facts_open_at_once_and_come_from_the_background(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.show_facts()
    assert dialog.isVisible() and dialog.loading and dialog.progress.isVisible()
    assert dialog.model.rowCount() == 0
    _wait_loaded(qtbot, dialog)
    assert dialog.model.rowCount() > 0 and not dialog.progress.isVisible()


def test_suggestions_open_at_once_and_come_from_the_background(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.suggest(whole_library=True)
    assert dialog.isVisible() and dialog.loading and dialog.model.rowCount() == 0
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # nothing to answer yet: nothing happens
    _wait_loaded(qtbot, dialog)
    # the first row names the first article; its first sentence is chosen
    assert dialog.model.rowCount() > 0 and dialog.list.currentIndex().row() == 1
    assert dialog.model.sentence(0) is None and dialog.model.sentence(1) is not None
    assert "left" in dialog.count.text()


def test_topics_open_at_once_and_come_from_the_background(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.show_topics()
    assert dialog.isVisible() and dialog.loading and dialog.charts.stats.tags == []
    _wait_loaded(qtbot, dialog)
    assert {tag.name for tag in dialog.charts.stats.tags} >= {"funding", "sites", "Commission"}


def test_closing_a_dialog_while_it_loads_cancels_its_task(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.show_facts()
    qtbot.addWidget(dialog)
    [task] = [t for t in window._runner.running]
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert task.cancel_token.cancelled and not dialog.isVisible()
    window._runner.cancel_all_and_wait()
    qtbot.wait(50)
    assert dialog.model.rowCount() == 0


def test_more_search_hits_are_fetched_off_the_ui_thread(qtbot, library):
    search = SearchService(library)
    runner = TaskRunner()
    model = SearchResultsModel(search, runner)
    model.PAGE_SIZE = 2
    model.show_page(search.search("investissements", limit=2))
    model.fetchMore()
    assert model.rowCount() == 2 and model.fetching and not model.canFetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    model.fetchMore()
    model.show_page(search.search("usines", limit=2))  # a new query: the page on its way is dropped
    qtbot.wait(200)
    runner.cancel_all_and_wait()
    qtbot.wait(50)
    assert model.query == "usines" and model.rowCount() == 2


class _Cycle:
    """Garbage that only the cycle collector frees; it notes the thread that freed it."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_garbage_is_collected_on_the_ui_thread_never_on_a_worker(qtbot):
    runner = TaskRunner()

    def allocate(progress, cancel):  # enough new containers to trigger a collection anywhere
        return len([[n] for n in range(200_000)])

    gc.collect()
    _Cycle.freed_on.clear()
    for _ in range(50):
        _Cycle()
    runner.start(allocate)
    runner.cancel_all_and_wait()  # this thread allocates nothing while the worker runs
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) == 50, timeout=5000)
    assert set(_Cycle.freed_on) == {threading.main_thread().name}

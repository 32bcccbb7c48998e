"""Running long service calls off the UI thread.

A task wraps a service call that takes `progress` and `cancel`; its signals arrive on
the UI thread. Each worker thread opens its own database connection (the library
gives one per thread), and closing the window cancels tasks and waits for them. A task
started without a `failed` handler still says when it fails: in the error box the
window uses for every failed task.
"""

from __future__ import annotations

import gc
import time
import traceback
import weakref
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.core.tasks import CancelToken
from app.ui.dialogs.task_error import TaskErrorBox

Work = Callable[..., Any]
"""Called as work(progress=..., cancel=...)."""


class UiThreadGarbageCollector(QObject):
    """Python's cycle collector runs on whichever thread happens to allocate: on a worker
    it would destroy Qt objects (a closed window, its timers) off their thread, and Qt
    crashes. So automatic collection is off and this collects on the UI thread instead
    (as Anki does): the young generations as often as Python would (so each collection
    stays short), the whole heap only while no background task runs (a full collection
    of a library's worth of results would pause the window)."""

    INTERVAL_MS = 10
    FULL_EVERY_S = 30.0
    YOUNG_AT_LEAST_EVERY_S = 1.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self, interval=self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    _last_young = _last_full = 0.0

    @classmethod
    def collect_if_due(cls) -> None:
        now = time.monotonic()
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if (counts[2] > thresholds[2] and now - cls._last_full > cls.FULL_EVERY_S
                and not any(runner.active for runner in _runners)):
            gc.collect(2)
            cls._last_full = cls._last_young = now
        elif counts[1] > thresholds[1]:
            gc.collect(1)
            cls._last_young = now
        elif counts[0] > thresholds[0] or (counts[0] and now - cls._last_young > cls.YOUNG_AT_LEAST_EVERY_S):
            gc.collect(0)
            cls._last_young = now


_runners: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


_collector: UiThreadGarbageCollector | None = None


def collect_garbage_on_ui_thread() -> None:
    """Start the UI thread's garbage collector (once per process); call on the UI thread."""
    global _collector
    if _collector is None:
        _collector = UiThreadGarbageCollector(QCoreApplication.instance())


def throttled(progress: Callable[[int, int, str], None], *, seconds: float = 0.05):
    """`progress` called at most every `seconds` (and always for the last step): each call
    from a worker is an event the UI thread handles, and one per article is too many."""
    last = [0.0]

    def report(done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= seconds:
            last[0] = now
            progress(done, total, label)

    return report


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Task(QRunnable):
    """One run of `work`; create it on the UI thread so its signals are delivered there."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.cancel_token = CancelToken()
        self.signals = TaskSignals()

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def run(self) -> None:
        try:
            result = self.work(progress=self.signals.progress.emit, cancel=self.cancel_token)
        except Exception as error:  # reported to the UI, never raised into Qt
            error.details = traceback.format_exc()
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them until they end.

    `inline=True` runs each task at once on the calling thread, for tests.
    """

    failure_reported = Signal(object)
    """A task without its own `failed` handler failed with this exception."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int | None = None,
                 inline: bool = False) -> None:
        super().__init__(parent)
        collect_garbage_on_ui_thread()
        _runners.add(self)
        self._pool = QThreadPool(self)
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)
        self._inline = inline
        self._running: set[Task] = set()
        self._error_boxes: set[QObject] = set()
        self._retired: list[Task] = []

    def start(self, work: Work, *, finished: Callable[[Any], None] | None = None,
              failed: Callable[[Exception], None] | None = None,
              progress: Callable[[int, int, str], None] | None = None) -> Task:
        task = Task(work)
        if finished:
            task.signals.finished.connect(finished)
        task.signals.failed.connect(failed or self.report_failure)
        if progress:
            task.signals.progress.connect(progress)
        task.signals.finished.connect(lambda _result: self._retire(task))
        task.signals.failed.connect(lambda _error: self._retire(task))
        self._forget_retired()
        self._running.add(task)
        if self._inline:
            task.run()
        else:
            self._pool.start(task)
        return task

    def _retire(self, task: Task) -> None:
        # The worker thread may still be returning from run() and the signal still being
        # delivered: the task is freed only once no thread of the pool runs anything.
        self._running.discard(task)
        self._retired.append(task)

    def _forget_retired(self) -> None:
        if self._retired and self._pool.activeThreadCount() == 0:
            self._retired.clear()

    def report_failure(self, error: Exception) -> None:
        """What a task started without a `failed` handler does when it fails."""
        box = TaskErrorBox.show_error(QApplication.activeWindow(),
                                      QCoreApplication.translate("TaskRunner", "A background task failed"), error)
        self._error_boxes.add(box)  # a box without a parent lives as long as it is referenced
        box.finished.connect(lambda _result: self._error_boxes.discard(box))
        self.failure_reported.emit(error)

    def withdraw(self, task: Task) -> bool:
        """Take back a task that has not started yet; True if it never will."""
        if self._pool.tryTake(task):
            self._running.discard(task)
            return True
        task.cancel()
        return False

    def cancel_all_and_wait(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every task and wait for the running ones to stop."""
        for task in list(self._running):
            if self._pool.tryTake(task):
                self._running.discard(task)
            else:
                task.cancel()
        return self._pool.waitForDone(timeout_ms)

    @property
    def active(self) -> int:
        return len(self._running)

    @property
    def running(self) -> set[Task]:
        """The tasks started and not yet ended."""
        return set(self._running)

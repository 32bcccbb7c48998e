"""Running long service calls off the UI thread.

A task wraps a service call that takes `progress` and `cancel`; its signals arrive on
the UI thread. Each worker thread opens its own database connection (the library
gives one per thread), and closing the window cancels tasks and waits for them.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.tasks import CancelToken

Work = Callable[..., Any]
"""Called as work(progress=..., cancel=...)."""


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

    def __init__(self, parent: QObject | None = None, *, max_threads: int | None = None,
                 inline: bool = False) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)
        self._inline = inline
        self._running: set[Task] = set()

    def start(self, work: Work, *, finished: Callable[[Any], None] | None = None,
              failed: Callable[[Exception], None] | None = None,
              progress: Callable[[int, int, str], None] | None = None) -> Task:
        task = Task(work)
        if finished:
            task.signals.finished.connect(finished)
        if failed:
            task.signals.failed.connect(failed)
        if progress:
            task.signals.progress.connect(progress)
        task.signals.finished.connect(lambda _result: self._running.discard(task))
        task.signals.failed.connect(lambda _error: self._running.discard(task))
        self._running.add(task)
        if self._inline:
            task.run()
        else:
            self._pool.start(task)
        return task

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

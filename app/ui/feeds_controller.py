"""Updating feeds from the window: on demand (the Feeds panel's Refresh) and on the
schedule set in Preferences, always as a background task that waits for a child process
(`FeedService.update_apart`), so the window never waits; one update at a time (a
scheduled one while another runs is skipped)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.feeds import Feed
from app.services.feeds import FeedService, FeedUpdateReport
from app.ui.tasks import Task, TaskRunner


class FeedsController(QObject):
    refreshed = Signal(object)
    """The FeedUpdateReport of an update that ended (or was cancelled)."""
    running_changed = Signal(bool)
    progressed = Signal(int, int, str)

    def __init__(self, feeds: FeedService, runner: TaskRunner, *, read_only: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = feeds
        self._runner = runner
        self._read_only = read_only
        self._task: Task | None = None
        self.timer = QTimer(self, objectName="feed_schedule")
        self.timer.timeout.connect(self.refresh)
        self.last_report: FeedUpdateReport | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def set_interval(self, minutes: int) -> None:
        """Update every feed every `minutes` minutes (0: only when asked)."""
        if minutes > 0 and not self._read_only:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def refresh(self, feeds: list[Feed] | None = None) -> bool:
        """Start updating `feeds` (all by default); False when one runs already or the
        library is read-only."""
        if self.running or self._read_only:
            return False
        self._task = self._runner.start(
            lambda progress, cancel: self.service.update_apart(feeds, progress=progress, cancel=cancel),
            finished=self._on_finished, failed=self._on_failed, progress=self.progressed.emit)
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_finished(self, report: FeedUpdateReport) -> None:
        self._task = None
        self.last_report = report
        self.running_changed.emit(False)
        self.refreshed.emit(report)

    def _on_failed(self, error: Exception) -> None:
        self._task = None
        self.running_changed.emit(False)
        self._runner.report_failure(error)
        self.refreshed.emit(FeedUpdateReport())

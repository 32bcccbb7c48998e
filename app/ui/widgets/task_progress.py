"""A strip that runs one background task for a dialog: what it is doing, a bar, and a
Cancel that stops it. The dialog opens at once; its content comes when the task ends."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget
from shiboken6 import isValid

from app.ui.dialogs.task_error import TaskErrorBox
from app.ui.tasks import Task, TaskRunner, Work, throttled


class TaskProgress(QWidget):
    cancelled = Signal()
    """The user pressed Cancel (the task has been told to stop)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        """`label` is a template with {done} and {total}, e.g. "Reading {done} of {total} articles…"."""
        super().__init__(parent)
        self._template = label
        self._task: Task | None = None
        self._active = False
        self._generation = 0
        self.label = QLabel(objectName="task_label", textFormat=Qt.TextFormat.PlainText)
        self.bar = QProgressBar(objectName="task_bar")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="task_cancel")
        self.cancel_button.setAutoDefault(False)  # Enter in a dialog must not cancel
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, stretch=1)
        layout.addWidget(self.bar, stretch=1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def running(self) -> bool:
        return self._active

    def run(self, runner: TaskRunner, work: Work, *, finished: Callable[[Any], None], failure: str) -> Task:
        """Run `work` with progress shown here; `finished(result)` when it ends, unless
        it was cancelled; an error box saying `failure` when it fails."""
        self._generation += 1
        generation, self._active = self._generation, True
        self.label.setText(self.tr("Starting…"))
        self.bar.setRange(0, 0)
        self.show()

        # A task can end after its dialog was deleted: then nothing is left to show it in.
        def on_finished(result: Any) -> None:
            if isValid(self) and generation == self._generation and self._active:
                self._end()
                finished(result)

        def on_failed(error: Exception) -> None:
            if isValid(self) and generation == self._generation and self._active:
                self._end()
                TaskErrorBox.show_error(self.window(), failure, error)

        task = runner.start(lambda progress, cancel: work(progress=throttled(progress), cancel=cancel),
                            finished=on_finished, failed=on_failed, progress=self._on_progress)
        self._task = task if self._active and generation == self._generation else None
        return task

    def cancel(self) -> None:
        """Tell the task to stop and forget it: what it returns is never shown."""
        if self._active:
            if self._task is not None:
                self._task.cancel()
            self._end()
            self.cancelled.emit()

    def _on_progress(self, done: int, total: int, _name: str) -> None:
        if not isValid(self) or not self._active:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        locale = QLocale()
        self.label.setText(self._template.format(done=locale.toString(done), total=locale.toString(total)))

    def _end(self) -> None:
        self._active, self._task = False, None
        self.hide()

""""Save to Carnet" in the window: the capture endpoint (`app.services.capture_endpoint`)
opens with a library that can be written, and each page a browser sends is saved by a
background task, one after the other, so the window never waits; the result is told in
the status bar (in a field of its own, which the article count does not overwrite) and the window shows the new article (or highlight) through its
`Changes`, as after any import."""

from __future__ import annotations

import collections
import logging
import threading
from dataclasses import dataclass, field
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from app.core.capture import CaptureRequest
from app.core.changes import Outcome
from app.core.messages import Message
from app.services.capture_endpoint import CaptureEndpoint
from app.services.capturing import CaptureResult, capture_page
from app.store.library import Library
from app.ui.messages import error_text, translated
from app.ui.tasks import Task, TaskRunner

ANSWER_SECONDS = 120.0
"""How long a browser is kept waiting for its answer (the page is saved all the same)."""
SHOWN_MS = 20_000
"""How long the status bar tells what became of a capture."""


@dataclass
class _Waiting:
    """A capture handed to the window, and its answer for the browser once saved."""

    request: CaptureRequest
    done: threading.Event = field(default_factory=threading.Event)
    result: CaptureResult | None = None

    def answer(self, result: CaptureResult) -> None:
        self.result = result
        self.done.set()


class CaptureController(QObject):
    captured = Signal(object)
    """The Outcome[CaptureResult] of each capture (its changes for the window)."""
    _arrived = Signal(object)  # a _Waiting, from a request's thread to the UI thread

    def __init__(self, library: Library, runner: TaskRunner, status_bar: QStatusBar, *,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library, self._runner = library, runner
        self.label = QLabel(objectName="capture_label", textFormat=Qt.TextFormat.PlainText)
        self.label.hide()
        status_bar.addPermanentWidget(self.label)
        self._hide_timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._hide_timer.timeout.connect(self.label.hide)
        self._queue: collections.deque[_Waiting] = collections.deque()
        self._current: _Waiting | None = None
        self._task: Task | None = None
        self.endpoint: CaptureEndpoint | None = None
        self.last_result: CaptureResult | None = None
        self._arrived.connect(self._on_arrived)

    @property
    def listening(self) -> bool:
        return self.endpoint is not None

    def set_listening(self, on: bool) -> None:
        """Open the endpoint (never for a library opened read-only) or close it."""
        if on and self.endpoint is None and not self._library.read_only:
            try:
                self.endpoint = CaptureEndpoint(self._library.folder, self._request_arrived).start()
            except OSError as error:
                self._tell(self.tr("Save to Carnet is off: {error}").format(error=error.strerror or error))
        elif not on and self.endpoint is not None:
            self.endpoint.close()
            self.endpoint = None
            self._release_waiting()

    def _request_arrived(self, request: CaptureRequest) -> CaptureResult:
        """On the request's thread: hand the capture to the window and wait for its answer."""
        waiting = _Waiting(request)
        self._arrived.emit(waiting)
        if waiting.done.wait(ANSWER_SECONDS):
            return waiting.result
        return CaptureResult(request.url, "pending", Message("Carnet is still saving the page; the window "
                                                             "will show it"))

    def _on_arrived(self, waiting: _Waiting) -> None:
        if self.endpoint is None:  # closed meanwhile
            waiting.answer(_closed(waiting.request))
            return
        self._queue.append(waiting)
        self._next()

    def _next(self) -> None:
        if self._task is not None or not self._queue:
            return
        self._current = waiting = self._queue.popleft()
        self._tell(self.tr("Saving {url}…").format(url=waiting.request.url))
        self._task = self._runner.start(
            lambda progress, cancel: capture_page(self._library, waiting.request, cancel=cancel),
            finished=self._on_finished, failed=self._on_failed)

    def _on_finished(self, outcome: Outcome[CaptureResult]) -> None:
        self._end(outcome.value)
        self.captured.emit(outcome)
        self._tell(self.tr("Save to Carnet: {result}").format(result=translated(outcome.value.message)))
        self._next()

    def _on_failed(self, error: Exception) -> None:
        request = self._current.request
        logging.getLogger("carnet.capture").error("a capture of %s failed: %s", request.url,
                                                  getattr(error, "details", error))
        self._end(CaptureResult(request.url, "refused", Message("{url} was not saved: {reason}", url=request.url,
                                                                reason=str(error))))
        self._tell(self.tr("Save to Carnet: {url} was not saved: {reason}").format(url=request.url,
                                                                                  reason=error_text(error)))
        self._next()

    def _end(self, result: CaptureResult) -> None:
        self.last_result = result
        if self._current is not None:
            self._current.answer(result)
        self._current, self._task = None, None

    def _tell(self, text: str) -> None:
        self.label.setText(text)
        self.label.show()
        self._hide_timer.start()

    def _release_waiting(self) -> None:
        while self._queue:
            waiting = self._queue.popleft()
            waiting.answer(_closed(waiting.request))


def _closed(request: CaptureRequest) -> CaptureResult:
    return CaptureResult(request.url, "refused", Message("{url} was not saved: {reason}", url=request.url,
                                                         reason=Message("the library was closed")))

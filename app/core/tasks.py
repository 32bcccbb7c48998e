"""What long work needs from its caller: a progress callback and a cancel token."""

from __future__ import annotations

import threading
from typing import Callable

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, label)."""


def no_progress(done: int, total: int, label: str) -> None:
    """A progress callback that ignores progress."""


class CancelToken:
    """Set from any thread; long work checks it between items and stops cleanly."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

"""A file that tells when something opens it: a named pipe with a thread waiting to
write into it. Rich text naming it (`<img src=…>`) that Qt tried to load is caught,
whatever widget did it, instead of reading a real file."""

from __future__ import annotations

import os
import threading
from pathlib import Path


class ResourceProbe:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "probe.png"
        os.mkfifo(self.path)
        self.opened = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._wait_for_a_reader, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return self.path.as_uri()

    def _wait_for_a_reader(self) -> None:
        descriptor = os.open(self.path, os.O_WRONLY)  # returns once something opens the pipe to read it
        if not self._closing:
            self.opened.set()
        os.close(descriptor)

    def close(self) -> None:
        self._closing = True
        if self._thread.is_alive():
            os.close(os.open(self.path, os.O_RDONLY | os.O_NONBLOCK))
        self._thread.join(timeout=5)

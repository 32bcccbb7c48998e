"""A progress bar for long commands: redrawn in place on a terminal, silent otherwise
(the per-file lines that follow say what happened)."""

from __future__ import annotations

import shutil
import time
from typing import TextIO

from app.cli.terminal import shown

REDRAW_SECONDS = 0.1


class ProgressBar:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._live = stream.isatty()
        self._drawn_at = 0.0
        self._shown = False

    def update(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if not self._live or not total or (now - self._drawn_at < REDRAW_SECONDS and done < total):
            return
        self._drawn_at = now
        width = max(10, min(40, shutil.get_terminal_size().columns - 40))
        filled = width * done // total
        line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {shown(label)}"
        columns = shutil.get_terminal_size().columns
        self._stream.write("\r" + line[:columns - 1].ljust(columns - 1))
        self._stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self._stream.write("\r" + " " * (shutil.get_terminal_size().columns - 1) + "\r")
            self._stream.flush()

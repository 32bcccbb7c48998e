"""A long read of the library done in a child process.

Pure-Python work in one of the window's own threads holds the interpreter lock, and
every call the window's thread makes into Qt gives that lock up and waits its turn to
get it back: thousands of turns make a frozen window. A child process has its own
interpreter, so the window's thread never waits for it; the thread that waits for the
child here spends its time in `poll`, which holds no lock."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from app.core.errors import ToldError
from app.core.messages import Message
from app.core.tasks import CancelToken, Progress, no_progress
from app.importers.workers import process_context
from app.store.team import is_team_library

_POLL_SECONDS = 0.05
_PROGRESS_SECONDS = 0.05
_CHUNK = 2000

@dataclass(frozen=True)
class LibraryPlace:
    """Where a child process opens the library its parent has open: a folder, or a team
    library's address (with the password the person typed, if any)."""

    folder: Path | None = None
    read_only: bool = False
    on_read_only_disk: bool = False
    address: str | None = None
    password: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, library) -> LibraryPlace:
        if is_team_library(library):
            return cls(address=library.address, password=library.password, read_only=library.read_only)
        return cls(library.folder, library.read_only, library.on_read_only_disk)

    def open(self):
        """The library, as its parent has it open (nothing migrated, indexed or added)."""
        if self.address is not None:
            from app.store.postgres.team_library import open_team_library
            return open_team_library(self.address, password=self.password)
        from app.store.library import Library
        return Library(self.folder, read_only=self.read_only, on_read_only_disk=self.on_read_only_disk)


Reading = Callable[..., Iterator[tuple[tuple[int, int, str], list[Any]]]]
"""A generator run in the child: it yields `(progress, found)` pairs, `progress` being
`(done, total, label)` and `found` the items found since the last pair."""


def read_apart(reading: Reading, *args: Any, progress: Progress = no_progress,
               cancel: CancelToken | None = None, daemon: bool = True) -> list[Any]:
    """Everything `reading(*args)` yields, read in a child process (`reading` must be a
    module-level function). Cancelling stops the child and returns what came so far; a
    failure in the child is raised here as a `ToldError`. `daemon=False` for a reading
    that starts processes of its own (an import's file readers)."""
    context = process_context()
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=(reading, args, sending), daemon=daemon)
    child.start()
    sending.close()
    found: list[Any] = []
    try:
        while not (cancel is not None and cancel.cancelled):
            if not receiving.poll(_POLL_SECONDS):
                if not child.is_alive() and not receiving.poll():
                    raise ToldError(Message("the reading stopped before its end"))
                continue
            kind, payload = receiving.recv()
            if kind == "found":
                found.extend(payload)
            elif kind == "progress":
                progress(*payload)
            elif kind == "failed":
                raise ToldError(payload)
            else:
                break
        return found
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiving.close()


def _run(reading: Reading, args: tuple, sending) -> None:
    try:
        pending: list[Any] = []
        last_said, step, said = 0.0, None, None
        for step, items in reading(*args):
            pending.extend(items)
            now = time.monotonic()
            if len(pending) >= _CHUNK or now - last_said >= _PROGRESS_SECONDS:
                if pending:
                    sending.send(("found", pending))
                    pending = []
                sending.send(("progress", step))
                last_said, said = now, step
        if pending:
            sending.send(("found", pending))
        if step is not None and step != said:
            sending.send(("progress", step))
        sending.send(("done", None))
    except ToldError as error:
        sending.send(("failed", error.message))
    except Exception as error:  # told to the window as one sentence, never a traceback
        sending.send(("failed", Message("the reading failed: {error}", error=str(error) or type(error).__name__)))
    finally:
        sending.close()

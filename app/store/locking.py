"""The library's lock file: every connection to a library holds a shared lock on it, so
that replacing the whole database (a restore, a repair) can make sure nothing else has
the library open by taking it exclusively.

The lock is `flock` on `library.lock` beside the database: it is released by the
system when the process ends, however it ends, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path
from typing import Iterator

from app.core.messages import Message
from app.store.errors import LibraryBusy, LibraryError

try:
    import fcntl
except ImportError:  # Windows: no flock; SQLite's own locking is all there is
    fcntl = None

LOCK_FILE = "library.lock"
_HELD = (errno.EAGAIN, errno.EACCES)  # what flock says when another holder is in the way
WAIT_FOR_EXCLUSIVE_S = 10.0


class LibraryInUse(LibraryBusy):
    """Another window or command has the library open, so it cannot be replaced."""


class SharedLock:
    """A shared hold on a library, released by `release()` (or when garbage-collected)."""

    def __init__(self, handle: int | None) -> None:
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            os.close(self._handle)
            self._handle = None

    def __del__(self) -> None:
        self.release()


def hold_shared(folder: Path, *, read_only: bool = False) -> SharedLock:
    """Take a shared lock on the library in `folder`, waiting a while when a restore or
    repair holds it exclusively. A `read_only` library never creates the lock file; it
    takes the lock only when the file is there already."""
    if fcntl is None:
        return SharedLock(None)
    path = folder / LOCK_FILE
    try:
        handle = os.open(path, os.O_RDONLY if read_only else os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        if read_only:
            return SharedLock(None)
        raise LibraryError(folder, Message("cannot open the library's lock file: {error}",
                                           error=error.strerror)) from None
    deadline = time.monotonic() + WAIT_FOR_EXCLUSIVE_S
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return SharedLock(handle)
        except OSError as error:
            if error.errno not in _HELD:  # a file system without locks (some network shares)
                os.close(handle)
                return SharedLock(None)
            if time.monotonic() > deadline:
                os.close(handle)
                raise LibraryBusy(folder, Message("the library is being restored or repaired by another "
                                                  "command; try again when it has finished")) from None
            time.sleep(0.05)


@contextlib.contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold the library in `folder` alone for the block, or raise `LibraryInUse` at once
    when any other connection (in this process or another) has it open."""
    if fcntl is None:
        yield
        return
    try:
        handle = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise LibraryError(folder, Message("cannot lock the library: {error}", error=error.strerror)) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in _HELD:
                raise LibraryInUse(folder, Message("another window or command has the library open: close the "
                                                   "window and the other commands first, then try again")) from None
            # (no locks on this file system, as on some network shares: SQLite's own locking is all there is)
        yield
    finally:
        os.close(handle)

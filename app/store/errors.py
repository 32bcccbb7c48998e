"""Errors from opening or writing a library, naming the file at fault."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import ToldError
from app.core.messages import Message


class LibraryError(ToldError):
    """A library that cannot be opened or written, with the reason."""

    def __init__(self, path: Path | str, reason: Message) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(Message("{path}: {reason}", path=path, reason=reason))


class LibraryFull(LibraryError):
    """The disk (or the space allowed to the library) ran out during a write; that
    write was rolled back and everything committed before it is intact."""


class LibraryBusy(LibraryError):
    """Another connection (a second window, a command) held the library's write lock
    longer than the busy timeout; the write was not made and can be tried again."""


class LibraryReadOnly(LibraryError):
    """The library can be read but not written (a read-only folder, disk or file)."""


class IndexDamaged(LibraryError):
    """The search index inside the library is damaged; the articles and highlights are
    not, and rebuilding the index from them repairs it."""


def is_index_damage(error: BaseException) -> bool:
    """Whether an SQLite error comes from a damaged virtual table: in a library, that is
    only ever the search index."""
    return (getattr(error, "sqlite_errorname", "") == "SQLITE_CORRUPT_VTAB"
            or str(error).startswith("vtable constructor failed"))

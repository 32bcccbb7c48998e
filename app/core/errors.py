"""Named errors that carry the file or field at fault."""

from __future__ import annotations

from pathlib import Path

from app.core.messages import Message


class ToldError(Exception):
    """An error told in a sentence for a person: `message` (which the window shows in
    the interface's language); `str()` gives it in English."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


def retry_later(error: BaseException | None) -> bool:
    """Whether the error says trying again later may work (a team library's server that
    could not be reached)."""
    return bool(getattr(error, "retry_later", False))


class ImportRejected(ToldError):
    """A file that cannot become an article, with a reason a person understands."""

    def __init__(self, path: Path | str, reason: Message) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(Message("{path}: {reason}", path=path, reason=reason))

"""Named errors that carry the file or field at fault."""

from __future__ import annotations

from pathlib import Path


class ImportRejected(Exception):
    """A file that cannot become an article, with a reason a person understands."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason

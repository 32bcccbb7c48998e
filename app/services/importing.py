"""Importing files and folders into a library, with a report per file."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Literal

from app.core.errors import ImportRejected
from app.core.tasks import CancelToken, Progress, no_progress
from app.importers import IMPORTERS, importer_for
from app.store.articles import find_by_hash, insert_article
from app.store.database import write_transaction

if TYPE_CHECKING:
    from app.services.library import Library

Status = Literal["imported", "duplicate", "rejected", "skipped"]


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file: `article_id` is the new or the existing article."""

    path: Path
    status: Status
    reason: str = ""
    article_id: int | None = None
    title: str = ""


@dataclass
class ImportReport:
    """Every file an import looked at, in order, and whether it was cancelled."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def counts(self) -> Counter:
        return Counter(outcome.status for outcome in self.outcomes)

    @property
    def imported_ids(self) -> list[int]:
        return [o.article_id for o in self.outcomes if o.status == "imported" and o.article_id]


def import_paths(
    library: Library,
    paths: Iterable[Path | str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import files and folders (recursively) into `library`.

    Each file is stored in its own transaction: a bad file is reported and skipped,
    and no article is ever half-written. Text already in the library is reported as
    a duplicate. Files of an unsupported format are listed as skipped.
    """
    report = ImportReport()
    items = list(_collect(paths))
    db = library.database()
    for done, item in enumerate(items):
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
            break
        if isinstance(item, FileOutcome):
            report.outcomes.append(item)
            continue
        progress(done, len(items), item.name)
        report.outcomes.append(_import_file(db, item))
    else:
        progress(len(items), len(items), "")
    return report


def _import_file(db, path: Path) -> FileOutcome:
    read = importer_for(path)
    try:
        article = read(path)
    except ImportRejected as rejected:
        return FileOutcome(path, "rejected", rejected.reason)
    except Exception as error:  # one unreadable file must not stop the others
        return FileOutcome(path, "rejected", f"could not be read ({type(error).__name__}: {error})")
    with write_transaction(db):
        existing = find_by_hash(db, article.content_hash)
        if existing is not None:
            return FileOutcome(path, "duplicate", f"already in the library as article {existing}",
                               existing, article.title)
        article_id = insert_article(db, article)
    return FileOutcome(path, "imported", article_id=article_id, title=article.title)


def _collect(paths: Iterable[Path | str]) -> Iterable[Path | FileOutcome]:
    """Yield, in order, each importable file under `paths` or the outcome of one that is not."""
    for path in (Path(p).absolute() for p in paths):
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path if importer_for(path) else FileOutcome(path, "skipped", _unsupported(path))
        else:
            yield FileOutcome(path, "rejected", "no such file or folder")


def _walk(folder: Path) -> Iterable[Path | FileOutcome]:
    errors: list[OSError] = []
    # os.walk does not follow symbolic links to folders, so a link loop cannot trap it.
    for root, folders, files in os.walk(folder, onerror=errors.append):
        while errors:
            yield _unreadable_folder(errors.pop(0), root)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            yield path if importer_for(path) else FileOutcome(path, "skipped", _unsupported(path))
    for error in errors:
        yield _unreadable_folder(error, folder)


def _unreadable_folder(error: OSError, fallback: Path | str) -> FileOutcome:
    return FileOutcome(Path(error.filename or fallback), "rejected",
                       f"unreadable folder: {error.strerror or error}")


def _unsupported(path: Path) -> str:
    kind = f"'{path.suffix}' files" if path.suffix else "files without an extension"
    return f"{kind} are not supported (supported: {', '.join(sorted(IMPORTERS))})"

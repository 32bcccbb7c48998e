"""Importing files and folders into a library, with a report per file."""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Literal

from app.core.errors import ImportRejected
from app.core.tasks import CancelToken, Progress, no_progress
from app.importers import IMPORTERS, importer_for
from app.core.article import Article
from app.search.index import IndexWriter
from app.store.articles import find_by_hash, insert_article
from app.store.database import write_transaction

if TYPE_CHECKING:
    from app.services.library import Library

Status = Literal["imported", "duplicate", "rejected", "skipped"]

BATCH_SIZE = 100


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

    A bad file is reported and skipped; text already in the library is reported as a
    duplicate; files of an unsupported format are listed as skipped. Articles are stored
    and indexed in transactions of `BATCH_SIZE`: none is ever half-written.
    """
    report = ImportReport()
    items = list(_collect(paths))
    with _BatchWriter(library.database()) as writer:
        for position, item in enumerate(items):
            if cancel is not None and cancel.cancelled:
                report.cancelled = True
                break
            if isinstance(item, FileOutcome):
                report.outcomes.append(item)
                continue
            progress(position, len(items), item.name)
            article = _read(item)
            if isinstance(article, FileOutcome):
                report.outcomes.append(article)
                continue
            article_id, is_new = writer.add(article)
            report.outcomes.append(
                FileOutcome(item, "imported", article_id=article_id, title=article.title) if is_new
                else FileOutcome(item, "duplicate", f"already in the library as article {article_id}",
                                 article_id, article.title)
            )
    if not report.cancelled:
        progress(len(items), len(items), "")
    return report


def add_articles(library: Library, articles: Iterable[Article], *,
                 cancel: CancelToken | None = None) -> list[tuple[int, bool]]:
    """Store and index articles already read; return (article id, whether new) for each.

    An article whose text the library holds already is not stored again.
    """
    results = []
    with _BatchWriter(library.database()) as writer:
        for article in articles:
            if cancel is not None and cancel.cancelled:
                break
            results.append(writer.add(article))
    return results


def _read(path: Path) -> Article | FileOutcome:
    try:
        return importer_for(path)(path)
    except ImportRejected as rejected:
        return FileOutcome(path, "rejected", rejected.reason)
    except Exception as error:  # one unreadable file must not stop the others
        return FileOutcome(path, "rejected", f"could not be read ({type(error).__name__}: {error})")


class _BatchWriter:
    """Stores articles in transactions of `BATCH_SIZE`, indexing each beside it.

    One commit per article would make FTS5 write and merge an index segment every
    time. If a write fails, the open batch rolls back whole and the error propagates.
    """

    def __init__(self, db) -> None:
        self._db = db
        self._transaction: contextlib.ExitStack | None = None
        self._index = IndexWriter(db)
        self._pending = 0

    def add(self, article: Article) -> tuple[int, bool]:
        if self._transaction is None:
            self._transaction = contextlib.ExitStack()
            self._transaction.enter_context(write_transaction(self._db))
        existing = find_by_hash(self._db, article.content_hash)
        if existing is not None:
            return existing, False
        article_id = insert_article(self._db, article)
        self._index.add_article(article_id, title=article.title, body=article.body,
                                source=article.source, language=article.language, replace=False)
        self._pending += 1
        if self._pending >= BATCH_SIZE:
            self._commit()
        return article_id, True

    def _commit(self) -> None:
        self._index.flush()
        self._transaction.close()
        self._transaction, self._pending = None, 0

    def __enter__(self) -> _BatchWriter:
        return self

    def __exit__(self, error_type, error, traceback) -> None:
        if self._transaction is None:
            return
        if error_type is None:
            self._commit()
        else:
            self._transaction.__exit__(error_type, error, traceback)
            self._transaction = None


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

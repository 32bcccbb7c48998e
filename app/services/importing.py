"""Importing files and folders into a library, with a report per file."""

from __future__ import annotations

import contextlib
import fnmatch
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Literal, Sequence

from app.core.article import Article
from app.core.changes import Changes
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.tasks import CancelToken, Progress, no_progress
from app.importers import IMPORTERS, importer_for
from app.search.index import IndexWriter
from app.services.articles import ArticleNotFound
from app.services.reanchoring import ReanchorReport, reanchor
from app.store.articles import find_by_hash, find_by_path, get_article, insert_article, replace_article
from app.store.database import write_transaction
from app.store.errors import LibraryError

if TYPE_CHECKING:
    from app.store.library import Library

Status = Literal["imported", "updated", "duplicate", "rejected", "skipped"]

BATCH_SIZE = 100


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file: `article_id` is the new or the existing article."""

    path: Path
    status: Status
    reason: Message | None = None
    article_id: int | None = None
    title: str = ""


@dataclass(frozen=True)
class Stored:
    """What became of one article: stored new, found to be a duplicate, or an update of
    the article imported earlier from the same file (with how its highlights fared)."""

    article_id: int
    kind: Literal["imported", "duplicate", "updated"]
    anchors: ReanchorReport | None = None


@dataclass
class ImportReport:
    """Every file an import looked at, in order, whether it was cancelled, and why it
    stopped early if the library could not be written (`stopped`)."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    stopped: Message | None = None

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def counts(self) -> Counter:
        return Counter(outcome.status for outcome in self.outcomes)

    @property
    def imported_ids(self) -> list[int]:
        return [o.article_id for o in self.outcomes if o.status == "imported" and o.article_id]

    @property
    def changes(self) -> Changes:
        """What the import changed: articles stored, and articles updated with their highlights."""
        updated = frozenset(o.article_id for o in self.outcomes if o.status == "updated" and o.article_id)
        return Changes(added_articles=frozenset(self.imported_ids), articles=updated, highlights_of=updated)


def import_paths(
    library: Library,
    paths: Iterable[Path | str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> ImportReport:
    """Import files and folders (recursively) into `library`.

    In folders, `include` globs (on the file name, or its path below the folder) keep
    only the files matching one of them, and `exclude` globs leave out those matching one
    (neither is listed in the report); files named on their own are always imported.

    A bad file is reported and skipped; text already in the library is reported as a
    duplicate; a file imported before whose text changed updates its article in place and
    re-anchors its highlights; files of an unsupported format are listed as skipped.
    Articles are stored and indexed in transactions of `BATCH_SIZE`: none is ever
    half-written.

    A library that cannot be written (disk full, read-only) stops the import: the files
    of the batch being written are reported as not stored, those after it are not
    listed, and `report.stopped` says why; every batch committed before stays.
    """
    report = ImportReport()
    items = list(_collect(paths, _Filter(tuple(include), tuple(exclude))))
    unsaved: list[int] = []  # outcomes whose article is in the batch not yet committed
    try:
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
                stored = writer.add(article)
                report.outcomes.append(_outcome(item, article, stored))
                if stored.kind != "duplicate":
                    unsaved.append(len(report.outcomes) - 1)
                if not writer.in_batch:
                    unsaved.clear()
    except LibraryError as error:
        report.stopped = error.reason
        for index in unsaved:
            outcome = report.outcomes[index]
            report.outcomes[index] = FileOutcome(outcome.path, "rejected",
                                                  Message("not stored: {reason}", reason=error.reason))
        return report
    if not report.cancelled:
        progress(len(items), len(items), "")
    return report


def add_articles(library: Library, articles: Iterable[Article], *,
                 cancel: CancelToken | None = None) -> list[Stored]:
    """Store and index articles already read; say for each what became of it.

    An article whose text the library holds already is not stored again; one from a
    file imported before, with new text, replaces that article's text.
    """
    results = []
    with _BatchWriter(library.database()) as writer:
        for article in articles:
            if cancel is not None and cancel.cancelled:
                break
            results.append(writer.add(article))
    return results


def replace_text(library: Library, article_id: int, article: Article) -> ReanchorReport:
    """Give an existing article the text (and metadata) of `article`, re-anchoring its
    highlights; says how many stayed, moved, matched only approximately, or were orphaned."""
    db = library.database()
    with write_transaction(db):
        if get_article(db, article_id) is None:
            raise ArticleNotFound(article_id)
        existing = find_by_hash(db, article.content_hash)
        if existing is not None and existing != article_id:
            raise ImportRejected(article.original_path or "text",
                                 Message("this text is already article {id}", id=existing))
        return _replace(db, IndexWriter(db), article_id, article)


def _replace(db, index: IndexWriter, article_id: int, article: Article) -> ReanchorReport:
    replace_article(db, article_id, article)
    index.add_article(article_id, title=article.title, body=article.body, source=article.source,
                      language=article.language)
    index.flush()
    return reanchor(db, article_id, article.body)


def _outcome(path: Path, article: Article, stored: Stored) -> FileOutcome:
    if stored.kind == "duplicate":
        return FileOutcome(path, "duplicate", Message("already in the library as article {id}", id=stored.article_id),
                           stored.article_id, article.title)
    reason = (Message("its text changed; {highlights}", highlights=stored.anchors.message)
              if stored.kind == "updated" else None)
    return FileOutcome(path, stored.kind, reason, stored.article_id, article.title)


def _read(path: Path) -> Article | FileOutcome:
    try:
        return importer_for(path)(path)
    except ImportRejected as rejected:
        return FileOutcome(path, "rejected", rejected.reason)
    except Exception as error:  # one unreadable file must not stop the others
        return FileOutcome(path, "rejected", Message("could not be read ({kind}: {error})",
                                                     kind=type(error).__name__, error=error))


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

    def add(self, article: Article) -> Stored:
        if self._transaction is None:
            self._transaction = contextlib.ExitStack()
            self._transaction.enter_context(write_transaction(self._db))
        existing = find_by_hash(self._db, article.content_hash)
        if existing is not None:
            return Stored(existing, "duplicate")
        earlier = find_by_path(self._db, article.original_path) if article.original_path else None
        if earlier is not None:
            return Stored(earlier, "updated", _replace(self._db, self._index, earlier, article))
        article_id = insert_article(self._db, article)
        self._index.add_article(article_id, title=article.title, body=article.body,
                                source=article.source, language=article.language, replace=False)
        self._pending += 1
        if self._pending >= BATCH_SIZE:
            self._commit()
        return Stored(article_id, "imported")

    @property
    def in_batch(self) -> bool:
        """Whether writes are waiting for the batch's commit."""
        return self._transaction is not None

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


@dataclass(frozen=True)
class _Filter:
    include: tuple[str, ...]
    exclude: tuple[str, ...]

    def keeps(self, path: Path, folder: Path) -> bool:
        names = (path.name, path.relative_to(folder).as_posix())
        if self.include and not any(fnmatch.fnmatch(n, g) for n in names for g in self.include):
            return False
        return not any(fnmatch.fnmatch(n, g) for n in names for g in self.exclude)


def _collect(paths: Iterable[Path | str], chosen: _Filter) -> Iterable[Path | FileOutcome]:
    """Yield, in order, each importable file under `paths` or the outcome of one that is not."""
    for path in (Path(p).absolute() for p in paths):
        if path.is_dir():
            yield from _walk(path, chosen)
        elif path.exists():
            yield path if importer_for(path) else FileOutcome(path, "skipped", _unsupported(path))
        else:
            yield FileOutcome(path, "rejected", Message("no such file or folder"))


def _walk(folder: Path, chosen: _Filter) -> Iterable[Path | FileOutcome]:
    errors: list[OSError] = []
    # os.walk does not follow symbolic links to folders, so a link loop cannot trap it.
    for root, folders, files in os.walk(folder, onerror=errors.append):
        while errors:
            yield _unreadable_folder(errors.pop(0), root)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or not chosen.keeps(path, folder):
                continue
            yield path if importer_for(path) else FileOutcome(path, "skipped", _unsupported(path))
    for error in errors:
        yield _unreadable_folder(error, folder)


def _unreadable_folder(error: OSError, fallback: Path | str) -> FileOutcome:
    return FileOutcome(Path(error.filename or fallback), "rejected",
                       Message("unreadable folder: {error}", error=error.strerror or error))


def _unsupported(path: Path) -> Message:
    supported = ", ".join(sorted(IMPORTERS))
    if path.suffix:
        return Message("'{suffix}' files are not supported (supported: {supported})",
                       suffix=path.suffix, supported=supported)
    return Message("files without an extension are not supported (supported: {supported})", supported=supported)

"""Importing files and folders into a library, with a report per file."""

from __future__ import annotations

import contextlib
import dataclasses
import fnmatch
import os
import stat
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Literal, Sequence

from app.core.article import Article
from app.core.changes import Changes, Outcome
from app.core.errors import ImportRejected, ToldError, retry_later
from app.core.messages import Message
from app.core.tasks import CancelToken, Progress, no_progress
from app.importers import IMPORTERS, is_supported
from app.importers.reading import check_regular_file
from app.importers.workers import IDLE, Budget, FileRead, read_files
from app.search import derived_index
from app.search.index import IndexWriter, headings_of
from app.services.articles import ArticleNotFound
from app.services.reanchoring import ReanchorReport, reanchor
from app.services.story_signing import sign_article
from app.store.articles import (add_missing_marks, find_by_hash, find_by_path, find_by_url, find_reference_only,
                                get_article, insert_article, replace_article)
from app.store.database import write_transaction
from app.store.errors import LibraryError
from app.store.images import images_of, save_images

if TYPE_CHECKING:
    from app.store.library import Library

Status = Literal["imported", "updated", "duplicate", "rejected", "skipped"]

BATCH_SIZE = 100
BATCH_SECONDS = 0.1
RECONNECT_FOR_SECONDS = 600.0
"""How long a batch waits for a team library's server that went away before the import stops."""
RECONNECT_PAUSE_SECONDS = 1.0
"""A write transaction of an import ends after this long: another writer (an edit in
the window) waits at most about this for it."""
READ_BUDGET = Budget()
"""What reading one file may cost (see `app.importers.workers`)."""


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file (or web address, then `path` is that address as
    text): `article_id` is the new or the existing article; `transient` for a failure
    that trying again later may mend (a web server that did not answer)."""

    path: Path | str
    status: Status
    reason: Message | None = None
    article_id: int | None = None
    title: str = ""
    transient: bool = False


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
    Inside folders, symbolic links are not followed (they are listed as skipped); a
    link named on its own is. Only regular files are read.

    A bad file is reported and skipped; text already in the library is reported as a
    duplicate; a file imported before whose text changed updates its article in place and
    re-anchors its highlights; files of an unsupported format are listed as skipped.
    Files are read in worker processes, each under `READ_BUDGET` (a file over it is
    rejected with the reason), outside any transaction. What they hold is then written
    in short transactions of at most `BATCH_SIZE` files and about `BATCH_SECONDS`, so
    that another writer never waits long; none is ever half-written.

    A library that cannot be written (disk full, read-only) stops the import: the files
    read but not yet stored are reported as not stored, those after them are not
    listed, and `report.stopped` says why; every batch committed before stays. A team
    library's server that goes away is waited for, and the import goes on from the
    batch it was writing (see `_BatchWriter.write`).
    """
    report = ImportReport()
    items = list(_collect(paths, _Filter(tuple(include), tuple(exclude))))
    files = [item for item in items if isinstance(item, Path)]
    writer = _BatchWriter(library.database(), library=library, cancel=cancel)
    pending: list[_Pending] = []
    pending_since = 0.0
    try:
        with contextlib.closing(read_files(files, budget=READ_BUDGET, cancel=cancel, idle=BATCH_SECONDS)) as reads:
            for position, item in enumerate(items):
                if cancel is not None and cancel.cancelled:
                    report.cancelled = True
                    break
                if isinstance(item, FileOutcome):
                    report.outcomes.append(item)
                    continue
                progress(position, len(items), item.name)
                while (read := next(reads, _DONE)) is IDLE:  # a slow file: store what was read meanwhile
                    _store(writer, pending, report)
                if read is _DONE:  # cancelled while the file was being read
                    report.cancelled = True
                    break
                result = read[1]
                if result.article is None:
                    report.outcomes.append(FileOutcome(item, "rejected", result.reason))
                    continue
                if not pending:
                    pending_since = time.monotonic()
                pending.append(_Pending(len(report.outcomes), item, result))
                report.outcomes.append(FileOutcome(item, "imported"))  # until it is stored
                if len(pending) >= BATCH_SIZE or time.monotonic() - pending_since >= BATCH_SECONDS:
                    _store(writer, pending, report)
        _store(writer, pending, report)
    except ToldError as error:
        if not (isinstance(error, LibraryError) or retry_later(error)):
            raise
        report.stopped = error.reason
        for waiting in pending:
            report.outcomes[waiting.position] = FileOutcome(
                waiting.path, "rejected", Message("not stored: {reason}", reason=error.reason))
        del report.outcomes[pending[-1].position + 1 if pending else len(report.outcomes):]
        return report
    if not report.cancelled:
        progress(len(items), len(items), "")
    return report


_DONE = object()


@dataclass(frozen=True)
class _Pending:
    """A file read and waiting to be stored, with its place in the report."""

    position: int
    path: Path | str
    read: FileRead


def _store(writer: _BatchWriter, pending: list[_Pending], report: ImportReport) -> None:
    """Write what was read, in short transactions; the outcomes of each are in the
    report once it committed. What stays in `pending` after a failure was not stored."""
    while pending:
        batch = writer.write([waiting.read.article for waiting in pending])
        for waiting, stored in zip(pending, batch):
            report.outcomes[waiting.position] = _outcome(waiting.path, waiting.read, stored)
        del pending[:len(batch)]


def add_articles(library: Library, articles: Iterable[Article], *,
                 cancel: CancelToken | None = None) -> list[Stored]:
    """Store and index articles already read; say for each what became of it.

    An article whose text the library holds already is not stored again; one from a
    file imported before, with new text, replaces that article's text.
    """
    writer = _BatchWriter(library.database())
    results: list[Stored] = []
    batch: list[Article] = []
    for article in articles:
        if cancel is not None and cancel.cancelled:
            break
        batch.append(article)
        if len(batch) >= BATCH_SIZE:
            results += _write_all(writer, batch)
    return results + _write_all(writer, batch)


def _write_all(writer: _BatchWriter, batch: list[Article]) -> list[Stored]:
    results: list[Stored] = []
    while batch:
        written = writer.write(batch)
        results += written
        del batch[:len(written)]
    return results


def replace_text(library: Library, article_id: int, article: Article) -> Outcome[ReanchorReport]:
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
        report = _replace(db, IndexWriter(db), article_id, article)
    return Outcome(report, Changes(articles=frozenset({article_id}), highlights_of=frozenset({article_id})))


def _replace(db, index: IndexWriter, article_id: int, article: Article) -> ReanchorReport:
    replace_article(db, article_id, article)
    save_images(db, article_id, article.images)
    terms = index.add_article(article_id, title=article.title, body=article.body, source=article.source,
                              language=article.language, headings=headings_of(article.body, article.extras))
    index.flush()
    sign_article(db, article_id, terms.split(), group=False)  # it stays in its story
    return reanchor(db, article_id, article.body)


def with_reference_details(article: Article, reference: Article) -> Article:
    """The text just read, with the details a reference file gave where the text has none."""
    details = {name: getattr(reference, name) for name in ("source", "author", "url", "published")
               if getattr(reference, name) and (not getattr(article, name)
                                                or (name == "published" and article.published_from_file))}
    extras = dict(article.extras)
    if "reference" in reference.extras:
        extras["reference"] = reference.extras["reference"]
    if details.get("published"):
        extras.pop("published_from", None)
    return dataclasses.replace(article, **details, extras=extras)


def _outcome(path: Path | str, read: FileRead, stored: Stored) -> FileOutcome:
    article = read.article
    if stored.kind == "duplicate":
        return FileOutcome(path, "duplicate", Message("already in the library as article {id}", id=stored.article_id),
                           stored.article_id, article.title)
    reason = (Message("its text changed; {highlights}", highlights=stored.anchors.message)
              if stored.kind == "updated" else None)
    if read.removed_controls:
        removed = Message("{count} control characters removed", count=read.removed_controls)
        reason = Message("{reason}; {removed}", reason=reason, removed=removed) if reason else removed
    # A web page whose text came from a fallback extractor says which (the default names none).
    if article.format == "html" and (extractor := article.extras.get("extractor")):
        taken = Message("text taken by {extractor}", extractor=extractor)
        reason = Message("{reason}; {removed}", reason=reason, removed=taken) if reason else taken
    return FileOutcome(path, stored.kind, reason, stored.article_id, article.title)


class _BatchWriter:
    """Stores articles already read, indexing each beside it, in transactions of at
    most `BATCH_SIZE` articles (duplicates and updates count) and about `BATCH_SECONDS`.

    One commit per article would make FTS5 write and merge an index segment every
    time; one long transaction would keep every other writer waiting. If a write fails,
    its transaction rolls back whole and the error propagates.
    """

    def __init__(self, db, *, match_urls: bool = False, library=None, cancel: CancelToken | None = None) -> None:
        self._db = db
        self._index = IndexWriter(db)
        self._match_urls = match_urls  # a web page whose address the library holds is a duplicate
        self._library, self._cancel = library, cancel

    def write(self, articles: Sequence[Article]) -> list[Stored]:
        """Store articles from the first on, in one transaction that ends after
        `BATCH_SIZE` of them or `BATCH_SECONDS`; return what became of those stored.

        A team library's server that goes away rolls the batch back; it is written
        again once the server answers (for up to `RECONNECT_FOR_SECONDS`, unless the
        import is cancelled). A batch whose commit reached the server before the
        connection broke is not stored twice: its articles are then duplicates."""
        waited = 0.0
        while True:
            try:
                return self._write(articles)
            except ToldError as error:
                if not (retry_later(error) and self._library is not None
                        and waited < RECONNECT_FOR_SECONDS
                        and not (self._cancel is not None and self._cancel.cancelled)):
                    raise
            time.sleep(RECONNECT_PAUSE_SECONDS)
            waited += RECONNECT_PAUSE_SECONDS
            try:
                self._db = self._library.database()
                self._index = IndexWriter(self._db)  # what the rolled-back batch recorded is gone
            except ToldError as error:
                if not retry_later(error):
                    raise

    def _write(self, articles: Sequence[Article]) -> list[Stored]:
        stored: list[Stored] = []
        started = time.monotonic()
        with write_transaction(self._db):
            for article in articles[:BATCH_SIZE]:
                stored.append(self._add(article))
                if time.monotonic() - started >= BATCH_SECONDS:
                    break
            self._index.flush()
        return stored

    def _add(self, article: Article) -> Stored:
        existing = find_by_hash(self._db, article.content_hash)
        same_text = existing is not None
        if existing is None and self._match_urls and article.url:
            existing = find_by_url(self._db, article.url)
        if existing is not None:
            # The same text imported before structure marks were kept gets them now, and
            # its headings are searched.
            if add_missing_marks(self._db, existing, article.extras.get("marks"), same_text=same_text):
                held = get_article(self._db, existing)
                self._index.add_article(existing, title=held.title, body=held.body, source=held.source,
                                        language=held.language, headings=headings_of(held.body, held.extras))
                derived_index.note_changed(self._db, existing)
            if same_text and article.images and not images_of(self._db, existing):
                save_images(self._db, existing, article.images)  # and its pictures
            return Stored(existing, "duplicate")
        earlier = find_by_path(self._db, article.original_path) if article.original_path else None
        if earlier is not None:
            return Stored(earlier, "updated", _replace(self._db, self._index, earlier, article))
        waiting = find_reference_only(self._db, url=article.url, title=article.title)
        if waiting is not None:  # a reference imported before: its text has come
            text = with_reference_details(article, get_article(self._db, waiting))
            return Stored(waiting, "updated", _replace(self._db, self._index, waiting, text))
        article_id = insert_article(self._db, article)
        if article.images:
            save_images(self._db, article_id, article.images)
        terms = self._index.add_article(article_id, title=article.title, body=article.body,
                                        source=article.source, language=article.language,
                                        headings=headings_of(article.body, article.extras), replace=False)
        sign_article(self._db, article_id, terms.split())
        return Stored(article_id, "imported")


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
        try:
            status = os.stat(path)  # a link named on its own is followed
        except (OSError, ValueError):
            yield FileOutcome(path, "rejected", Message("no such file or folder"))
            continue
        if stat.S_ISDIR(status.st_mode):
            yield from _walk(path, chosen)
        else:
            yield _file_or_outcome(path, status)


def _file_or_outcome(path: Path, status: os.stat_result) -> Path | FileOutcome:
    if not is_supported(path):
        return FileOutcome(path, "skipped", _unsupported(path))
    try:
        check_regular_file(path, status)
    except ImportRejected as rejected:
        return FileOutcome(path, "rejected", rejected.reason)
    return path


def _walk(folder: Path, chosen: _Filter) -> Iterable[Path | FileOutcome]:
    """The files under `folder`, depth first, each folder's files (by name) before its
    subfolders (by name). Iterative, so that no depth of folders exhausts the stack;
    symbolic links are listed as skipped, never followed (so no loop can trap it)."""
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as scan:
                entries = sorted((entry for entry in scan if not entry.name.startswith(".")),
                                 key=lambda entry: entry.name)
        except OSError as error:
            yield _unreadable_folder(error, current)
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    if chosen.keeps(path, folder):
                        yield FileOutcome(path, "skipped", Message(
                            "a symbolic link: links inside a folder are not followed (name it on its own "
                            "to import what it points to)"))
                elif entry.is_dir(follow_symlinks=False):
                    subfolders.append(path)
                elif chosen.keeps(path, folder):
                    yield _file_or_outcome(path, entry.stat(follow_symlinks=False))
            except OSError as error:
                yield FileOutcome(path, "rejected", Message("unreadable: {error}", error=error.strerror or error))
        stack.extend(reversed(subfolders))


def _unreadable_folder(error: OSError, fallback: Path | str) -> FileOutcome:
    return FileOutcome(Path(error.filename or fallback), "rejected",
                       Message("unreadable folder: {error}", error=error.strerror or error))


def _unsupported(path: Path) -> Message:
    supported = ", ".join(sorted(IMPORTERS))
    if path.suffix:
        return Message("'{suffix}' files are not supported (supported: {supported})",
                       suffix=path.suffix, supported=supported)
    return Message("files without an extension are not supported (supported: {supported})", supported=supported)

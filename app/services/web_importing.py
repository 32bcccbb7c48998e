"""Importing web addresses: each page downloaded (`app.importers.web_fetch`), then read
like a saved file by the HTML or PDF importer in a worker process, under the same
budget as a file (`READ_BUDGET`), and stored like one.

An address the library holds already (as an article's URL or the address it was
downloaded from) is a duplicate without being downloaded; so is a page whose canonical
address, or whose text, the library holds. A failure is one sentence for its address,
and the others go on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import queue
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence, TypeVar
from urllib.parse import urlsplit

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.page_check import holds_no_article
from app.core.tasks import CancelToken, Progress, no_progress
from app.importers.common import without_control_characters
from app.importers.web_fetch import (Cancelled, FetchFailed, Fetcher, FetchPolicy, canonical_url, decode_page,
                                     page_kind)
from app.importers.workers import read_files
from app.services.importing import (READ_BUDGET, FileOutcome, ImportReport, _BatchWriter, _Pending,
                                    _store)
from app.store.articles import find_by_url
from app.store.errors import LibraryError

if TYPE_CHECKING:
    from app.store.library import Library

T = TypeVar("T")
DOWNLOADS_AT_ONCE = 4
"""Pages downloaded together (requests to one host still take turns)."""
_CHUNK = 16
_CANCEL_CHECK_SECONDS = 0.05

NO_ARTICLE = Message("this page holds no article (it may ask to accept cookies, to subscribe or to sign in)")


@dataclass(frozen=True)
class WebItem:
    """One address to import. `page`, when given, is the HTML read instead of downloading
    the address (a feed entry that carries its full text). The other fields win over
    what the page says; `keywords` are added to the page's."""

    address: str
    page: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    source: str | None = None
    keywords: tuple[str, ...] = ()
    extras: dict = field(default_factory=dict)


@dataclass(frozen=True)
class _Saved:
    """A page downloaded and written to a file for a worker to read."""

    position: int
    path: Path
    url: str


def import_addresses(library: Library, addresses: Iterable[str], *, progress: Progress = no_progress,
                     cancel: CancelToken | None = None, policy: FetchPolicy = FetchPolicy()) -> ImportReport:
    """Download and import each web address; one outcome per address, in order (see the
    module's docstring)."""
    return import_web_items(library, [WebItem(address.strip()) for address in addresses],
                            progress=progress, cancel=cancel, policy=policy)


def import_web_items(library: Library, items: Sequence[WebItem], *, progress: Progress = no_progress,
                     cancel: CancelToken | None = None, policy: FetchPolicy = FetchPolicy(),
                     fetcher: Fetcher | None = None) -> ImportReport:
    """Import `items`, `DOWNLOADS_AT_ONCE` downloads at a time; the report holds one
    outcome per item, in order. A library that cannot be written stops the import, as
    for files (`report.stopped`)."""
    report = ImportReport()
    db = library.database()
    writer = _BatchWriter(db, match_urls=True)
    with contextlib.ExitStack() as stack:
        if fetcher is None:
            fetcher = stack.enter_context(Fetcher(policy))
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="carnet-web-")))
        start = 0
        while start < len(items):
            if cancel is not None and cancel.cancelled:
                report.cancelled = True
                break
            chunk = _next_chunk(items, start)
            progress(start, len(items), chunk[0].address)
            start += len(chunk)
            try:
                if not _import_chunk(db, writer, fetcher, folder, chunk, report, cancel):
                    report.cancelled = True
                    break
            except LibraryError as error:
                report.stopped = error.reason
                return report
    if not report.cancelled:
        progress(len(items), len(items), "")
    return report


def _next_chunk(items: Sequence[WebItem], start: int) -> Sequence[WebItem]:
    """The items from `start` on to download together: at most `_CHUNK`, and none whose
    address comes twice (the second is then found in the library, stored by the first)."""
    addresses: set[str] = set()
    end = start
    while end < len(items) and end - start < _CHUNK and items[end].address not in addresses:
        addresses.add(items[end].address)
        end += 1
    return items[start:end]


def _import_chunk(db, writer: _BatchWriter, fetcher: Fetcher, folder: Path, chunk: Sequence[WebItem],
                  report: ImportReport, cancel: CancelToken | None) -> bool:
    """Download, read and store `chunk`; False when cancelled meanwhile."""
    first = len(report.outcomes)
    report.outcomes.extend(FileOutcome(item.address, "rejected") for item in chunk)
    wanted = []
    for offset, item in enumerate(chunk):
        known = find_by_url(db, item.address) if item.page is None else None
        if known is not None:
            report.outcomes[first + offset] = FileOutcome(
                item.address, "duplicate", Message("already in the library as article {id}", id=known), known)
        else:
            wanted.append((first + offset, item))
    results = _download_all(fetcher, folder, wanted, cancel)
    if results is None:
        del report.outcomes[first:]
        return False
    saved: list[_Saved] = []
    for (position, _), result in zip(wanted, results):
        if isinstance(result, _Saved):
            saved.append(result)
        else:
            reason, transient = result
            report.outcomes[position] = FileOutcome(report.outcomes[position].path, "rejected", reason,
                                                    transient=transient)
    try:
        pending = _read_saved(saved, chunk, first, report, cancel)
    finally:
        for page in saved:
            page.path.unlink(missing_ok=True)
    if pending is None:
        del report.outcomes[first:]
        return False
    try:
        _store(writer, pending, report)
    except LibraryError as error:
        for waiting in pending:
            report.outcomes[waiting.position] = FileOutcome(
                waiting.path, "rejected", Message("not stored: {reason}", reason=error.reason))
        raise
    return True


def _read_saved(saved: list[_Saved], chunk: Sequence[WebItem], first: int, report: ImportReport,
                cancel: CancelToken | None) -> list[_Pending] | None:
    """Read the pages saved, in worker processes under `READ_BUDGET`; what is to be
    stored, the others' outcomes in the report; None when cancelled meanwhile."""
    pending: list[_Pending] = []
    with contextlib.closing(read_files([s.path for s in saved], budget=READ_BUDGET, cancel=cancel)) as reads:
        for index, read in reads:
            page = saved[index]
            item = chunk[page.position - first]
            if read.article is None:
                empty = read.reason is not None and read.reason.template.startswith("no article text")
                reason = NO_ARTICLE if empty else read.reason
                report.outcomes[page.position] = FileOutcome(item.address, "rejected", reason)
            elif holds_no_article(read.article.title, read.article.body):
                report.outcomes[page.position] = FileOutcome(item.address, "rejected", NO_ARTICLE)
            else:
                article = _web_article(read.article, item, page.url)
                pending.append(_Pending(page.position, item.address, dataclasses.replace(read, article=article)))
    return None if cancel is not None and cancel.cancelled else pending


def _download_all(fetcher: Fetcher, folder: Path, wanted: list[tuple[int, WebItem]],
                  cancel: CancelToken | None) -> list[_Saved | tuple[Message, bool]] | None:
    """Download `wanted`, `DOWNLOADS_AT_ONCE` at a time; None once `cancel` is set."""
    results = in_threads([lambda position=position, item=item: _download(fetcher, folder, position, item, cancel)
                          for position, item in wanted], DOWNLOADS_AT_ONCE, cancel)
    if results is None or any(result is None for result in results):
        return None
    return [result if not isinstance(result, BaseException) else
            (Message("the download failed: {error}", error=type(result).__name__), True) for result in results]


def in_threads(jobs: Sequence[Callable[[], T]], threads: int,
               cancel: CancelToken | None) -> list[T | Exception] | None:
    """Run `jobs`, `threads` at a time, in daemon threads of their own; their results in
    order (an exception a job raised stands for its result), or None as soon as `cancel`
    is set. A cancel never waits for a server that does not answer: the threads are left
    to end by their own time limit, their results unused."""
    results: list = [None] * len(jobs)
    waiting = queue.SimpleQueue()
    for index in range(len(jobs)):
        waiting.put(index)
    done = threading.Semaphore(0)

    def work() -> None:
        while True:
            try:
                index = waiting.get_nowait()
            except queue.Empty:
                return
            try:
                results[index] = jobs[index]()
            except Exception as error:  # a fault of the job's own, told for its item
                results[index] = error
            finally:
                done.release()

    for _ in range(min(threads, len(jobs))):
        threading.Thread(target=work, name="carnet-download", daemon=True).start()
    for _ in jobs:
        while not done.acquire(timeout=_CANCEL_CHECK_SECONDS):
            if cancel is not None and cancel.cancelled:
                return None
    return None if cancel is not None and cancel.cancelled else results


def _download(fetcher: Fetcher, folder: Path, position: int, item: WebItem,
              cancel: CancelToken | None) -> _Saved | tuple[Message, bool] | None:
    """The page saved to a file, the reason it could not be (and whether trying again
    later may work), or None when cancelled."""
    if item.page is not None:
        path = folder / f"{position}.html"
        path.write_text(item.page, encoding="utf-8")
        return _Saved(position, path, item.address)
    try:
        download = fetcher.get(item.address, cancel=cancel)
        kind = page_kind(download)
        if kind == "pdf":
            path = folder / f"{position}.pdf"
            path.write_bytes(download.body)
            return _Saved(position, path, download.final_url)
        page = decode_page(download)
        path = folder / f"{position}.html"
        path.write_text(page, encoding="utf-8", errors="surrogatepass")
        return _Saved(position, path, canonical_url(page, download.final_url))
    except Cancelled:
        return None
    except FetchFailed as failure:
        return failure.reason, failure.transient
    except ImportRejected as rejected:
        return rejected.reason, False
    except OSError as error:
        return Message("the page could not be saved for reading: {error}", error=error.strerror or error), True


def _web_article(article: Article, item: WebItem, url: str) -> Article:
    host = urlsplit(url).hostname or None
    return without_control_characters(dataclasses.replace(
        article,
        original_path=item.address,
        url=url,
        title=item.title or article.title,
        author=item.author or article.author,
        published=item.published or article.published,
        source=article.source or item.source or host,
        keywords=tuple(dict.fromkeys(article.keywords + item.keywords)),
        extras={**article.extras, **item.extras},
    ))


def entry_page(title: str, content: str) -> str:
    """A feed entry's HTML content as a page the HTML importer reads."""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
            f"<body><article><h1>{html.escape(title)}</h1>{content}</article></body></html>")

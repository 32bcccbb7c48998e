"""Following feeds: adding and removing them, OPML in and out, and updating them.

An update asks each feed's server only for what changed (ETag and Last-Modified: a 304
costs nothing), remembers every entry it saw by its id (or link), and imports each new
one: from its own content when that is the full text (`app.core.feeds.FULL_TEXT_WORDS`),
else by downloading its page, with the entry's title, date, author and categories, and
the feed's tag as a keyword. An entry whose download failed for a passing reason (a
timeout, a server error) is tried again at the next update; every other one is never
fetched twice. A feed that fails keeps one sentence as its last error; the others go on.
"""

from __future__ import annotations

import os
import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from app.core.errors import ToldError
from app.core.feeds import Feed, FeedEntry, carries_full_text
from app.core.messages import Message
from app.core.tasks import CancelToken, Progress, no_progress
from app.importers.feeds import FeedUnreadable, ParsedFeed, parse_feed, read_opml, write_opml
from app.importers.web_fetch import FEED_ACCEPT, Cancelled, FetchFailed, Fetcher, FetchPolicy, is_web_address
from app.services.child_process import LibraryPlace, read_apart
from app.services.importing import FileOutcome
from app.services.web_importing import WebItem, entry_page, import_web_items, in_threads
from app.store import feeds as store
from app.store.database import write_transaction

if TYPE_CHECKING:
    from app.store.library import Library

FEEDS_AT_ONCE = 8
"""Feeds downloaded together (requests to one host still take turns)."""


class FeedNotFound(ToldError):
    """No feed, or more than one, answers to the name or id given."""


@dataclass(frozen=True)
class FeedOutcome:
    """How one feed's update went: `error` when it failed, `not_modified` when the
    server said nothing changed, else the outcome of each new entry."""

    feed: Feed
    error: Message | None = None
    not_modified: bool = False
    entries: list[FileOutcome] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return sum(1 for outcome in self.entries if outcome.status == "imported")


@dataclass
class FeedUpdateReport:
    feeds: list[FeedOutcome] = field(default_factory=list)
    cancelled: bool = False

    @property
    def imported_ids(self) -> list[int]:
        return [o.article_id for f in self.feeds for o in f.entries if o.status == "imported" and o.article_id]


@dataclass(frozen=True)
class OpmlReport:
    added: list[Feed]
    known: list[str]


class FeedService:
    """The feeds of one library."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def feeds(self) -> list[Feed]:
        """Every feed followed, in the order they were added."""
        return store.list_feeds(self.library.database())

    def add(self, url: str, *, name: str | None = None, tag: str | None = None) -> Feed:
        """Follow the feed at `url` (its entries come with the next update)."""
        url = url.strip()
        if not is_web_address(url):
            raise ToldError(Message("{url}: this is not a web address (http:// or https://)", url=url))
        db = self.library.database()
        with write_transaction(db):
            known = store.find_feed_by_url(db, url)
            if known is not None:
                raise ToldError(Message("{url}: this feed is followed already, as feed {id} ({name})", url=url,
                                        id=known.id, name=known.display_name))
            feed_id = store.insert_feed(db, url, name=_clean(name), tag=_clean(tag))
        return store.get_feed(db, feed_id)

    def find(self, name_or_id: str) -> Feed:
        """The feed with this id, else the one whose name (or title) this is, without case."""
        feeds = self.feeds()
        text = name_or_id.strip()
        if text.isdigit():
            for feed in feeds:
                if feed.id == int(text):
                    return feed
        folded = text.casefold()
        named = [feed for feed in feeds if folded in {(feed.name or "").casefold(), (feed.title or "").casefold(),
                                                       feed.url.casefold()}]
        if len(named) == 1:
            return named[0]
        if named:
            raise FeedNotFound(Message("several feeds are named '{name}': give its id (see `carnet feed list`)",
                                       name=text))
        raise FeedNotFound(Message("no feed is named '{name}' (see `carnet feed list`)", name=text))

    def remove(self, feed: Feed) -> None:
        """Stop following `feed`; the articles it brought stay."""
        db = self.library.database()
        with write_transaction(db):
            store.delete_feed(db, feed.id)

    def import_opml(self, path: Path) -> OpmlReport:
        """Follow every feed an OPML file lists; those followed already are listed as known."""
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ToldError(Message("{path}: unreadable: {error}", path=path, error=error.strerror or error)) from None
        try:
            subscriptions = read_opml(data)
        except FeedUnreadable as error:
            raise ToldError(Message("{path}: {reason}", path=path, reason=error.message)) from None
        db = self.library.database()
        added, known = [], []
        with write_transaction(db):
            for subscription in subscriptions:
                if store.find_feed_by_url(db, subscription.url) is not None:
                    known.append(subscription.url)
                    continue
                feed_id = store.insert_feed(db, subscription.url, name=_clean(subscription.name),
                                            tag=_clean(subscription.tag))
                added.append(feed_id)
        return OpmlReport([store.get_feed(db, feed_id) for feed_id in added], known)

    def export_opml(self) -> str:
        """Every feed followed, as an OPML 2.0 document."""
        return write_opml(self.feeds())

    def update(self, feeds: Sequence[Feed] | None = None, *, progress: Progress = no_progress,
               cancel: CancelToken | None = None, policy: FetchPolicy = FetchPolicy()) -> FeedUpdateReport:
        """Update `feeds` (all of them by default); see the module's docstring."""
        feeds = list(self.feeds() if feeds is None else feeds)
        report = FeedUpdateReport()
        db = self.library.database()
        with Fetcher(policy) as fetcher:
            progress(0, len(feeds), "")
            documents = self._download_feeds(feeds, fetcher, cancel)
            if documents is None or cancel is not None and cancel.cancelled:
                report.cancelled = True
                return report
            items: list[WebItem] = []
            owners: list[tuple[int, FeedEntry]] = []
            planned: list[tuple[Feed, _Validated | Message | str, list[FeedEntry]]] = []
            for position, (feed, document) in enumerate(zip(feeds, documents)):
                if isinstance(document, _Validated):
                    entries = document.parsed.entries
                    fresh = set(store.unseen_keys(db, feed.id, [entry.key for entry in entries]))
                    new = [entry for entry in entries if entry.key in fresh]
                    for entry in new:
                        if entry.link or entry.content.strip():  # else nothing to import: seen all the same
                            items.append(_item(feed, document.parsed, entry))
                            owners.append((position, entry))
                    planned.append((feed, document, new))
                else:
                    planned.append((feed, document, []))
            order = _interleaved([position for position, _ in owners])
            items, owners = [items[i] for i in order], [owners[i] for i in order]
            imported = import_web_items(self.library, items, progress=progress, cancel=cancel, fetcher=fetcher)
            report.cancelled = imported.cancelled
            outcomes: dict[int, list[tuple[FeedEntry, FileOutcome]]] = {}
            for (position, entry), outcome in zip(owners, imported.outcomes):
                outcomes.setdefault(position, []).append((entry, outcome))
            for position, (feed, document, new) in enumerate(planned):
                report.feeds.append(self._record(feed, document, new, outcomes.get(position, [])))
        return report

    def update_apart(self, feeds: Sequence[Feed] | None = None, *, progress: Progress = no_progress,
                     cancel: CancelToken | None = None, policy: FetchPolicy = FetchPolicy()) -> FeedUpdateReport:
        """`update`, run in a child process: what the window's background task calls, so
        that the window's own thread never waits for the interpreter lock while feeds are
        parsed and pages stored. Cancelling stops the child (what it committed stays)."""
        library = self.library
        ids = None if feeds is None else [feed.id for feed in feeds]
        found = read_apart(_update_in_child, LibraryPlace.of(library), ids,
                           policy, progress=progress, cancel=cancel, daemon=False)
        return found[-1] if found and not (cancel is not None and cancel.cancelled) else FeedUpdateReport(
            cancelled=True)

    def _download_feeds(self, feeds: list[Feed], fetcher: Fetcher,
                        cancel: CancelToken | None) -> list[_Validated | Message | str] | None:
        """Each feed's document, the reason it could not be had, or "not modified"; None
        when cancelled."""
        def one(feed: Feed) -> _Validated | Message | str:
            try:
                download = fetcher.get(feed.url, accept=FEED_ACCEPT, etag=feed.etag,
                                       last_modified=feed.last_modified, cancel=cancel)
            except FetchFailed as failure:
                return failure.reason
            except Cancelled:
                return Message("cancelled")
            if download.not_modified:
                return _NOT_MODIFIED
            try:
                parsed = parse_feed(download.body, url=download.final_url, media_type=download.media_type)
            except FeedUnreadable as error:
                return error.message
            return _Validated(parsed, download.etag, download.last_modified)

        results = in_threads([lambda feed=feed: one(feed) for feed in feeds], FEEDS_AT_ONCE, cancel)
        if results is None:
            return None
        return [result if not isinstance(result, BaseException) else
                Message("this feed cannot be read: {error}", error=type(result).__name__) for result in results]

    def _record(self, feed: Feed, document: _Validated | Message | str,
                new: list[FeedEntry], outcomes: list[tuple[FeedEntry, FileOutcome]]) -> FeedOutcome:
        db = self.library.database()
        if document is _NOT_MODIFIED:
            with write_transaction(db):
                store.record_update(db, feed.id, seen=[], title=None, site_url=None, etag=feed.etag,
                                    last_modified=feed.last_modified, error=None, new_entries=0)
            return FeedOutcome(store.get_feed(db, feed.id), not_modified=True)
        if isinstance(document, Message):
            with write_transaction(db):
                store.record_failure(db, feed.id, document)
            return FeedOutcome(store.get_feed(db, feed.id), error=document)
        etag, last_modified, document = document.etag, document.last_modified, document.parsed
        seen = [(entry.key, outcome.article_id) for entry, outcome in outcomes if not outcome.transient]
        seen += [(entry.key, None) for entry in new if not (entry.link or entry.content.strip())]
        entries = [outcome for _, outcome in outcomes]
        # An entry left to try again (or not reached: a cancelled update) keeps the feed's
        # document from counting as seen, so that the next update is not told "not modified".
        keep_validators = len(seen) == len(new)
        with write_transaction(db):
            store.record_update(db, feed.id, seen=seen, title=document.title, site_url=document.site_url,
                                etag=etag if keep_validators else None,
                                last_modified=last_modified if keep_validators else None, error=None,
                                new_entries=sum(1 for o in entries if o.status == "imported"))
        return FeedOutcome(store.get_feed(db, feed.id), entries=entries)


_NOT_MODIFIED = "not modified"


def _update_in_child(place: LibraryPlace, feed_ids: list[int] | None, policy: FetchPolicy):
    """Run in a child process by `update_apart`: the update's progress as it goes, its
    report at the end."""
    if hasattr(os, "nice"):  # background work: the window (and its readers) come first
        try:
            os.nice(10)
        except OSError:
            pass
    library = place.open()
    events: queue.SimpleQueue = queue.SimpleQueue()
    ended: dict[str, object] = {}

    def run() -> None:
        service = FeedService(library)
        try:
            chosen = None if feed_ids is None else [feed for feed in service.feeds() if feed.id in set(feed_ids)]
            ended["report"] = service.update(chosen, progress=lambda *step: events.put(step), policy=policy)
        except BaseException as error:  # raised again below, where the parent hears of it
            ended["error"] = error
        finally:
            library.close()
            events.put(None)

    worker = threading.Thread(target=run, name="carnet-feed-update")
    worker.start()
    step = (0, 1, "")
    while (event := events.get()) is not None:
        step = event
        yield step, []
    worker.join()
    if "error" in ended:
        raise ended["error"]
    yield step, [ended["report"]]


@dataclass(frozen=True)
class _Validated:
    parsed: ParsedFeed
    etag: str | None
    last_modified: str | None


def _interleaved(owners: list[int]) -> list[int]:
    """The indexes of `owners` taken one feed after another (the first entry of each feed,
    then the second of each…), so that pages downloaded together come from different
    hosts and seldom wait for their host's turn."""
    by_feed: dict[int, list[int]] = {}
    for index, owner in enumerate(owners):
        by_feed.setdefault(owner, []).append(index)
    order, rank = [], 0
    while len(order) < len(owners):
        order += [indexes[rank] for indexes in by_feed.values() if rank < len(indexes)]
        rank += 1
    return order


def _item(feed: Feed, document: ParsedFeed, entry: FeedEntry) -> WebItem:
    keywords = entry.categories + ((feed.tag,) if feed.tag else ())
    metadata = dict(title=entry.title or None, author=entry.author, published=entry.published,
                    source=document.title or feed.display_name, keywords=keywords,
                    extras={"feed": feed.display_name})
    address = entry.link or f"{feed.url}#{entry.key}"
    if carries_full_text(entry):
        return WebItem(address, page=entry_page(entry.title, entry.content), **metadata)
    return WebItem(address, **metadata)


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    return " ".join(text.split()) or None

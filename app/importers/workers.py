"""Reading files in worker processes, each file under a time and a memory budget.

A hostile or merely unlucky file can make a reader loop for hours (a PDF whose page tree
names one page ten thousand times), take gigabytes, or crash a C extension. Read in a
worker process, such a file costs at most its budget: a worker past its time is killed
and replaced, one past its memory gets a MemoryError (its address space is limited), and
a crash ends only the worker. The file is then rejected with the reason and the other
files go on.

Workers are started with `forkserver` (or `spawn` where there is none), never by forking
the caller, which may be a Qt program with threads. They are kept for the next files and
the next import: starting one costs a fraction of a second.
"""

from __future__ import annotations

import atexit
import collections
import multiprocessing
import os
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Iterator, Sequence

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.tasks import CancelToken

SECONDS_PER_FILE = 60.0
"""A file that takes longer to read is rejected; a long report runs at a few pages a second."""
MEMORY_BYTES = 2 * 1024 ** 3
"""The address space a worker may use: a 50 MB web page needs well under a gigabyte."""
WORKER_COUNT = max(1, min(4, os.cpu_count() or 1))
_QUEUED_PER_WORKER = 16  # files sent ahead, so that a worker never waits for the next one
_CANCEL_CHECK_SECONDS = 0.05


@dataclass(frozen=True)
class Budget:
    """What reading one file may cost: seconds of wall time, bytes of address space."""

    seconds: float = SECONDS_PER_FILE
    memory_bytes: int = MEMORY_BYTES


@dataclass(frozen=True)
class FileRead:
    """A file read: its article (with how many control characters were removed from it)
    or the reason it was rejected."""

    article: Article | None = None
    reason: Message | None = None
    removed_controls: int = 0


IDLE = None
"""What `read_files` yields when no file was read for `idle` seconds."""


def read_files(paths: Sequence[Path], *, budget: Budget = Budget(), cancel: CancelToken | None = None,
               idle: float | None = None) -> Iterator[tuple[int, FileRead] | None]:
    """Read `paths` in worker processes and yield `(index, FileRead)` in the order of
    `paths`, and `IDLE` each time `idle` seconds pass with no file read (so that the
    caller can store what it holds meanwhile). Stops early (without yielding the rest)
    once `cancel` is set, killing the workers still reading so that a cancel never waits
    for a slow file.

    A thread gathers the workers' results while the caller is busy with the previous
    ones (storing them), so reading and storing overlap; it keeps at most
    `_HELD_CHARACTERS` of text ready."""
    pool = _Pool.take(budget)
    stop = threading.Event()
    handoff = _Handoff()

    def gather() -> None:
        try:
            for item in pool.read(paths, _Either(cancel, stop)):
                if not handoff.put(item, stop):
                    return
        except BaseException as error:  # handed to the caller, raised there
            handoff.fail(error)
        finally:
            handoff.close()

    gatherer = threading.Thread(target=gather, name="carnet-reader-results", daemon=True)
    gatherer.start()
    try:
        while True:
            item = handoff.get(cancel, idle)
            if item is _CLOSED:
                return
            yield item
    finally:
        stop.set()
        handoff.wake()
        gatherer.join()
        pool.give_back()


class _Either:
    """Cancelled when the caller's token is, or when the caller stopped listening."""

    def __init__(self, cancel: CancelToken | None, stop: threading.Event) -> None:
        self._cancel, self._stop = cancel, stop

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set() or (self._cancel is not None and self._cancel.cancelled)


_CLOSED = object()
_HELD_CHARACTERS = 64 * 1024 * 1024
_HELD_FILES = 1000


class _Handoff:
    """Results passed from the gathering thread to the caller, bounded in number and
    in the size of the text they hold."""

    def __init__(self) -> None:
        self._items: collections.deque[tuple[int, FileRead]] = collections.deque()
        self._held = 0
        self._closed = False
        self._error: BaseException | None = None
        self._condition = threading.Condition()

    @staticmethod
    def _size(item: tuple[int, FileRead]) -> int:
        article = item[1].article
        return len(article.body) if article is not None else 0

    def put(self, item: tuple[int, FileRead], stop: threading.Event) -> bool:
        with self._condition:
            while self._items and (self._held >= _HELD_CHARACTERS or len(self._items) >= _HELD_FILES):
                if stop.is_set():
                    return False
                self._condition.wait(_CANCEL_CHECK_SECONDS)
            self._items.append(item)
            self._held += self._size(item)
            self._condition.notify_all()
            return not stop.is_set()

    def get(self, cancel: CancelToken | None, idle: float | None) -> tuple[int, FileRead] | object:
        """The next result, `_CLOSED` when there are no more (or the caller cancelled),
        `IDLE` after `idle` seconds without one."""
        started = time.monotonic()
        with self._condition:
            while not self._items:
                if self._error is not None:
                    raise self._error
                if self._closed or (cancel is not None and cancel.cancelled):
                    return _CLOSED
                if idle is not None and time.monotonic() - started >= idle:
                    return IDLE
                self._condition.wait(_CANCEL_CHECK_SECONDS)
            if cancel is not None and cancel.cancelled:
                return _CLOSED
            item = self._items.popleft()
            self._held -= self._size(item)
            self._condition.notify_all()
            return item

    def fail(self, error: BaseException) -> None:
        with self._condition:
            self._error = error
            self._condition.notify_all()

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._condition.notify_all()

    def wake(self) -> None:
        with self._condition:
            self._condition.notify_all()


class _Worker:
    """One worker process and the files sent to it, oldest first."""

    def __init__(self, context, memory_bytes: int) -> None:
        self.connection, child = context.Pipe(duplex=True)
        self.process = context.Process(target=serve, args=(child, memory_bytes), daemon=True,
                                       name="carnet-reader")
        self.process.start()
        child.close()
        self.memory_bytes = memory_bytes
        self.queued: collections.deque[int] = collections.deque()
        self.head_since = 0.0  # when the worker began the oldest file it holds

    def send(self, index: int, path: Path) -> None:
        if not self.queued:
            self.head_since = time.monotonic()
        self.queued.append(index)
        self.connection.send((index, str(path)))

    def finished_head(self) -> int:
        index = self.queued.popleft()
        self.head_since = time.monotonic()
        return index

    def stop(self, *, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.connection.send(None)
            except OSError:
                self.process.kill()
        self.connection.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class _Pool:
    """The workers of one import; the idle ones are kept for the next import."""

    _idle: list[_Worker] = []
    _lock = threading.Lock()

    def __init__(self, budget: Budget, workers: list[_Worker]) -> None:
        self.budget = budget
        self.workers = workers

    @classmethod
    def take(cls, budget: Budget) -> _Pool:
        with cls._lock:
            kept = [w for w in cls._idle if w.memory_bytes == budget.memory_bytes and w.process.is_alive()]
            cls._idle = [w for w in cls._idle if w not in kept]
        return cls(budget, kept)

    def give_back(self) -> None:
        reusable = [w for w in self.workers if not w.queued and w.process.is_alive()]
        for worker in self.workers:
            if worker not in reusable:
                worker.stop(kill=True)
        with self._lock:
            self._idle.extend(reusable)
        self.workers = []

    def read(self, paths: Sequence[Path], cancel: _Either) -> Iterator[tuple[int, FileRead]]:
        waiting = collections.deque(range(len(paths)))
        done: dict[int, FileRead] = {}
        next_out = 0
        while next_out < len(paths):
            if cancel.cancelled:
                self._drop_busy_workers()
                return
            while next_out in done:
                yield next_out, done.pop(next_out)
                next_out += 1
                if cancel.cancelled:
                    self._drop_busy_workers()
                    return
            if next_out >= len(paths):
                break
            self._dispatch(waiting, paths, done)
            if not any(w.queued for w in self.workers) and next_out not in done:
                raise RuntimeError("no reader holds the next file")
            self._collect(done, waiting)

    def _dispatch(self, waiting: collections.deque[int], paths: Sequence[Path], done: dict[int, FileRead]) -> None:
        while waiting:
            worker = min(self.workers, key=lambda w: len(w.queued), default=None)
            if worker is None or (len(worker.queued) >= _QUEUED_PER_WORKER and len(self.workers) < WORKER_COUNT):
                worker = self._start_worker()
            if len(worker.queued) >= _QUEUED_PER_WORKER:
                return
            index = waiting.popleft()
            try:
                worker.send(index, paths[index])
            except OSError:  # the worker died: the file it was reading is at fault
                self._lose(worker, waiting, self._crashed(), done)

    def _start_worker(self) -> _Worker:
        worker = _Worker(_context(), self.budget.memory_bytes)
        self.workers.append(worker)
        return worker

    def _collect(self, done: dict[int, FileRead], waiting: collections.deque[int]) -> None:
        """Wait for results, a worker's end, or a file's time running out (or a short
        while, to look at the cancel token again)."""
        busy = [w for w in self.workers if w.queued]
        if not busy:
            return
        soonest = min(w.head_since + self.budget.seconds for w in busy)
        timeout = max(0.0, min(soonest - time.monotonic(), _CANCEL_CHECK_SECONDS))
        ready = wait([w.connection for w in busy] + [w.process.sentinel for w in busy], timeout)
        for worker in busy:
            if worker.connection in ready:
                self._receive(worker, done, waiting)
            elif worker.process.sentinel in ready:
                self._lose(worker, waiting, self._crashed(), done)
        now = time.monotonic()
        for worker in [w for w in self.workers if w.queued and now - w.head_since > self.budget.seconds]:
            self._lose(worker, waiting, FileRead(reason=Message(
                "it took longer than {seconds} seconds to read, the limit for one file",
                seconds=f"{self.budget.seconds:g}")), done)

    def _receive(self, worker: _Worker, done: dict[int, FileRead], waiting: collections.deque[int]) -> None:
        while worker.queued:
            try:
                if not worker.connection.poll():
                    return
                index, result, spent = worker.connection.recv()
            except (EOFError, OSError):
                self._lose(worker, waiting, self._crashed(), done)
                return
            if index != worker.finished_head():
                raise RuntimeError("a reader answered out of turn")
            done[index] = result
            if spent:  # the worker ends: what it still held goes to another
                self._lose(worker, waiting, self._crashed())
                return

    def _crashed(self) -> FileRead:
        return FileRead(reason=Message("the reader stopped while reading it: the file may be damaged, or need "
                                       "more than {memory} MB of memory",
                                       memory=f"{self.budget.memory_bytes / 1e6:.0f}"))

    def _lose(self, worker: _Worker, waiting: collections.deque[int], head: FileRead,
              done: dict[int, FileRead] | None = None) -> None:
        """Stop a worker that died or ran out of time: the file it was reading gets
        `head` as its result, the files queued behind it are read again by another."""
        self.workers.remove(worker)
        queued = list(worker.queued)
        worker.queued.clear()
        worker.stop(kill=True)
        if queued and done is not None:
            done[queued.pop(0)] = head
        waiting.extendleft(reversed(queued))

    def _drop_busy_workers(self) -> None:
        for worker in [w for w in self.workers if w.queued]:
            self.workers.remove(worker)
            worker.queued.clear()
            worker.stop(kill=True)


def _context():
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # Preloaded once in the fork server, so each worker starts with them in memory.
        context.set_forkserver_preload(["__main__", "app.importers.workers", "app.importers.plain_text"])
    return context


@atexit.register
def _stop_idle_workers() -> None:
    with _Pool._lock:
        idle, _Pool._idle = _Pool._idle, []
    for worker in idle:
        worker.stop(kill=False)


# What runs in the worker process.

def serve(connection: Connection, memory_bytes: int) -> None:
    """A worker's loop: read each file named, answer with a `FileRead`, until told to
    stop or the caller is gone. After running out of memory it answers and ends (its
    heap may be left fragmented), telling the caller so."""
    _limit_memory(memory_bytes)
    _silence_output()
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        index, path = request
        result, spent = read_file(Path(path))
        try:
            connection.send((index, result, spent))
        except (BrokenPipeError, OSError):
            return
        if spent:
            return


def read_file(path: Path) -> tuple[FileRead, bool]:
    """Read one file with its format's importer, turning every failure into a reason a
    person understands (never only the name of a Python exception). The flag says the
    memory ran out, after which the process should not read on."""
    from app.core.text import counting_removed_controls
    from app.importers import format_name, load_importer
    from app.importers.common import without_control_characters

    try:
        importer = load_importer(path)
        with counting_removed_controls() as removed:
            article = without_control_characters(importer(path))
        return FileRead(article=article, removed_controls=removed.count), False
    except ImportRejected as rejected:
        return FileRead(reason=portable(rejected.reason)), False
    except MemoryError:
        return FileRead(reason=Message("reading it needed more than {memory} MB of memory, the limit for one file",
                                       memory=f"{_memory_limit() / 1e6:.0f}")), True
    except RecursionError:
        return FileRead(reason=Message("it is nested too deeply to be read")), False
    except Exception:  # a reader's own fault on a file it did not expect
        return FileRead(reason=Message("this {format} could not be read: it is damaged, or made in a way "
                                       "Carnet cannot read", format=format_name(path))), False


def portable(message: Message) -> Message:
    """The message with values that survive pickling: strings, numbers, messages."""
    values = {name: portable(value) if isinstance(value, Message)
              else value if isinstance(value, (str, int, float)) else str(value)
              for name, value in message.values.items()}
    return Message(message.template, **values)


_limit = [0]


def _memory_limit() -> int:
    return _limit[0]


def _limit_memory(memory_bytes: int) -> None:
    _limit[0] = memory_bytes
    try:
        import resource
    except ImportError:  # Windows: the time budget still holds
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        memory_bytes = min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, hard))


def _silence_output() -> None:
    """Warnings and messages printed by the readers' libraries are not for the user's
    terminal (the reasons come back as sentences)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.close(null)
    except OSError:
        pass
    sys.stdout = sys.stderr = open(os.devnull, "w")

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
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Iterator, Sequence

from app.core.messages import Message
from app.core.tasks import CancelToken
from app.importers.worker_process import FileRead, serve

SECONDS_PER_FILE = 60.0
"""A file that takes longer to read is rejected; a long report runs at a few pages a second."""
MEMORY_BYTES = 2 * 1024 ** 3
"""The address space a worker may use: a 50 MB web page needs well under a gigabyte."""
# One core is left to the process storing what the workers read.
WORKER_COUNT = max(1, min(4, (os.cpu_count() or 2) - 1))
IDLE_WORKER_SECONDS = 120.0
"""A worker left idle this long is stopped (a window left open need not keep it)."""
# Sent ahead, so that a worker never waits for its next file.
_QUEUED_JOBS = 16
_QUEUED_FILES = 64
_QUEUED_BYTES = 32 * 1024  # within the smallest pipe buffer (64 KiB on Linux, less on Windows)
_SMALL_FORMATS = frozenset({".txt", ".text", ".md", ".markdown"})
_SMALL_FILE_BYTES = 256 * 1024
_SMALL_FILES_PER_JOB = 16
_CANCEL_CHECK_SECONDS = 0.05
_START_SECONDS = 30.0  # how long a new worker may take to start (a loaded machine, a cold disk)


@dataclass(frozen=True)
class Budget:
    """What reading one file may cost: seconds of wall time, bytes of address space."""

    seconds: float = SECONDS_PER_FILE
    memory_bytes: int = MEMORY_BYTES


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


def kept_workers() -> int:
    """How many idle workers are kept for the next import."""
    with _Pool._lock:
        return len(_Pool._idle)


class _Worker:
    """One worker process and the jobs sent to it (the files of each), oldest first."""

    def __init__(self, context, memory_bytes: int, budget_seconds: float) -> None:
        self.connection, child = context.Pipe(duplex=True)
        self.process = context.Process(target=serve, args=(child, memory_bytes), daemon=True,
                                       name="carnet-reader")
        self.process.start()
        child.close()
        self.memory_bytes = memory_bytes
        self.budget_seconds = budget_seconds
        self.idle_since = 0.0
        self.queued: collections.deque[list[int]] = collections.deque()
        self.queued_bytes: collections.deque[int] = collections.deque()
        self.head_since = 0.0  # when the worker began the oldest job it holds
        self.started = False  # said it is ready: until then its start, not a file, takes the time

    @property
    def files(self) -> int:
        return sum(len(job) for job in self.queued)

    def can_take(self, size: int) -> bool:
        """Whether a job whose names take `size` bytes may be sent ahead. The names sent
        must fit in the pipe: a worker blocked sending a long text does not read them,
        and a caller blocked sending more would never read that text."""
        return not self.queued or (len(self.queued) < _QUEUED_JOBS and self.files < _QUEUED_FILES
                                   and sum(self.queued_bytes) + size < _QUEUED_BYTES)

    @property
    def deadline(self) -> float:
        """When the oldest job it holds runs out of time (a worker still starting has
        `_START_SECONDS` more: its start is no file's fault)."""
        return self.head_since + self.budget_seconds + (0.0 if self.started else _START_SECONDS)

    def send(self, job: list[int], paths: list[str]) -> None:
        if not self.queued:
            self.head_since = time.monotonic()
        self.queued.append(job)
        self.queued_bytes.append(_names_size(paths))
        self.connection.send(list(zip(job, paths)))

    def finished_head(self) -> list[int]:
        job = self.queued.popleft()
        self.queued_bytes.popleft()
        self.head_since = time.monotonic()
        return job

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


def _names_size(paths: list[str]) -> int:
    return sum(len(path) * 4 + 16 for path in paths)


class _Pool:
    """The workers of one import; the idle ones are kept for the next import."""

    _idle: list[_Worker] = []
    _lock = threading.Lock()
    _reaper: threading.Timer | None = None
    _reap_at = 0.0

    def __init__(self, budget: Budget, workers: list[_Worker]) -> None:
        self.budget = budget
        self.workers = workers
        self.solo: set[int] = set()  # files of a job that failed, each read alone now

    @classmethod
    def take(cls, budget: Budget) -> _Pool:
        with cls._lock:
            kept = [w for w in cls._idle if w.memory_bytes == budget.memory_bytes and w.process.is_alive()]
            cls._idle = [w for w in cls._idle if w not in kept]
        for worker in kept:  # a worker kept from another import reads under this one's time
            worker.budget_seconds = budget.seconds
        return cls(budget, kept)

    def give_back(self) -> None:
        reusable = [w for w in self.workers if not w.queued and w.process.is_alive()]
        for worker in self.workers:
            if worker not in reusable:
                worker.stop(kill=True)
        now = time.monotonic()
        for worker in reusable:
            worker.idle_since = now
        with self._lock:
            room = max(0, WORKER_COUNT - len(self._idle))  # a second import at once started its own
            self._idle.extend(reusable[:room])
        for worker in reusable[room:]:
            worker.stop(kill=False)
        self.workers = []
        if reusable:
            _schedule_reaper(IDLE_WORKER_SECONDS)

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
            job = self._next_job(waiting, paths)
            names = [str(paths[index]) for index in job]
            worker = min(self.workers, key=lambda w: w.files, default=None)
            if worker is None or (not worker.can_take(_names_size(names)) and len(self.workers) < WORKER_COUNT):
                worker = self._start_worker()
            if not worker.can_take(_names_size(names)):
                return
            for _ in job:
                waiting.popleft()
            try:
                worker.send(job, names)
            except OSError:  # the worker died: the file it was reading is at fault
                self._lose(worker, waiting, self._crashed(), done)

    def _next_job(self, waiting: collections.deque[int], paths: Sequence[Path]) -> list[int]:
        """The next files to send together: small text files go by the dozen (one round
        trip for many), the others one by one (each under its own time)."""
        job, size = [], 0
        for index in waiting:
            size += _names_size([str(paths[index])])
            if (len(job) == _SMALL_FILES_PER_JOB or size > _QUEUED_BYTES // 2 or index in self.solo
                    or not self._small(paths[index])):
                break
            job.append(index)
        return job or [waiting[0]]

    def _small(self, path: Path) -> bool:
        if path.suffix.lower() not in _SMALL_FORMATS:
            return False
        try:
            return os.stat(path).st_size <= _SMALL_FILE_BYTES
        except (OSError, ValueError):
            return False

    def _start_worker(self) -> _Worker:
        worker = _Worker(process_context(), self.budget.memory_bytes, self.budget.seconds)
        self.workers.append(worker)
        return worker

    def _collect(self, done: dict[int, FileRead], waiting: collections.deque[int]) -> None:
        """Wait for results, a worker's end, or a job's time running out (or a short
        while, to look at the cancel token again)."""
        busy = [w for w in self.workers if w.queued]
        if not busy:
            return
        soonest = min(w.deadline for w in busy)
        timeout = max(0.0, min(soonest - time.monotonic(), _CANCEL_CHECK_SECONDS))
        ready = wait([w.connection for w in busy] + [w.process.sentinel for w in busy], timeout)
        for worker in busy:
            if worker.connection in ready:
                self._receive(worker, done, waiting)
            elif worker.process.sentinel in ready:
                self._lose(worker, waiting, self._crashed(), done)
        now = time.monotonic()
        for worker in [w for w in self.workers if w.queued and now > w.deadline]:
            self._lose(worker, waiting, FileRead(reason=Message(
                "it took longer than {seconds} seconds to read, the limit for one file",
                seconds=f"{self.budget.seconds:g}")), done)

    def _receive(self, worker: _Worker, done: dict[int, FileRead], waiting: collections.deque[int]) -> None:
        while worker.queued:
            try:
                if not worker.connection.poll():
                    return
                message = worker.connection.recv()
            except (EOFError, OSError):
                self._lose(worker, waiting, self._crashed(), done)
                return
            if message is None:  # it has started: its first job's time begins now
                worker.started = True
                worker.head_since = time.monotonic()
                continue
            answers, spent = message
            job = worker.finished_head()
            if [index for index, _ in answers] != job[:len(answers)]:
                raise RuntimeError("a reader answered out of turn")
            done.update(answers)
            if spent:  # the worker ends: what it still held goes to another
                waiting.extendleft(reversed(job[len(answers):]))
                self._lose(worker, waiting, self._crashed())
                return

    def _crashed(self) -> FileRead:
        return FileRead(reason=Message("the reader stopped while reading it: the file may be damaged, or need "
                                       "more than {memory} MB of memory",
                                       memory=f"{self.budget.memory_bytes / 1e6:.0f}"))

    def _lose(self, worker: _Worker, waiting: collections.deque[int], head: FileRead,
              done: dict[int, FileRead] | None = None) -> None:
        """Stop a worker that died or ran out of time. With `done`, the job it was
        reading is at fault: a single file gets `head` as its result; the files of a
        larger job are read again one by one, to find which. The jobs queued behind it
        are read again by another worker."""
        self.workers.remove(worker)
        jobs = list(worker.queued)
        worker.queued.clear()
        worker.queued_bytes.clear()
        worker.stop(kill=True)
        if jobs and done is not None:
            if len(jobs[0]) == 1:
                done[jobs.pop(0)[0]] = head
            else:
                self.solo.update(jobs[0])
        waiting.extendleft(reversed([index for job in jobs for index in job]))

    def _drop_busy_workers(self) -> None:
        for worker in [w for w in self.workers if w.queued]:
            self.workers.remove(worker)
            worker.queued.clear()
            worker.queued_bytes.clear()
            worker.stop(kill=True)


def process_context():
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # Preloaded once in the fork server, so each worker starts with them in memory.
        context.set_forkserver_preload(["__main__", "app.importers.worker_process", "app.importers.plain_text",
                                        "app.importers.warm_reader"])
    return context


def _schedule_reaper(delay: float) -> None:
    """Have idle workers looked at in `delay` seconds, unless that is planned sooner."""
    due = time.monotonic() + delay
    with _Pool._lock:
        planned = _Pool._reaper
        if planned is not None and planned.is_alive() and _Pool._reap_at <= due:
            return
        if planned is not None:
            planned.cancel()
        _Pool._reaper, _Pool._reap_at = threading.Timer(delay, _reap), due
        _Pool._reaper.daemon = True
        _Pool._reaper.start()


def _reap() -> None:
    with _Pool._lock:
        _Pool._reaper = None
    _stop_idle_workers(idle_for=IDLE_WORKER_SECONDS)
    with _Pool._lock:
        oldest = min((w.idle_since for w in _Pool._idle), default=None)
    if oldest is not None:
        _schedule_reaper(max(1.0, oldest + IDLE_WORKER_SECONDS - time.monotonic()))


@atexit.register
def _stop_idle_workers(idle_for: float = 0.0) -> None:
    """Stop the kept workers idle for at least `idle_for` seconds (all of them at exit)."""
    now = time.monotonic()
    with _Pool._lock:
        stopping = [w for w in _Pool._idle if now - w.idle_since >= idle_for]
        _Pool._idle = [w for w in _Pool._idle if w not in stopping]
    for worker in stopping:
        worker.stop(kill=False)
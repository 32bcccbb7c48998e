"""Reading files in worker processes: a file over its time or memory budget, or one
whose reader dies, is rejected with the reason while the others are read; a cancel
comes through at once."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from app.core.tasks import CancelToken
from app.importers import workers
from app.importers.workers import Budget, kept_workers, read_files
from app.services import importing
from app.services.articles import ArticleService
from tests.hostile_files import TEXT, epub_bytes, pdf_repeating_one_page

posix_only = pytest.mark.skipif(os.name != "posix", reason="a memory limit needs setrlimit; /proc")


@pytest.fixture
def slow_pdf(tmp_path) -> Path:
    path = tmp_path / "slow.pdf"
    path.write_bytes(pdf_repeating_one_page())  # 2 KB naming one heavy page 10,000 times
    assert path.stat().st_size < 5000
    return path


def _text_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"{n:02d}.txt"
        path.write_text(f"{TEXT} numéro {n}", encoding="utf-8")
        paths.append(path)
    return paths


def test_a_file_over_its_time_is_rejected_and_the_others_are_read(tmp_path, slow_pdf):
    paths = [*_text_files(tmp_path / "a", 3), slow_pdf, *_text_files(tmp_path / "b", 3)]
    started = time.monotonic()
    results = list(read_files(paths, budget=Budget(seconds=1.5)))
    assert time.monotonic() - started < 20
    assert [index for index, _ in results] == list(range(7))
    reasons = [str(read.reason) if read.reason else None for _, read in results]
    assert reasons[3] == "it took longer than 1.5 seconds to read, the limit for one file"
    assert reasons[:3] == reasons[4:] == [None] * 3
    assert results[6][1].article.body.endswith("numéro 2")


@posix_only
def test_a_file_needing_more_memory_than_allowed_is_rejected_and_the_next_is_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Une ligne de texte sur les usines.\n" * 1_200_000)  # 42 MB
    [small] = _text_files(tmp_path / "small", 1)
    results = [read for _, read in read_files([big, small], budget=Budget(memory_bytes=400_000_000))]
    assert str(results[0].reason) == "reading it needed more than 400 MB of memory, the limit for one file"
    assert results[1].article is not None


def _reader_processes() -> set[int]:
    """The import's worker processes: the children of multiprocessing's fork server."""
    from multiprocessing import forkserver

    server = forkserver._forkserver._forkserver_pid
    children = Path(f"/proc/{server}/task/{server}/children")
    return {int(pid) for pid in children.read_text().split()} if server and children.exists() else set()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="Linux's /proc")
def test_a_reader_that_dies_costs_only_its_file(tmp_path, slow_pdf, empty_library, monkeypatch):
    monkeypatch.setattr(importing, "READ_BUDGET", Budget(seconds=60))
    paths = [slow_pdf, *_text_files(tmp_path / "after", 4)]
    killer_done = threading.Event()

    def kill_the_readers():
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not killer_done.is_set():
            time.sleep(0.3)  # the slow file is being read by now
            readers = _reader_processes()
            if readers:
                for pid in readers:
                    os.kill(pid, signal.SIGKILL)  # as a crash in a C extension would end it
                return

    killer = threading.Thread(target=kill_the_readers)
    killer.start()
    started = time.monotonic()
    report = importing.import_paths(empty_library, paths)
    killer_done.set()
    killer.join()
    assert time.monotonic() - started < 30
    assert [o.status for o in report.outcomes] == ["rejected", "imported", "imported", "imported", "imported"]
    assert str(report.outcomes[0].reason).startswith("the reader stopped while reading it")
    assert ArticleService(empty_library).count() == 4


def test_a_cancel_stops_the_import_while_a_slow_file_is_read(tmp_path, slow_pdf, empty_library, monkeypatch):
    monkeypatch.setattr(importing, "READ_BUDGET", Budget(seconds=60))
    cancel = CancelToken()
    paths = [*_text_files(tmp_path / "before", 2), slow_pdf, *_text_files(tmp_path / "after", 2)]

    def progress(done, total, label):
        if label == "slow.pdf":
            threading.Timer(0.5, cancel.cancel).start()

    started = time.monotonic()
    report = importing.import_paths(empty_library, paths, progress=progress, cancel=cancel)
    assert time.monotonic() - started < 5
    assert report.cancelled
    assert [o.status for o in report.outcomes] == ["imported", "imported"]
    assert ArticleService(empty_library).count() == 2


def test_an_import_goes_on_after_a_file_over_its_time(tmp_path, slow_pdf, empty_library, monkeypatch):
    monkeypatch.setattr(importing, "READ_BUDGET", Budget(seconds=1))
    report = importing.import_paths(empty_library, [slow_pdf, *_text_files(tmp_path / "after", 2)])
    assert [(o.path.name, o.status) for o in report.outcomes] == [
        ("slow.pdf", "rejected"), ("00.txt", "imported"), ("01.txt", "imported")]
    assert str(report.outcomes[0].reason) == "it took longer than 1 seconds to read, the limit for one file"


def test_idle_workers_are_kept_for_the_next_import_then_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "IDLE_WORKER_SECONDS", 0.5)
    [path] = _text_files(tmp_path, 1)
    list(read_files([path]))
    assert kept_workers() >= 1
    deadline = time.monotonic() + 10
    while kept_workers() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert kept_workers() == 0


def test_a_worker_kept_from_another_import_reads_under_the_new_import_s_time(tmp_path, slow_pdf):
    list(read_files(_text_files(tmp_path / "warm", 1)))  # a worker kept, under the default minute
    assert kept_workers() >= 1
    started = time.monotonic()
    [(_, read)] = list(read_files([slow_pdf], budget=Budget(seconds=1.5)))
    assert time.monotonic() - started < 20  # not the minute of the import that started it
    assert str(read.reason) == "it took longer than 1.5 seconds to read, the limit for one file"


def test_an_unexpected_failure_of_a_reader_becomes_a_sentence(tmp_path):
    """ebooklib meets a package file without a manifest with "TypeError: 'NoneType'
    object is not iterable"; the user reads what happened to the file instead."""
    path = tmp_path / "lol_opf.epub"
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title></metadata>'
           '<spine><itemref idref="c"/></spine></package>')
    path.write_bytes(epub_bytes(opf=opf))
    [(_, read)] = list(read_files([path]))
    assert str(read.reason) == "this EPUB could not be read: it is damaged, or made in a way Carnet cannot read"



@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="Linux's /proc")
def test_small_files_read_together_are_read_again_alone_when_their_reader_dies(tmp_path, empty_library):
    paths = _text_files(tmp_path / "many", 1500)
    killed = []

    def progress(done, total, label):
        if done == 40 and not killed:
            killed.extend(_reader_processes())
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    report = importing.import_paths(empty_library, paths, progress=progress)
    assert killed
    assert report.count("imported") == 1500, [str(o.reason) for o in report.outcomes if o.status != "imported"][:3]

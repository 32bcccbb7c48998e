"""What runs in an import worker process: read the files named, one by one, and answer
with a `FileRead` for each (see `app.importers.workers`, which starts and stops them).

Kept apart, and light to import, since every worker starts by importing it."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from app.core.article import Article
from app.core.errors import ImportRejected
from app.core.messages import Message


@dataclass(frozen=True)
class FileRead:
    """A file read: its article (with how many control characters were removed from it)
    or the reason it was rejected."""

    article: Article | None = None
    reason: Message | None = None
    removed_controls: int = 0


def serve(connection: Connection, memory_bytes: int) -> None:
    """A worker's loop: say it has started (`None`), then read the files of each job
    named, answer with their `FileRead`s,
    until told to stop or the caller is gone. After running out of memory it answers
    and ends (its heap may be left fragmented), telling the caller so."""
    _limit_memory(memory_bytes)
    _silence_output()
    import app.importers.warm_reader  # noqa: F401 (its import loads the models)

    try:
        connection.send(None)  # started: a file's time counts from here, not from a slow start
    except (BrokenPipeError, OSError):
        return
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        answers, spent = [], False
        for index, path in job:
            result, spent = read_file(Path(path))
            answers.append((index, result))
            if spent:
                break
        try:
            connection.send((answers, spent))
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

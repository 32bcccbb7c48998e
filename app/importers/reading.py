"""Reading a text file's bytes and decoding them, with the reasons a file is refused."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

import charset_normalizer

from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.text import normalise_text

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused: no news article or report comes near it."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes cp1252 leaves undefined: a file holding them is not cp1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_FOREIGN_WORD_SHARE = 0.1
# Opening a named pipe waits for a writer unless it is opened without blocking; a
# terminal must not become the reader's controlling terminal. (Neither exists on Windows.)
_NO_BLOCK = getattr(os, "O_NONBLOCK", 0)
_NO_TERMINAL = getattr(os, "O_NOCTTY", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_WORD = re.compile(r"[^\W\d_]{2,}")
# Control characters other than tab, newline, form feed and carriage return.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def read_text_file(path: Path) -> str:
    """Return the normalised text of the file at `path`, or raise `ImportRejected`."""
    data = read_bytes(path)
    text = normalise_text(decode_text(data, path))
    if not text:
        raise ImportRejected(path, Message("empty file: it holds only blank space"))
    return text


def read_bytes(path: Path) -> bytes:
    """Return the bytes of `path`, refusing unreadable, empty and over-large files and
    anything that is not a regular file (a named pipe, a device, a socket, a folder).

    The file is opened without blocking (a named pipe would wait for a writer), and the
    size limit holds on the bytes read, whatever size the file system announces.
    """
    try:
        check_regular_file(path, os.stat(path))
        descriptor = os.open(path, os.O_RDONLY | _NO_BLOCK | _NO_TERMINAL | _BINARY)
        with open(descriptor, "rb", buffering=0, closefd=True) as file:
            status = os.fstat(file.fileno())
            check_regular_file(path, status)  # it may have been swapped since the first look
            if status.st_size > MAX_FILE_BYTES:
                raise _too_large(path, status.st_size)
            if _NO_BLOCK:
                os.set_blocking(file.fileno(), True)
            data = file.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise ImportRejected(path, Message("unreadable: permission denied")) from None
    except IsADirectoryError:
        raise ImportRejected(path, Message("unreadable: it is a folder")) from None
    except OSError as error:
        raise ImportRejected(path, Message("unreadable: {error}", error=error.strerror or error)) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path, None)
    if not data:
        raise ImportRejected(path, Message("empty file"))
    return data


def check_regular_file(path: Path, status: os.stat_result) -> None:
    """Refuse, with the reason, what is not a regular file: reading a named pipe waits
    for a writer, and a device such as /dev/zero never ends."""
    mode = status.st_mode
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise ImportRejected(path, Message("unreadable: it is a folder"))
    if stat.S_ISFIFO(mode):
        raise ImportRejected(path, Message("not a regular file: this is a named pipe (FIFO), which is never read"))
    if stat.S_ISSOCK(mode):
        raise ImportRejected(path, Message("not a regular file: this is a socket, which is never read"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise ImportRejected(path, Message("not a regular file: this is a device, which is never read"))
    raise ImportRejected(path, Message("not a regular file, so it is not read"))


def _too_large(path: Path, size: int | None) -> ImportRejected:
    limit = f"{MAX_FILE_BYTES / 1e6:.0f}"
    if size is None:
        return ImportRejected(path, Message("too large: over {limit} MB were read, the limit is {limit} MB", limit=limit))
    return ImportRejected(path, Message("too large: {size} MB, the limit is {limit} MB",
                                        size=f"{size / 1e6:.1f}", limit=limit))


def decode_text(data: bytes, path: Path) -> str:
    """Decode `data`: by its BOM, as UTF-8, as Western European text, or as detected."""
    if b"\x00" in data[:8192] and not data.startswith(tuple(bom for bom, _ in _BOMS)):
        raise ImportRejected(path, Message("binary content: this is not a text file"))
    text = _decode(data, path)
    if _looks_binary(text):
        raise ImportRejected(path, Message("binary content: this is not a text file"))
    return text


def _decode(data: bytes, path: Path) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ImportRejected(path, Message("undecodable: not valid {encoding} despite its BOM",
                                                   encoding=encoding)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _as_western_european(data)
    if western is not None:
        return western
    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        raise ImportRejected(path, Message("undecodable: the text encoding could not be recognised"))
    return str(match)


def _as_western_european(data: bytes) -> str | None:
    """Decode as cp1252 (a superset of Latin-1 for text) when the result reads like
    French, English or another Western language.

    Detectors guess poorly on short Western texts (cp1250, even Big5), so this comes
    first. Text in another script (Cyrillic, Greek) decodes here to words made only of
    accented letters, which Western languages almost never have; it is left to the detector.
    """
    if _CP1252_UNDEFINED.intersection(data):
        return None
    text = data.decode("cp1252")
    words = _WORD.findall(text)
    foreign = sum(1 for word in words if not any(char.isascii() for char in word))
    if foreign > _FOREIGN_WORD_SHARE * len(words):
        return None
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    return len(_CONTROL_CHARACTERS.findall(sample)) > max(2, len(sample) // 100)

"""Checking a ZIP archive (a .docx, an .epub) before a reader inflates it: a small file
can hold gigabytes (a "zip bomb"), and the readers load every member in memory.

The central directory is checked first (how many members, their sizes and compression
ratios, their total), then every member is inflated once in small pieces against a
running budget, so that sizes the directory understates are caught too. Python's
zipfile, which the readers use, never inflates a member beyond its announced size.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

from app.core.errors import ImportRejected
from app.core.messages import Message
from app.core.text import clean_field

MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 50 * 1024 * 1024
"""No member (a chapter, an image) may inflate beyond this: the article limit."""
MAX_TOTAL_BYTES = 200 * 1024 * 1024
"""All members together, images included, inflate to at most this."""
MAX_RATIO = 100
"""Text compresses ten-fold, rarely fifty-fold; a member inflating more is a bomb."""
RATIO_FLOOR_BYTES = 1024 * 1024
"""Below this, a high ratio is harmless (a run of blank lines compresses very well)."""
_CHUNK = 64 * 1024
_END_OF_DIRECTORY = b"PK\x05\x06"
_END_RECORD_SIZE = 22
_COMMENT_MAX = 0xFFFF


def check_archive(path: Path, kind: Message) -> None:
    """Refuse, naming the file, an archive whose members would inflate beyond the
    limits; `kind` names the format ("Word document", "EPUB") in the sentences. An
    archive that is not a ZIP at all is left to the reader, which says so."""
    _check_member_count(path, kind)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a ZIP, or not readable: the reader refuses it in its own words
    try:
        with archive:
            members = archive.infolist()
            _check_directory(path, kind, members)
            _inflate_within_budget(path, kind, archive, members)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, ValueError,
            zlib.error, EOFError, OSError):
        # Encrypted members, unknown compression methods, corrupt streams.
        raise ImportRejected(path, Message("this {kind} is damaged: its contents cannot be unpacked",
                                           kind=kind)) from None


def _check_member_count(path: Path, kind: Message) -> None:
    """Read the member count from the end record before zipfile builds an object per
    member (a few megabytes of directory could make millions of them)."""
    try:
        with open(path, "rb") as file:
            file.seek(0, 2)
            size = file.tell()
            file.seek(max(0, size - _END_RECORD_SIZE - _COMMENT_MAX))
            tail = file.read()
    except OSError:
        return  # the reader reports what it cannot open
    at = tail.rfind(_END_OF_DIRECTORY)
    if at < 0 or len(tail) - at < _END_RECORD_SIZE:
        return
    (members,) = struct.unpack("<H", tail[at + 10:at + 12])
    if members >= MAX_MEMBERS:  # 0xFFFF also means "see the ZIP64 record": never in a document
        raise ImportRejected(path, Message("this {kind} holds too many parts ({count}; the limit is {limit})",
                                           kind=kind, count=members, limit=MAX_MEMBERS))


def _check_directory(path: Path, kind: Message, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise ImportRejected(path, Message("this {kind} holds too many parts ({count}; the limit is {limit})",
                                           kind=kind, count=len(members), limit=MAX_MEMBERS))
    total = 0
    for member in members:
        if member.file_size > MAX_MEMBER_BYTES:
            raise _too_large(path, kind, member.filename, member.file_size)
        if member.file_size > RATIO_FLOOR_BYTES and member.file_size > MAX_RATIO * max(1, member.compress_size):
            raise ImportRejected(path, Message(
                "this {kind} looks like a zip bomb: its part {member} would grow {ratio} times when unpacked "
                "(the limit is {limit})", kind=kind, member=_name(member.filename),
                ratio=member.file_size // max(1, member.compress_size), limit=MAX_RATIO))
        total += member.file_size
    if total > MAX_TOTAL_BYTES:
        raise _too_large_in_all(path, kind, total)


def _inflate_within_budget(path: Path, kind: Message, archive: zipfile.ZipFile,
                           members: list[zipfile.ZipInfo]) -> None:
    total = 0
    for member in members:
        if member.is_dir():
            continue
        inflated = 0
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                inflated += len(chunk)
                total += len(chunk)
                if inflated > MAX_MEMBER_BYTES:
                    raise _too_large(path, kind, member.filename, inflated)
                if total > MAX_TOTAL_BYTES:
                    raise _too_large_in_all(path, kind, total)


def _too_large(path: Path, kind: Message, member: str, size: int) -> ImportRejected:
    return ImportRejected(path, Message("this {kind} is too large unpacked: its part {member} holds {size} MB "
                                        "(the limit is {limit} MB)", kind=kind, member=_name(member),
                                        size=f"{size / 1e6:.0f}", limit=f"{MAX_MEMBER_BYTES / 1e6:.0f}"))


def _too_large_in_all(path: Path, kind: Message, total: int) -> ImportRejected:
    return ImportRejected(path, Message("this {kind} is too large unpacked: over {size} MB in all "
                                        "(the limit is {limit} MB)", kind=kind, size=f"{total / 1e6:.0f}",
                                        limit=f"{MAX_TOTAL_BYTES / 1e6:.0f}"))


def _name(member: str) -> str:
    """A member's name as a sentence can show it: one line, not too long."""
    name = clean_field(member)
    return name if len(name) <= 80 else name[:79] + "…"

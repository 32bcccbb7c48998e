"""What is read at all: regular files only, opened without blocking, and no more bytes
than the limit whatever size the file system announces."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.errors import ImportRejected
from app.importers import reading
from app.importers.reading import read_bytes


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux's /proc")
def test_the_size_limit_holds_on_what_is_read_not_on_the_announced_size(monkeypatch):
    maps = Path("/proc/self/maps")
    assert maps.stat().st_size == 0 and len(maps.read_bytes()) > 2000  # it says 0 bytes, and holds more
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportRejected, match=r"too large: over 0 MB were read, the limit is 0 MB"):
        read_bytes(maps)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(ImportRejected, match=r"pipe.txt: not a regular file: this is a named pipe"):
        read_bytes(tmp_path / "pipe.txt")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a device file")
def test_a_device_behind_a_link_is_refused_before_a_byte_is_read(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with pytest.raises(ImportRejected, match=r"zero.txt: not a regular file: this is a device"):
        read_bytes(tmp_path / "zero.txt")

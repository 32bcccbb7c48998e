"""Real small and read-only file systems, mounted for a test (this needs root)."""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

import pytest


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True)


@contextlib.contextmanager
def _mounted(target: Path, *mount_commands: tuple[str, ...]):
    target.mkdir(parents=True, exist_ok=True)
    for command in mount_commands:
        result = _run(*command)
        if result.returncode != 0:
            _run("umount", str(target))
            pytest.skip(f"cannot mount a file system here: {result.stderr.strip() or result.returncode}")
    try:
        yield target
    finally:
        _run("umount", "-l", str(target))


@pytest.fixture
def small_disk(tmp_path):
    """Mounts a file system of `size_kib` at a folder of its own and returns that folder."""
    with contextlib.ExitStack() as stack:
        def mount(size_kib: int) -> Path:
            target = tmp_path / f"disk-{size_kib}k"
            return stack.enter_context(_mounted(
                target, ("mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(target))))
        yield mount


@pytest.fixture
def read_only_view(tmp_path):
    """Shows a folder again, read-only, at a second place, as a read-only disk would."""
    with contextlib.ExitStack() as stack:
        def mount(folder: Path) -> Path:
            target = tmp_path / f"{folder.name}-read-only"
            return stack.enter_context(_mounted(
                target, ("mount", "--bind", str(folder), str(target)),
                ("mount", "-o", "remount,ro,bind", str(target))))
        yield mount

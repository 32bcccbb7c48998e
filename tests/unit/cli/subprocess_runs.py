"""Running `python -m app` as a user would, in a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def carnet(library: Path, *argv: str, timeout: float = 60, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run `python -m app --library LIBRARY ARGV…`, its output decoded as UTF-8."""
    return subprocess.run([sys.executable, "-m", "app", "--library", str(library), *argv],
                          capture_output=True, timeout=timeout, input=stdin, encoding="utf-8", errors="replace")


def no_traceback(result: subprocess.CompletedProcess) -> bool:
    return "Traceback" not in result.stderr and "Traceback" not in result.stdout

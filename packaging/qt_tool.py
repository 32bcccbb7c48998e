"""Runs one of the Qt tools PySide6 ships (lupdate, lrelease): `python packaging/qt_tool.py
lrelease ARGS...`. The `pyside6-*` launchers cannot find them when PySide6 is installed as
a namespace package, as its split wheels make it."""

import subprocess
import sys
from pathlib import Path

import PySide6


def main() -> int:
    name, arguments = sys.argv[1], sys.argv[2:]
    for folder in map(Path, PySide6.__path__):
        for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
            if candidate.is_file():
                return subprocess.call([str(candidate), *arguments])
    print(f"qt_tool: {name} is not in PySide6 ({', '.join(PySide6.__path__)})", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())

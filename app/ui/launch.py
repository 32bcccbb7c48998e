"""Starting the window, after checking there is a screen to show it on.

Nothing here imports Qt at module level: without a display, Qt would abort the
process with a dump of platform plugins instead of a sentence.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Mapping

NO_DISPLAY_MESSAGE = (
    "carnet: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window "
    "cannot open; use the command line instead: carnet --help"
)


def display_problem(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str | None:
    """Why a window cannot open here, or None when it can (or when only Qt can tell)."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if environ.get("QT_QPA_PLATFORM") or environ.get("WAYLAND_DISPLAY"):
        return None
    display = environ.get("DISPLAY", "")
    if not display:
        return NO_DISPLAY_MESSAGE
    if display.startswith(":"):
        number = display[1:].split(".")[0]
        if number.isdigit() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return (f"carnet: the display {display} is not running, so the window cannot open; "
                    "use the command line instead: carnet --help")
    return None


def launch(library_folder: Path | None, argv: list[str] | None = None, *, read_only: bool = False,
           highlight: int | None = None) -> int:
    """Open the Carnet window on `library_folder` (None: the library opened last), at
    `highlight` if given; return the exit status."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from app.ui.application import run

    return run(library_folder, argv if argv is not None else sys.argv, read_only=read_only, highlight=highlight)


def smoke_test(argv: list[str] | None = None) -> int:
    """Run the whole application once on a temporary library (see `app.ui.smoke`)."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from app.ui.smoke import smoke_test as run_smoke_test

    return run_smoke_test(argv if argv is not None else sys.argv)

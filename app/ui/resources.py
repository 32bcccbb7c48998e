"""Finding the files of `resources/` wherever Carnet runs from."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(name: str) -> Path | None:
    """A file of `resources/` (a source checkout, an installed wheel or a bundle), or None."""
    candidates = [Path(__file__).resolve().parents[2] / "resources" / name,
                  Path(sys.prefix) / "share" / "carnet" / "resources" / name]
    if hasattr(sys, "_MEIPASS"):
        candidates.insert(0, Path(sys._MEIPASS) / "resources" / name)
    return next((path for path in candidates if path.is_file()), None)

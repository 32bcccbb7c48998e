"""Finding the files of `resources/` wherever Carnet runs from."""

from __future__ import annotations

from pathlib import Path

from app.services.library import shipped_path


def resource_path(name: str) -> Path | None:
    """A file of `resources/` (a source checkout, an installed wheel or a bundle), or None."""
    path = shipped_path(f"resources/{name}")
    return path if path is not None and path.is_file() else None

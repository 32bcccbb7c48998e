"""The libraries a user has opened, most recent first, kept in the window settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.store.library import DATABASE_FILE


class RecentLibraries:
    KEY = "libraries/recent"
    LIMIT = 8

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def folders(self) -> list[Path]:
        """The library folders opened lately that still hold a library, latest first."""
        stored = self._settings.value(self.KEY, []) or []
        if isinstance(stored, str):  # a list of one comes back as a string from INI files
            stored = [stored]
        return [Path(folder) for folder in stored if (Path(folder) / DATABASE_FILE).is_file()]

    def last(self) -> Path | None:
        folders = self.folders()
        return folders[0] if folders else None

    def remember(self, folder: Path) -> None:
        folder = Path(folder).absolute()
        folders = [folder, *(f for f in self.folders() if f != folder)][:self.LIMIT]
        self._settings.setValue(self.KEY, [str(f) for f in folders])

    def clear(self, keep: Path | None = None) -> None:
        self._settings.setValue(self.KEY, [str(Path(keep).absolute())] if keep else [])

"""The libraries a user has opened, most recent first, kept in the window settings: local
libraries' folders and team libraries' addresses (never with a password)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.store.library import DATABASE_FILE
from app.store.team import is_team_address, is_team_library


class RecentLibraries:
    KEY = "libraries/recent"
    LIMIT = 8

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def folders(self) -> list[Path | str]:
        """The library folders opened lately that still hold a library, and the team
        libraries' addresses, latest first."""
        stored = self._settings.value(self.KEY, []) or []
        if isinstance(stored, str):  # a list of one comes back as a string from INI files
            stored = [stored]
        return [place if is_team_address(place) else Path(place) for place in stored
                if is_team_address(place) or (Path(place) / DATABASE_FILE).is_file()]

    def last(self) -> Path | str | None:
        folders = self.folders()
        return folders[0] if folders else None

    @staticmethod
    def place_of(library) -> Path | str:
        """A library's folder, or a team library's address as it may be kept."""
        return library.shown_address if is_team_library(library) else library.folder.absolute()

    def remember(self, place: Path | str) -> None:
        place = _kept(place)
        folders = [place, *(f for f in self.folders() if f != place)][:self.LIMIT]
        self._settings.setValue(self.KEY, [str(f) for f in folders])

    def clear(self, keep: Path | str | None = None) -> None:
        self._settings.setValue(self.KEY, [str(_kept(keep))] if keep else [])


def _kept(place: Path | str) -> Path | str:
    if isinstance(place, str) and is_team_address(place):
        from app.store.postgres.connection import shown_address
        return shown_address(place)
    return Path(place).absolute()

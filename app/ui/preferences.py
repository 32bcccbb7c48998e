"""The user's preferences, kept in the window settings (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import get_args

from PySide6.QtCore import QSettings

from app.core.digest import GroupBy
from app.ui.translation import LANGUAGES

THEMES = ("system", "light", "dark")
GROUPINGS = get_args(GroupBy)
MAX_FEED_MINUTES = 24 * 60


@dataclass(frozen=True)
class Preferences:
    reader_font: str = ""  # empty: the system's font
    reader_size: int = 0  # points; 0: the system's size
    line_spacing: int = 125  # percent of the font's line height
    theme: str = "system"
    export_grouping: str = "tag"
    export_folder: str = ""  # empty: the user's documents folder
    language: str = "system"  # "system", "en" or "fr"
    feed_minutes: int = 0  # how often the window updates the feeds; 0: only when asked
    capture: bool = True  # whether the window opens the "Save to Carnet" endpoint

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        defaults, values = cls(), {}
        for field in fields(cls):
            default = getattr(defaults, field.name)
            value = settings.value(f"preferences/{field.name}", default)
            try:
                values[field.name] = _setting(default, value)
            except (TypeError, ValueError):
                values[field.name] = default
        loaded = cls(**values)
        return loaded if loaded.valid() else cls(**{**values, **loaded._repairs()})

    def save(self, settings: QSettings) -> None:
        for field in fields(self):
            settings.setValue(f"preferences/{field.name}", getattr(self, field.name))

    def valid(self) -> bool:
        return not self._repairs()

    def _repairs(self) -> dict[str, object]:
        """The fields that hold values Carnet cannot use, with their defaults."""
        defaults, repairs = Preferences(), {}
        if self.language != "system" and self.language not in LANGUAGES:
            repairs["language"] = defaults.language
        if self.theme not in THEMES:
            repairs["theme"] = defaults.theme
        if self.export_grouping not in GROUPINGS:
            repairs["export_grouping"] = defaults.export_grouping
        if not 100 <= self.line_spacing <= 250:
            repairs["line_spacing"] = defaults.line_spacing
        if not 0 <= self.feed_minutes <= MAX_FEED_MINUTES:
            repairs["feed_minutes"] = defaults.feed_minutes
        if not 0 <= self.reader_size <= 72:
            repairs["reader_size"] = defaults.reader_size
        if self.export_folder and not Path(self.export_folder).is_dir():
            repairs["export_folder"] = defaults.export_folder
        return repairs


def _setting(default: object, value: object) -> object:
    """A setting read back as the type of its default (QSettings may give text: "false")."""
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)
    return type(default)(value)

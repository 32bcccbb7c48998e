"""The signals views refresh from after a command ran."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AnnotationEvents(QObject):
    changed = Signal(object)
    """What a command changed in the library (a `Changes`); emitted once per command."""
    write_failed = Signal(object)
    """A command could not be written to the library (the LibraryError); nothing changed."""

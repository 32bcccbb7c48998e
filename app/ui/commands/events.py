"""The signals views refresh from after a command ran."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AnnotationEvents(QObject):
    highlights_changed = Signal(int)
    """The highlights of this article changed."""
    articles_changed = Signal(object)
    """Articles were deleted or put back; the id of one to show, or None."""
    tags_changed = Signal()
    """Tags were created, changed, merged or deleted (so highlights may have changed too)."""
    write_failed = Signal(object)
    """A command could not be written to the library (the LibraryError); nothing changed."""

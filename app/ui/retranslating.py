"""Widgets that put their words in a new interface language where they stand: Qt sends
every widget a LanguageChange event when the translators change, and each of these sets
its texts again, keeping its state (the window its size and place, the article read,
the undo history)."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixed into a QWidget subclass: `retranslate` sets every text the widget shows; it
    is called once built and again at each change of language."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

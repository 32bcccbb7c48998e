"""The sentences the services write (`Message`), in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.messages import Message


def translate_template(template: str) -> str:
    # lupdate files the templates under the empty context (they are marked as QT_TR_NOOP
    # outside any class), so that is where they are looked up.
    return QCoreApplication.translate("", template)


def translated(message: Message) -> str:
    return message.translated(translate_template)


def error_text(error: BaseException) -> str:
    """What went wrong: Carnet's own sentence, translated, or else the error as Python
    words it."""
    message = getattr(error, "message", None)
    return translated(message) if isinstance(message, Message) else str(error)


def day_shown(day: str, from_file: bool) -> str:
    """A publication day as the window shows it, saying when it is only the file's own date."""
    if from_file and day:
        return QCoreApplication.translate("Dates", "{date} (the file's date)").format(date=day)
    return day

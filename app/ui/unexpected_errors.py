"""Errors nothing expected: the person using Carnet gets a sentence and the details to
copy, never a traceback; the traceback still goes to the standard error for developers."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.ui.dialogs.task_error import TaskErrorBox


class UnexpectedErrors:
    """Shows an error that reached the event loop in a TaskErrorBox; one at a time, so a
    failure repeated by every repaint does not pile boxes up."""

    def __init__(self) -> None:
        self.box: TaskErrorBox | None = None

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        traceback.print_exception(kind, error, trace, file=sys.stderr)
        if self.box is not None and self.box.isVisible():
            return
        summary = QCoreApplication.translate("UnexpectedErrors", "Carnet could not finish what it was doing; "
                                             "what was saved before is intact")
        self.box = TaskErrorBox.show_error(QApplication.activeWindow(), summary, error.with_traceback(trace))

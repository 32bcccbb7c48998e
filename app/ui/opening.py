"""Opening a library off the UI thread, with a progress dialog when it takes a while
(a search index to rebuild after an upgrade, the sample articles to import)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QProgressDialog, QWidget

from app.services.indexing import IndexCancelled
from app.services.library import open_library, open_team_library
from app.store.library import Library
from app.store.team import is_team_address
from app.ui.dialogs.task_error import TaskErrorBox
from app.ui.rich_text import plain_labels
from app.ui.tasks import TaskRunner
from app.ui.translation import current_language

SHOW_PROGRESS_AFTER_MS = 400
translate = QCoreApplication.translate


def open_library_with_progress(folder: Path | str, runner: TaskRunner, parent: QWidget | None = None, *,
                               read_only: bool = False, samples: Path | None = None) -> Library | None:
    """The opened library, or None when opening failed (the user was told) or was cancelled.
    A team library whose server wants a password the system does not give has it asked for
    (and kept by nobody)."""
    password = None
    while True:
        outcome = _open_once(folder, runner, parent, read_only=read_only, samples=samples, password=password)
        error = outcome.get("error")
        if type(error).__name__ in ("PasswordNeeded", "WrongPassword"):
            password, given = QInputDialog.getText(
                parent, translate("Opening", "Team library password"),
                (translate("Opening", "The password was refused. ") if password is not None else "")
                + translate("Opening", "The password of your role in {library}:").format(library=error.address),
                QLineEdit.EchoMode.Password)
            if given:
                continue
            return None
        break
    if isinstance(error, IndexCancelled):
        return None
    if error is not None:
        TaskErrorBox(parent, translate("Opening", "The library could not be opened"), error).exec()
        return None
    return outcome["library"]


def _open_once(folder: Path | str, runner: TaskRunner, parent: QWidget | None, *, read_only: bool,
               samples: Path | None, password: str | None) -> dict[str, object]:
    dialog = QProgressDialog(translate("Opening", "Opening the library…"), translate("Opening", "Cancel"), 0, 0,
                             parent)
    dialog.setWindowTitle("Carnet")
    plain_labels(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def on_progress(done: int, total: int, label: str) -> None:
        if label:
            dialog.setLabelText(f"{label}…")
        dialog.setMaximum(total)
        dialog.setValue(done)

    def on_finished(library: Library) -> None:
        outcome["library"] = library
        loop.quit()

    def on_failed(error: Exception) -> None:
        outcome["error"] = error
        loop.quit()

    def opening(progress, cancel):
        if isinstance(folder, str) and is_team_address(folder):
            return open_team_library(folder, password=password, progress=progress, cancel=cancel)
        return open_library(folder, progress=progress, cancel=cancel, read_only=read_only, samples=samples,
                            language=current_language())

    task = runner.start(opening, finished=on_finished, failed=on_failed, progress=on_progress)
    dialog.canceled.connect(task.cancel)
    if task in runner.running:
        loop.exec()
    dialog.reset()
    return outcome

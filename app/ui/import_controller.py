"""Importing from the window: File ▸ Import files… / Import folder…, or dropping files
and folders on it. The import runs on a worker thread while the window stays usable;
the status bar shows files done / total, the current file and a Cancel button.
Cancelling keeps every article fully imported so far and nothing half-imported."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from app.importers import IMPORTERS
from app.services.importing import ImportReport, import_paths
from app.store.library import Library
from app.ui.dialogs.import_report import ImportReportDialog
from app.ui.dialogs.task_error import TaskErrorBox
from app.ui.tasks import Task, TaskRunner

translate = QCoreApplication.translate


class ImportChooser:
    """The file dialogs (tests replace them)."""

    @classmethod
    def files(cls, parent: QWidget) -> list[Path]:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMPORTERS))
        chosen, _ = QFileDialog.getOpenFileNames(parent, translate("ImportChooser", "Import files"), "",
                                                 translate("ImportChooser", "Articles ({patterns})").format(
                                                     patterns=patterns))
        return [Path(p) for p in chosen]

    @classmethod
    def folder(cls, parent: QWidget) -> list[Path]:
        chosen = QFileDialog.getExistingDirectory(parent, translate("ImportChooser", "Import a folder"))
        return [Path(chosen)] if chosen else []


class ImportController(QObject):
    finished = Signal(object)
    """The ImportReport of a finished (or cancelled) import."""

    def __init__(self, library: Library, runner: TaskRunner, status_bar: QStatusBar, *,
                 show_report: Callable[[ImportReport], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library, self._runner, self._parent = library, runner, parent
        self._task: Task | None = None
        self.progress = QProgressBar(objectName="import_progress")
        self.progress.setMaximumWidth(220)
        self.label = QLabel(objectName="import_label", textFormat=Qt.TextFormat.PlainText)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="import_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.label, self.progress, self.cancel_button):
            status_bar.addPermanentWidget(widget)
            widget.hide()
        self._show_report = show_report or self._report_dialog
        self.last_report: ImportReport | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def choose_files(self) -> None:
        self.start(ImportChooser.files(self._parent))

    def choose_folder(self) -> None:
        self.start(ImportChooser.folder(self._parent))

    def start(self, paths: list[Path]) -> None:
        if not paths or self.running:
            return
        self.progress.setRange(0, 0)
        self.label.setText(self.tr("Importing…"))
        for widget in (self.label, self.progress, self.cancel_button):
            widget.show()
        self._task = self._runner.start(
            lambda progress, cancel: import_paths(self._library, paths, progress=progress, cancel=cancel),
            finished=self._on_finished, failed=self._on_failed, progress=self._on_progress,
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.label.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.label.setText(self.tr("Importing {done}/{total} {name}").format(done=done, total=total, name=name))

    def _on_finished(self, report: ImportReport) -> None:
        self._end()
        self.last_report = report
        self.finished.emit(report)
        self._show_report(report)

    def _on_failed(self, error: Exception) -> None:
        self._end()
        report = ImportReport()
        self.last_report = report
        self.finished.emit(report)
        TaskErrorBox.show_error(self._parent, self.tr("The import stopped"), error)

    def _end(self) -> None:
        self._task = None
        for widget in (self.label, self.progress, self.cancel_button):
            widget.hide()

    def _report_dialog(self, report: ImportReport) -> None:
        ImportReportDialog(report, self._parent).show()

"""Importing from the window: File ▸ Import files… / Import folder… / Import from a Web
Address…, dropping files, folders or web addresses on it, or pasting addresses. The
import runs on a worker thread while the window stays usable; the status bar shows files
done / total, the current file and a Cancel button.
Cancelling keeps every article fully imported so far and nothing half-imported."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from app.importers import IMPORTERS
from app.importers.web_fetch import is_web_address
from app.services.importing import ImportReport, import_paths
from app.services.web_importing import import_addresses
from app.store.library import Library
from app.ui.dialogs.import_report import ImportReportDialog
from app.ui.dialogs.web_address_dialog import WebAddressDialog, addresses_in
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
        self._label_text: Callable[[], str] = str  # what the label says, in the language of the moment
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

    def retranslate(self) -> None:
        """The import's words in the status bar in the interface's language now."""
        self.cancel_button.setText(self.tr("Cancel"))
        self._say(self._label_text)

    def _say(self, text: Callable[[], str]) -> None:
        self._label_text = text
        self.label.setText(text())

    def choose_files(self) -> None:
        self.start(ImportChooser.files(self._parent))

    def choose_folder(self) -> None:
        self.start(ImportChooser.folder(self._parent))

    def choose_addresses(self) -> None:
        self.start_addresses(WebAddressDialog.ask(self._parent))

    def start(self, paths: list[Path]) -> None:
        if paths:
            self._run(lambda progress, cancel: import_paths(self._library, paths, progress=progress, cancel=cancel))

    def start_addresses(self, addresses: list[str]) -> None:
        """Download and import web pages, in the background like files."""
        if addresses:
            self._run(lambda progress, cancel: import_addresses(self._library, addresses, progress=progress,
                                                                cancel=cancel))

    def import_from(self, mime: QMimeData) -> bool:
        """Import what was dropped or pasted: local files and folders, or web addresses
        (as links or as text); False when it holds neither."""
        paths, addresses = _dropped(mime)
        if self.running or self._library.read_only or not (paths or addresses):
            return False
        if paths:
            self.start(paths)
        else:
            self.start_addresses(addresses)
        return True

    @staticmethod
    def can_import(mime: QMimeData) -> bool:
        paths, addresses = _dropped(mime)
        return bool(paths or addresses)

    def _run(self, job) -> None:
        self._start(job, finished=self._on_finished, failed=self._on_failed)

    def run(self, job, *, finished: Callable[[object], None], failed_title: Callable[[], str],
            cancellable: bool = True) -> bool:
        """Run another kind of import (reference files, a Zotero library, a REFI-QDA
        project) in the status bar as files are, one import at a time: `finished` gets
        what `job` returned, a failure is said in a box titled `failed_title()`; one that
        cannot stop midway (not `cancellable`) shows no Cancel. False when an import
        runs already."""
        def ended(result) -> None:
            self._end()
            finished(result)

        def failed(error: Exception) -> None:
            self._end()
            TaskErrorBox.show_error(self._parent, failed_title(), error)

        return self._start(job, finished=ended, failed=failed, cancellable=cancellable)

    def _start(self, job, *, finished, failed, cancellable: bool = True) -> bool:
        if self.running:
            return False
        self.progress.setRange(0, 0)
        self._say(lambda: self.tr("Importing…"))
        for widget in (self.label, self.progress, self.cancel_button):
            widget.show()
        self.cancel_button.setVisible(cancellable)
        self._task = self._runner.start(job, finished=finished, failed=failed, progress=self._on_progress)
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._say(lambda: self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._say(lambda: self.tr("Importing {done}/{total} {name}").format(done=done, total=total, name=name))

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


def _dropped(mime: QMimeData) -> tuple[list[Path], list[str]]:
    """The local files and the web addresses `mime` holds."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    addresses = [url.toString() for url in urls if is_web_address(url.toString())]
    if not urls and mime.hasText():
        addresses = addresses_in(mime.text())
    return paths, list(dict.fromkeys(addresses))


def install_address_paste(importer: ImportController, *widgets: QWidget) -> list[QShortcut]:
    """Paste (Ctrl+V) on these widgets imports the web addresses (or files) the clipboard
    holds; the fields where text is typed keep their own paste."""
    shortcuts = []
    for widget in widgets:
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), widget,
                             lambda: importer.import_from(QGuiApplication.clipboard().mimeData()))
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcuts.append(shortcut)
    return shortcuts

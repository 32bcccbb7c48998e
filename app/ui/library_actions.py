"""File menu actions on libraries: make, open and reopen one, back the open one up."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox

from app.services.backups import BACKUP_FOLDER, backup_library
from app.store.library import DATABASE_FILE, Library
from app.store.team import is_team_address
from app.ui.dialogs.task_error import TaskErrorBox
from app.ui.libraries import RecentLibraries
from app.ui.rich_text import ask, tell
from app.ui.tasks import TaskRunner


class LibraryActions(QObject):
    """`chosen` carries the folder of the library to open next, or a team library's
    address (the application opens it in a new window)."""

    chosen = Signal(object)

    def __init__(self, window: QMainWindow, library: Library, runner: TaskRunner, settings: QSettings) -> None:
        super().__init__(window)
        self._window, self._library, self._runner, self._settings = window, library, runner, settings

    def choose_new_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("New Library: choose an empty folder"))
        if not folder:
            return
        if (Path(folder) / DATABASE_FILE).exists():
            tell(self._window, QMessageBox.Icon.Information, "Carnet", self.tr(
                "{folder} holds a library already: it opens now.").format(folder=folder))
        self.chosen.emit(Path(folder))

    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Open Library: choose its folder"),
                                                  str(self._library.folder.parent))
        if not folder:
            return
        if not (Path(folder) / DATABASE_FILE).exists():
            answer = ask(self._window, "Carnet", self.tr(
                "{folder} holds no Carnet library. Make one there?").format(folder=folder))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.chosen.emit(Path(folder))

    def choose_team_library(self) -> None:
        """Ask for a team library's address (a libpq URI or service name); its password
        is asked for when the server wants one, and never kept."""
        address, given = QInputDialog.getText(
            self._window, self.tr("Open Team Library"),
            self.tr("The team library's PostgreSQL address (postgresql://host/database, or service=NAME):"))
        address = address.strip()
        if not given or not address:
            return
        if not is_team_address(address):
            tell(self._window, QMessageBox.Icon.Warning, "Carnet", self.tr(
                "{address} is not a team library's address: it begins with postgresql:// or service=.").format(
                address=address))
            return
        self.chosen.emit(address)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List the other libraries opened lately, latest first."""
        menu.clear()
        recent = RecentLibraries(self._settings)
        folders = [folder for folder in recent.folders() if folder != recent.place_of(self._library)]
        for number, folder in enumerate(folders, start=1):
            action = menu.addAction(f"&{number} {folder.name} — {folder.parent}" if isinstance(folder, Path)
                                    else f"&{number} {folder}")
            action.triggered.connect(lambda _checked=False, choice=folder: self.chosen.emit(choice))
        if not folders:
            menu.addAction(self.tr("No other library yet")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("&Clear Menu")).triggered.connect(lambda: recent.clear(keep=recent.place_of(self._library)))

    def back_up(self) -> None:
        """Copy the library (consistently, while it stays open) to a file the user names."""
        suggested = self._library.folder / BACKUP_FOLDER / f"library-{datetime.now():%Y-%m-%d-%H%M}.sqlite"
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Back Up Library"), str(suggested),
                                              self.tr("Carnet library (*.sqlite)"))
        if not path:
            return
        status = self._window.statusBar()
        status.showMessage(self.tr("Backing up the library…"))
        library = self._library

        def back_up(progress, cancel) -> Path:
            # A read-only library is copied through its own read-only connection (on the
            # worker's thread), so that nothing is written beside it.
            source = library.database().conn if library.read_only else None
            return backup_library(library.database_path, Path(path), source=source)

        self._runner.start(back_up,
                           finished=lambda written: status.showMessage(
                               self.tr("Backed up to {path}").format(path=written)),
                           failed=lambda error: TaskErrorBox.show_error(
                               self._window, self.tr("The backup failed"), error))

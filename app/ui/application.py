"""Building the application: Qt objects, services, and the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.services.carnet import Carnet
from app.services.library import default_library_folder
from app.ui.libraries import RecentLibraries
from app.ui.main_window import MainWindow
from app.ui.opening import open_library_with_progress
from app.ui.preferences import Preferences
from app.ui.resources import resource_path
from app.ui.tasks import TaskRunner
from app.ui.translation import install_translators
from app.ui.unexpected_errors import UnexpectedErrors


def run(library_folder: Path | None, argv: list[str], *, read_only: bool = False,
        highlight: int | None = None) -> int:
    """Open the window on `library_folder`, or (None) on the library opened last, else the
    default one, showing `highlight` if given; return the exit status."""
    app = application(argv)
    UnexpectedErrors().install()
    settings = QSettings()
    install_translators(app, Preferences.load(settings).language)
    session = Session(settings, read_only=read_only)
    folder = library_folder or RecentLibraries(session.settings).last() or default_library_folder()
    if not session.open(folder):
        return 1
    if highlight is not None:
        session.window.show_highlight(highlight)
    return app.exec()


class Session(QObject):
    """The open window; choosing another library opens it in a new window, which
    replaces the old one once it has opened."""

    def __init__(self, settings: QSettings, *, read_only: bool = False) -> None:
        super().__init__(QApplication.instance())
        self.settings, self._read_only = settings, read_only
        self.window: MainWindow | None = None

    def open(self, folder: Path) -> bool:
        window = open_window(folder, settings=self.settings, read_only=self._read_only)
        if window is None:
            return False
        window.library_chosen.connect(self.open)
        RecentLibraries(self.settings).remember(folder)
        previous, self.window = self.window, window
        if previous is not None:
            previous.close()
            previous.deleteLater()
        return True


def application(argv: list[str]) -> QApplication:
    """The Qt application, named so that settings land in Carnet's place."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Carnet")
    app.setOrganizationName("Carnet")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("carnet")
    icon = resource_path("carnet.svg")
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_window(library_folder: Path, *, settings: QSettings, read_only: bool = False,
                samples_folder: Path | None = None) -> MainWindow | None:
    """Open the library (with progress if that takes a while) and show its window; None
    when it could not be opened (the user was told) or opening was cancelled."""
    runner = TaskRunner(QApplication.instance())
    library = open_library_with_progress(library_folder, runner, read_only=read_only, samples=samples_folder)
    if library is None:
        return None
    window = MainWindow(carnet=Carnet(library), runner=runner, settings=settings)
    window.show()
    return window

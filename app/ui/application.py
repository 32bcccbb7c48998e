"""Building the application: Qt objects, services, and the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app import __version__
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.exporting import ExportService
from app.services.tagging import TagService
from app.services.searching import SearchService
from app.ui.main_window import MainWindow
from app.ui.opening import open_library_with_progress
from app.ui.tasks import TaskRunner


def run(library_folder: Path, argv: list[str], *, read_only: bool = False) -> int:
    app = application(argv)
    window = open_window(library_folder, read_only=read_only, settings=QSettings())
    if window is None:
        return 1
    return app.exec()


def application(argv: list[str]) -> QApplication:
    """The Qt application, named so that settings land in Carnet's place."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Carnet")
    app.setOrganizationName("Carnet")
    app.setApplicationVersion(__version__)
    return app


def open_window(library_folder: Path, *, settings: QSettings, read_only: bool = False) -> MainWindow | None:
    """Open the library (with progress if that takes a while) and show its window; None
    when it could not be opened (the user was told) or opening was cancelled."""
    runner = TaskRunner(QApplication.instance())
    library = open_library_with_progress(library_folder, runner, read_only=read_only)
    if library is None:
        return None
    window = MainWindow(library=library, articles=ArticleService(library), search=SearchService(library),
                        notes=AnnotationService(library), tags=TagService(library),
                        export=ExportService(library), runner=runner, settings=settings)
    window.show()
    return window

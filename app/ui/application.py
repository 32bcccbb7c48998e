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
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Carnet")
    app.setOrganizationName("Carnet")
    app.setApplicationVersion(__version__)
    runner = TaskRunner(app)
    library = open_library_with_progress(library_folder, runner, read_only=read_only)
    if library is None:
        return 1
    window = MainWindow(library=library, articles=ArticleService(library), search=SearchService(library),
                        notes=AnnotationService(library), tags=TagService(library),
                        export=ExportService(library), runner=runner,
                        settings=QSettings())
    window.show()
    return app.exec()

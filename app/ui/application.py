"""Building the application: Qt objects, services, and the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.services.articles import ArticleService
from app.services.library import open_library
from app.services.searching import SearchService
from app.store.errors import LibraryError
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner


def run(library_folder: Path, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Carnet")
    app.setOrganizationName("Carnet")
    app.setApplicationVersion(__version__)
    try:
        library = open_library(library_folder)
    except LibraryError as error:
        QMessageBox.critical(None, "Carnet", f"The library could not be opened.\n\n{error}")
        return 1
    window = MainWindow(library=library, articles=ArticleService(library), search=SearchService(library),
                        runner=TaskRunner(app), settings=QSettings())
    window.show()
    return app.exec()

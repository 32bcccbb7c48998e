from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.services.carnet import Carnet
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner


@pytest.fixture
def settings(tmp_path):
    """Window settings in a file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    def make(library, window_settings=None):
        window = MainWindow(carnet=Carnet(library), runner=TaskRunner(),
                            settings=window_settings or settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # key shortcuts only reach the active window
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    """Automatic collection is off once a task runner exists (it runs on the UI thread's
    timer): collect when due between tests too, on this thread."""
    yield
    from app.ui.tasks import UiThreadGarbageCollector

    UiThreadGarbageCollector.collect_if_due()

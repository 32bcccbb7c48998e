"""What the window's start imports (each module is time before the first paint)."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})


def test_the_window_module_loads_neither_numpy_nor_pandas():
    result = _run("import sys, app.ui.application;"
                  "loaded = [m for m in ('numpy', 'pandas') if m in sys.modules]; print(loaded);"
                  "sys.exit(1 if loaded else 0)")
    assert result.returncode == 0, result.stdout + result.stderr


def test_numpy_still_imports_after_sqlite_utils():
    result = _run("import app, sqlite_utils, numpy; print(numpy.zeros(2).sum())")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0.0"


def test_the_services_are_loaded_before_qt():
    # PySide6's import hook reads the source of each module imported after it
    result = _run("import sys, app.ui;"
                  "order = list(sys.modules);"
                  "first_qt = min(order.index(m) for m in order if m.startswith('PySide6'))"
                  " if any(m.startswith('PySide6') for m in order) else len(order);"
                  "sys.exit(0 if order.index('app.services.carnet') < first_qt else 1)")
    assert result.returncode == 0, result.stderr

"""The Qt window: the only package that imports PySide6."""

# Once PySide6 is imported, its import hook reads the source of every module imported
# after it (to find those that use PySide6): loading the Qt-free layers first spares
# the window's cold start that reading.
import app.services.carnet  # noqa: F401  (before any PySide6 import)

"""Carnet: research notes for news articles."""

__version__ = "0.1.0"


def _import_sqlite_utils_alone() -> None:
    """Import sqlite-utils without numpy and pandas: when they are installed it imports
    them only to map their number types to column types, which Carnet never stores, and
    numpy alone is about a fifth of the window's cold start. A later `import numpy` (the
    language detector's) works as usual."""
    import sys

    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail at once
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


_import_sqlite_utils_alone()

"""What Carnet is, and the versions and paths a bug report needs."""

from __future__ import annotations

import html
import platform
import sqlite3
from importlib.metadata import version

from PySide6.QtCore import QCoreApplication, qVersion

from app import __version__
from app.store.library import Library

translate = QCoreApplication.translate


def about_text(library: Library) -> str:
    rows = [("Carnet", __version__), ("Qt", qVersion()), ("PySide6", version("PySide6")),
            ("Python", platform.python_version()), ("SQLite", sqlite3.sqlite_version),
            (translate("About", "Library"), str(library.folder))]
    table = "".join(f"<tr><td>{name}</td><td>{html.escape(value)}</td></tr>" for name, value in rows)
    summary = translate("About", "research notes for news articles: import, read, search, highlight and tag, "
                                 "export cited digests.")
    return f"<p><b>Carnet</b> — {html.escape(summary)}</p><table cellspacing='4'>{table}</table>"

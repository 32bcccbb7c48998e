"""Renders the main window with highlights for the README: `make screenshot` writes
docs/main-window.png, and in French docs/main-window-fr.png (light) and
docs/main-window-dark-fr.png (dark)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402

from app.services.annotating import AnnotationService  # noqa: E402
from app.services.articles import ArticleService  # noqa: E402
from app.services.library import open_library  # noqa: E402
from app.ui.application import application, open_window  # noqa: E402
from app.ui.preferences import Preferences  # noqa: E402
from app.ui.translation import install_translators  # noqa: E402

PASSAGES = [
    ("200 milliards d’euros d’euro pour investissement", ["funding"], "Montant global annoncé"),
    ("sommet de l’action de l’IA à Paris", ["sites"], ""),
    ("le président de la Commission européenne Ursula von Der Leyen", ["Commission"], "Qui annonce"),
    ("20 milliards d’euros seront destinés aux gigafactories de l’IA", ["funding", "sites"], "Part gigafactories"),
]
SHOTS = [("main-window.png", "light", "en"), ("main-window-fr.png", "light", "fr"),
         ("main-window-dark-fr.png", "dark", "fr")]


def main() -> None:
    app = application(sys.argv[:1])
    (ROOT / "docs").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as workdir:
        folder = Path(workdir) / "Recherche IA"
        library = open_library(folder)
        notes = AnnotationService(library)
        article = ArticleService(library).summaries()[0].id
        for quote, tags, note in PASSAGES:
            start, end = notes.find_quote(article, quote, occurrence=1)
            notes.add_highlight(article_id=article, start=start, end=end, tags=tags, note=note)
        library.close()
        for name, theme, language in SHOTS:
            install_translators(app, language)
            settings = QSettings(str(Path(workdir) / f"{name}.ini"), QSettings.Format.IniFormat)
            Preferences(theme=theme, language=language).save(settings)
            window = open_window(folder, settings=settings)
            window.resize(1400, 820)
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(ROOT / "docs" / name))
            window.close()
            print(f"wrote docs/{name}")


if __name__ == "__main__":
    main()

"""`carnet --smoke-test`: the whole application once, for a built package: open the
window on a new temporary library, import the sample articles through the window's
import, search them, export a digest, close. Exit status 0 when every step worked."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

from app.core.digest import DigestScope
from app.services.exporting import write_atomically
from app.services.library import sample_articles_folder
from app.ui.application import application, open_window

TIMEOUT_MS = 60_000


def smoke_test(argv: list[str]) -> int:
    app = application(argv)
    with tempfile.TemporaryDirectory(prefix="carnet-smoke-") as workdir:
        work = Path(workdir)
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        (work / "none").mkdir()
        window = open_window(work / "library", settings=settings, samples_folder=work / "none")
        steps: list[str] = []
        try:
            if window is None:
                raise RuntimeError("the library did not open")
            steps.append("window opened on a new library")
            samples = sample_articles_folder()
            if samples is None:
                raise RuntimeError("the sample articles are not in this build")
            report = _wait_for(window.importer.finished, lambda: window.importer.start([samples]))
            if report.count("imported") != 5:
                raise RuntimeError(f"imported {report.count('imported')} of 5 sample articles")
            steps.append("5 sample articles imported")
            hits = window._search.search("gigafactories").hits
            if not hits:
                raise RuntimeError("searching the samples found nothing")
            steps.append(f"search found {len(hits)} articles")
            first = hits[0].article.id
            notes = window._notes
            notes.add_highlight(article_id=first, start=0, end=20, tags=["funding"], note="smoke test")
            digest = work / "digest.md"
            write_atomically(digest, window._export.render(DigestScope(), format="md"))
            if "smoke test" not in digest.read_text(encoding="utf-8"):
                raise RuntimeError("the digest lacks the highlight just made")
            steps.append("digest exported")
        except Exception as error:  # reported in one line: this runs in build pipelines
            print(f"carnet smoke test: FAILED after {len(steps)} steps: {error}", file=sys.stderr)
            return 1
        finally:
            if window is not None:
                window.close()
        print("carnet smoke test: ok (" + "; ".join(steps) + ")")
    app.processEvents()
    return 0


def _wait_for(signal, start):
    loop, result = QEventLoop(), {}

    def done(value) -> None:
        result["value"] = value
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    start()
    if "value" not in result:
        loop.exec()
    if "value" not in result:
        raise RuntimeError(f"no answer within {TIMEOUT_MS // 1000} s")
    return result["value"]

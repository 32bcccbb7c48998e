"""A reader whose library cannot load (an install without `lxml_html_clean`) refuses
the files of its format with a sentence; the other formats still import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_web_pages_are_refused_with_a_sentence_when_their_reader_cannot_load(tmp_path):
    shadow = tmp_path / "shadow" / "lxml_html_clean"
    shadow.mkdir(parents=True)
    # Found before the installed package: importing it fails as a missing package does.
    (shadow / "__init__.py").write_text("raise ModuleNotFoundError(\"No module named 'lxml_html_clean'\", "
                                        "name='lxml_html_clean')\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("Titre\n\nLa Commission investit dans les usines d’IA.", encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(shadow.parent), *sys.path])}
    result = subprocess.run([sys.executable, "-m", "app", "--library", str(tmp_path / "library"), "import",
                             str(FIXTURES / "article.html"), str(notes)],
                            capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"rejected   {FIXTURES / 'article.html'}: web pages cannot be read here: a library "
                               "Carnet needs for them did not load (")
    assert "lxml_html_clean" in lines[0] and lines[0].endswith("); installing Carnet again should bring it back")
    assert lines[1].startswith("imported ") and lines[2] == "1 imported, 1 rejected"

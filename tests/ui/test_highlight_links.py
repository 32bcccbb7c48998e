"""`carnet://highlight/ID` links (from an exported vault) open the window at that passage."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from app.cli.main import main
from app.services.annotating import AnnotationService


def test_the_window_shows_a_linked_highlight(library, make_window):
    notes = AnnotationService(library)
    start, end = notes.find_quote(2, "Sept usines d’IA européennes", occurrence=1)
    highlight = notes.add_highlight(article_id=2, start=start, end=end, tags=["Commission"]).value
    window = make_window(library)
    assert window.show_highlight(highlight.id)
    assert window.reader.article.id == 2
    assert window.reader.text.textCursor().selectedText() == "Sept usines d’IA européennes"


def test_a_missing_highlight_is_said_in_the_status_bar(library, make_window):
    window = make_window(library)
    assert not window.show_highlight(999)
    assert "999" in window.statusBar().currentMessage()


def test_an_address_with_a_command_or_of_another_kind_is_refused(capsys, tmp_path):
    assert main(["--library", str(tmp_path / "lib"), "carnet://article/3"]) == 2
    assert main(["--library", str(tmp_path / "lib"), "list", "carnet://highlight/3"]) == 2
    assert "carnet://highlight/ID" in capsys.readouterr().err


DESKTOP_ENTRY = Path(__file__).resolve().parents[2] / "packaging" / "carnet.desktop"


def test_the_desktop_entry_hands_carnet_addresses_to_carnet():
    lines = dict(line.split("=", 1) for line in DESKTOP_ENTRY.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert lines["Exec"] == "carnet %u"
    assert "x-scheme-handler/carnet" in lines["MimeType"].split(";")
    if shutil.which("desktop-file-validate"):  # desktop-file-utils, where installed
        checked = subprocess.run(["desktop-file-validate", str(DESKTOP_ENTRY)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr

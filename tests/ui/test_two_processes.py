"""One library open in a window while another program writes to it."""

import subprocess
import sys

from app.services.articles import ArticleService


def carnet(library, *args):
    return subprocess.run([sys.executable, "-m", "app", "--library", str(library.folder), *args],
                          capture_output=True, text=True, timeout=60)


def test_a_command_line_import_shows_up_in_the_open_window(qtbot, library, make_window, tmp_path):
    window = make_window(library)
    shown = window.reader.article.id
    new_file = tmp_path / "nouvel-article.txt"
    new_file.write_text("Un nouvel article\n\nLes usines d'IA ouvrent à Barcelone et à Bologne.\n", encoding="utf-8")
    result = carnet(library, "import", str(new_file))
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.article_model.total() == 6, timeout=5000)
    titles = [window.article_model.index(row, 0).data() for row in range(window.article_model.rowCount())]
    assert "Un nouvel article" in titles
    assert window.reader.article.id == shown
    assert window.statusBar().currentMessage() == "6 articles"


def test_a_highlight_made_elsewhere_appears_on_the_article_read(qtbot, library, make_window):
    window = make_window(library)
    article = window.reader.article
    quote = article.body[:40]
    result = carnet(library, "highlight", str(article.id), "--quote", quote, "--tag", "sites")
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: len(window.reader.highlights) == 1, timeout=5000)
    assert window.highlights_panel.list.model().rowCount() == 1


def test_a_tag_added_elsewhere_appears_in_the_tags_panel(qtbot, library, make_window):
    window = make_window(library)
    result = carnet(library, "tag", "add", "énergie")
    assert result.returncode == 0, result.stderr
    model = window.tags_panel.model
    qtbot.waitUntil(lambda: any("énergie" in str(model.index(row).data()) for row in range(model.rowCount())),
                    timeout=5000)
    assert "énergie" in [action.text().split(" ", 1)[-1] for action in window.tagging.toolbar.actions()]


def test_two_imports_at_once_into_one_library_both_land(library, tmp_path):
    folders = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        for n in range(150):
            (folder / f"{n}.txt").write_text(f"Article {name} {n}\n\nTexte numéro {n} du lot {name}.\n",
                                             encoding="utf-8")
        folders.append(folder)
    command = [sys.executable, "-m", "app", "--library", str(library.folder), "import"]
    running = [subprocess.Popen([*command, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for folder in folders]
    for process in running:
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
    assert ArticleService(library).count() == 5 + 300


def test_a_text_replaced_elsewhere_shows_in_the_reader_with_its_highlight_moved(qtbot, library, make_window,
                                                                              tmp_path):
    window = make_window(library)
    article = window.reader.article
    first_line = article.body.split("\n")[0]
    result = carnet(library, "highlight", str(article.id), "--quote", first_line[:30], "--note", "avant")
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: len(window.reader.highlights) == 1, timeout=5000)
    assert window.reader.highlights[0].start == 0
    new_text = tmp_path / "nouveau.txt"
    new_text.write_text("Un chapeau ajouté.\n" + article.body, encoding="utf-8")
    result = carnet(library, "replace-text", str(article.id), str(new_text))
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.reader.text.toPlainText().startswith("Un chapeau ajouté."), timeout=5000)
    assert window.reader.article.id == article.id
    assert window.reader.highlights[0].start == len("Un chapeau ajouté.\n")
    assert window.highlights_panel.model.highlight(0).start == len("Un chapeau ajouté.\n")


def test_a_note_and_a_tag_edited_elsewhere_show_in_the_window(qtbot, library, make_window):
    window = make_window(library)
    article = window.reader.article
    result = carnet(library, "highlight", str(article.id), "--quote", article.body[:25], "--tag", "sites")
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: len(window.reader.highlights) == 1, timeout=5000)
    highlight_id = window.reader.highlights[0].id
    assert carnet(library, "note", str(highlight_id), "écrite ailleurs").returncode == 0
    qtbot.waitUntil(lambda: window.highlights_panel.model.highlight(0).note == "écrite ailleurs", timeout=5000)
    assert carnet(library, "tag", "rename", "sites", "lieux").returncode == 0
    qtbot.waitUntil(lambda: window.reader.highlights[0].tags == ("lieux",), timeout=5000)
    assert "lieux" in [action.text() for action in window.tagging.toolbar.actions()]

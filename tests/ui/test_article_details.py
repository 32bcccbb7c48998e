"""Correcting an article's details in the window: one undoable edit, searched at once,
refused values named in the dialog with what was typed kept."""

import subprocess
import sys

from PySide6.QtCore import Qt

from app.core.article import DATE_FROM_FILE, Article
from app.services.articles import ArticleService
from app.services.importing import add_articles
from app.services.searching import SearchService
from app.store.library import Library
from app.ui.dialogs.article_details import ArticleDetailsDialog


def details_of_shown(qtbot, window) -> ArticleDetailsDialog:
    """The details dialog of the article shown, opened by its key."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChildren(ArticleDetailsDialog) != [])
    return window.findChildren(ArticleDetailsDialog)[-1]


def test_details_typed_are_stored_shown_searched_and_undone_at_once(qtbot, library, make_window):
    window = make_window(library)
    article = window.reader.article
    dialog = details_of_shown(qtbot, window)
    assert dialog.fields["title"].text() == article.title
    dialog.fields["title"].setText("Usines d’IA : le point de Bruxelles")
    dialog.fields["source"].setText("Le Soir")
    dialog.fields["published"].setText("2025-02-10")
    dialog.fields["url"].setText("https://www.lesoir.be/usines-ia")
    dialog.fields["keywords"].setText("IA, Europe, IA")
    qtbot.keyClick(dialog.fields["url"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    stored = ArticleService(library).article(article.id)
    assert (stored.title, stored.source, stored.published, stored.keywords) == (
        "Usines d’IA : le point de Bruxelles", "Le Soir", "2025-02-10", ("IA", "Europe"))
    assert stored.body == article.body
    assert window.reader.title_label.text() == stored.title
    assert "Le Soir" in window.reader.meta_label.text() and "2025-02-10" in window.reader.meta_label.text()
    row = window.article_model.locate(article.id)
    assert window.article_model.index(row, 0).data() == stored.title
    assert article.id in [hit.article.id for hit in SearchService(library).search("Bruxelles").hits]
    assert 'href="https://www.lesoir.be/usines-ia"' in window.reader.url_label.text()

    window.undo_stack.undo()
    back = ArticleService(library).article(article.id)
    assert (back.title, back.source, back.published, back.url) == (article.title, article.source,
                                                                   article.published, article.url)
    assert window.reader.title_label.text() == article.title
    assert article.id not in [hit.article.id for hit in SearchService(library).search("Bruxelles").hits]


def test_a_refused_value_is_named_in_the_dialog_and_nothing_typed_is_lost(qtbot, library, make_window):
    window = make_window(library)
    article = window.reader.article
    dialog = details_of_shown(qtbot, window)
    dialog.fields["title"].setText("Un titre corrigé")
    dialog.fields["published"].setText("10 février")
    dialog.accept()
    assert dialog.isVisible() and "YYYY-MM-DD" in dialog.error.text()
    assert dialog.fields["title"].text() == "Un titre corrigé"
    assert ArticleService(library).article(article.id).title == article.title
    assert window.undo_stack.count() == 0
    dialog.fields["published"].setText("2025-02")
    dialog.accept()
    assert not dialog.isVisible()
    assert ArticleService(library).article(article.id).published == "2025-02"


def test_only_web_addresses_become_links_and_they_are_escaped(qtbot, library, make_window):
    window = make_window(library)
    article = window.reader.article
    another_program = Library(library.folder)
    ArticleService(another_program).edit(article.id, url='https://example.org/?q="><img/src=/dev/zero>')
    qtbot.waitUntil(lambda: window.reader.article.url is not None, timeout=3000)
    label = window.reader.url_label.text()
    assert "<img" not in label and "&lt;img" in label and label.startswith('<a href="https://example.org/')


def test_a_date_from_the_file_itself_is_told_apart_until_it_is_corrected(qtbot, empty_library, make_window):
    [stored] = add_articles(empty_library, [Article(title="Compte rendu", body="Les usines d’IA avancent.",
                                                        format="docx", published="2013-05-02",
                                                        extras={"published_from": DATE_FROM_FILE})])
    article_id = stored.article_id
    window = make_window(empty_library)
    assert "2013-05-02 (the file's date)" in window.reader.meta_label.text()
    dialog = details_of_shown(qtbot, window)
    assert dialog.file_date.isVisible()
    dialog.fields["published"].setText("2024-01-24")
    dialog.accept()
    corrected = ArticleService(empty_library).article(article_id)
    assert corrected.published == "2024-01-24" and not corrected.published_from_file
    window.undo_stack.undo()
    assert ArticleService(empty_library).article(article_id).published_from_file


def test_the_command_line_edits_details_and_refuses_a_bad_one_in_a_sentence(library):
    article_id = ArticleService(library).summaries()[0].id
    folder = str(library.folder)
    done = subprocess.run([sys.executable, "-m", "app", "--library", folder, "edit", str(article_id),
                           "--source", "Le Soir", "--date", "2025-02-10"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "source: Le Soir (was (none))" in done.stdout
    refused = subprocess.run([sys.executable, "-m", "app", "--library", folder, "edit", str(article_id),
                              "--url", "ftp://example.org/x"], capture_output=True, text=True)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "the URL must be a web address" in refused.stderr
    assert ArticleService(library).article(article_id).source == "Le Soir"


def test_the_citation_key_is_shown_edited_undone_and_a_taken_one_refused(qtbot, library, make_window):
    window = make_window(library)
    article = window.reader.article
    other = next(a for a in range(1, 6) if a != article.id)
    taken = ArticleService(library).article(other).citation_key
    dialog = details_of_shown(qtbot, window)
    assert dialog.fields["citation_key"].text() == article.citation_key
    dialog.fields["citation_key"].setText(taken)
    dialog.accept()
    assert dialog.isVisible() and f"the citation key '{taken}' is article {other}'s already" in dialog.error.text()
    dialog.fields["citation_key"].setText("Pas bon")
    dialog.accept()
    assert dialog.isVisible() and "lower-case" in dialog.error.text()
    dialog.fields["citation_key"].setText("bruxelles2025usines")
    dialog.accept()
    assert not dialog.isVisible()
    assert ArticleService(library).article(article.id).citation_key == "bruxelles2025usines"
    window.undo_stack.undo()
    assert ArticleService(library).article(article.id).citation_key == article.citation_key

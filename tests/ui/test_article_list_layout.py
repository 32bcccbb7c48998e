"""The article list as a desk: wide enough to read titles, empty columns out of the way,
a second line per article, and the panes where the user left them."""

from PySide6.QtCore import QSettings

from app.core.article import Article
from app.services.annotating import AnnotationService
from app.services.importing import add_articles
from app.store.library import Library
from app.ui.models.article_table_model import DATE_COLUMN, SOURCE_COLUMN, SUMMARY_ROLE
from app.ui.widgets.article_row_delegate import ArticleRowDelegate


def _articles(*titles, source=None, published=None):
    return [Article(title=title, body=f"{title}. Les usines d’IA avancent.", format="txt", language="fr",
                    source=source, published=published) for title in titles]


def test_a_column_no_article_fills_collapses_until_one_does(qtbot, empty_library, make_window):
    add_articles(empty_library, _articles("La Commission européenne annonce sept usines",
                                          "La Commission européenne choisit les sites"))
    window = make_window(empty_library)
    window.article_list.show_column(SOURCE_COLUMN, True)
    header = window.article_list.horizontalHeader()
    assert header.isSectionHidden(SOURCE_COLUMN) and header.isSectionHidden(DATE_COLUMN)  # both empty
    add_articles(Library(empty_library.folder), _articles("Un article daté", source="Le Monde",
                                                          published="2025-02-10"))  # another program
    qtbot.waitUntil(lambda: not header.isSectionHidden(SOURCE_COLUMN), timeout=3000)
    assert not header.isSectionHidden(DATE_COLUMN)


def test_each_title_has_a_second_line_with_its_highlights_and_what_hidden_columns_hold(qtbot, library,
                                                                                         make_window):
    window = make_window(library)
    model, view = window.article_model, window.article_list
    row = next(r for r in range(model.rowCount()) if model.index(r, SOURCE_COLUMN).data() == "Techcrunch")
    article_id = model.article_id(row)
    window.apply_changes(AnnotationService(library).add_highlight(article_id=article_id, start=0, end=12).changes)
    row = model.locate(article_id)
    assert ArticleRowDelegate.subtitle(model.index(row, 0), view) == "Techcrunch · 1 highlight"
    view.show_column(SOURCE_COLUMN, True)
    assert ArticleRowDelegate.subtitle(model.index(row, 0), view) == "1 highlight"
    assert model.index(row, 0).data(SUMMARY_ROLE).highlight_count == 1
    assert view.rowHeight(row) >= 2 * view.fontMetrics().lineSpacing()


def test_the_list_takes_a_third_of_a_wide_window_and_its_place_is_kept(qtbot, library, make_window, tmp_path):
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    window = make_window(library, settings)
    window.resize(1400, 900)
    window.splitter.setSizes([1, 1, 1])
    settings.remove("main_window")
    window._restore_layout()
    assert window.article_list.width() > 0.28 * window.width()
    window.splitter.moveSplitter(600, 1)
    assert settings.value("main_window/splitter") == window.splitter.saveState()  # kept at once
    kept = window.splitter.sizes()
    window.close()
    again = make_window(library, settings)
    again.resize(window.size())
    qtbot.waitUntil(lambda: abs(again.splitter.sizes()[0] - kept[0]) <= 2)

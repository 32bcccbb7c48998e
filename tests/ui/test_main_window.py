from PySide6.QtCore import QPoint, QSettings, Qt

from app.core.article import Article
from app.services.articles import ArticleService
from app.store.articles import insert_article
from app.store.database import write_transaction


def click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_row_shows_that_article(qtbot, library, make_window):
    window = make_window(library)
    view = window.article_list
    assert view.model().rowCount() == 5
    techcrunch_row = next(
        row for row in range(5) if view.model().index(row, 1).data() == "Techcrunch"
    )
    click_row(qtbot, view, techcrunch_row)
    expected = ArticleService(library).article(window.article_model.article_id(techcrunch_row))
    qtbot.waitUntil(lambda: window.reader.article is not None and window.reader.article.id == expected.id)
    assert window.reader.text.toPlainText() == expected.body
    assert window.reader.title_label.text() == expected.title
    assert "Techcrunch" in window.reader.meta_label.text()
    assert window.reader.text.isReadOnly()


def test_first_article_is_shown_at_start_and_title_names_the_library(library, make_window):
    window = make_window(library)
    assert window.windowTitle() == f"{library.name} — Carnet"
    assert window.reader.article.id == window.article_model.article_id(0)
    assert window.statusBar().currentMessage() == "5 articles"


def test_empty_library_says_how_to_import(empty_library, make_window):
    window = make_window(empty_library)
    assert window.article_model.rowCount() == 0
    assert window.reader_stack.currentWidget() is window.empty_panel
    assert window.empty_panel.isVisible() and window.empty_panel.samples_button.isEnabled()
    assert window.statusBar().currentMessage() == "0 articles"


def test_geometry_is_remembered_between_runs(qtbot, library, make_window, tmp_path):
    settings_path = str(tmp_path / "geometry.ini")
    first = make_window(library, QSettings(settings_path, QSettings.Format.IniFormat))
    first.resize(720, 480)
    qtbot.waitUntil(lambda: first.size().toTuple() == (720, 480))
    first.splitter.setSizes([250, 470])
    first.close()
    second = make_window(library, QSettings(settings_path, QSettings.Format.IniFormat))
    assert second.size().toTuple() == (720, 480)
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_the_list_reads_only_the_pages_it_shows(qtbot, empty_library, make_window):
    db = empty_library.database()
    with write_transaction(db):
        for n in range(450):
            insert_article(db, Article(title=f"Article {n:03d}", body=f"Texte {n}", format="txt"))
    window = make_window(empty_library)
    model = window.article_model
    assert model.total() == model.rowCount() == 450
    assert set(model._pages) == {0}
    window.article_list.scrollToBottom()
    qtbot.waitUntil(lambda: 2 in model._pages)
    assert 1 not in model._pages  # the middle page was never shown, so never read
    assert window.article_list.model().index(449, 0).data() == "Article 449"
    model.CACHED_PAGES = 2
    for row in range(0, 450, 100):
        model.index(row, 0).data()
    assert len(model._pages) == 2


def _many_articles(library, count):
    db = library.database()
    with write_transaction(db):
        for n in range(count):
            insert_article(db, Article(title=f"Article {(n * 7919) % count:04d}", body=f"Texte {n}", format="txt",
                                       published=f"20{10 + n % 15}-01-01"))


def test_clicking_a_header_sorts_the_list_in_the_library(qtbot, empty_library, make_window):
    _many_articles(empty_library, 450)
    window = make_window(empty_library)
    header = window.article_list.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + QPoint(header.sectionViewportPosition(0) + 5, 5))
    model = window.article_model
    titles = [model.index(row, 0).data() for row in range(3)]
    assert titles[:3] == ["Article 0000", "Article 0001", "Article 0002"]
    window.article_list.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Article 0449"


def test_sorting_keeps_the_article_read_selected_even_beyond_the_first_page(qtbot, empty_library, make_window):
    _many_articles(empty_library, 450)
    window = make_window(empty_library)
    shown = window.reader.article  # "Article 0000", last by title from Z to A
    window.article_list.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    row = window.article_model.locate(shown.id)
    assert row is not None and row >= window.article_model.PAGE_SIZE
    assert window.article_list.selectionModel().isRowSelected(row)
    assert window.reader.article.id == shown.id


def test_the_sort_order_is_remembered(qtbot, library, make_window, tmp_path):
    settings_path = str(tmp_path / "sort.ini")
    first = make_window(library, QSettings(settings_path, QSettings.Format.IniFormat))
    first.article_list.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first.close()
    second = make_window(library, QSettings(settings_path, QSettings.Format.IniFormat))
    dates = [second.article_model.index(row, 2).data() for row in range(5)]
    assert dates == sorted(dates, reverse=True)
    assert second.article_list.horizontalHeader().sortIndicatorSection() == 2


def test_rows_read_page_after_page_match_the_library_order(qtbot, empty_library, make_window):
    _many_articles(empty_library, 450)
    window = make_window(empty_library)
    model = window.article_model
    for column, order in [(0, Qt.SortOrder.AscendingOrder), (2, Qt.SortOrder.DescendingOrder),
                          (3, Qt.SortOrder.DescendingOrder)]:
        window.article_list.sortByColumn(column, order)
        expected = [s.id for s in ArticleService(empty_library).summaries(limit=1000, order=model.order)]
        assert [model.article_id(row) for row in range(model.rowCount())] == expected


def test_columns_can_be_shown_and_hidden_and_stay_so(library, make_window, tmp_path):
    settings_path = str(tmp_path / "columns.ini")
    first = make_window(library, QSettings(settings_path, QSettings.Format.IniFormat))
    header = first.article_list.horizontalHeader()
    # "Source" and "Added" start hidden: the source is on each title's second line
    assert header.isSectionHidden(3) and header.isSectionHidden(1) and not header.isSectionHidden(2)
    first.article_list.show_column(3, True)
    first.article_list.show_column(1, True)
    first.article_list.show_column(2, False)
    first.close()
    second = make_window(library, QSettings(settings_path, QSettings.Format.IniFormat))
    header = second.article_list.horizontalHeader()
    assert not header.isSectionHidden(3) and not header.isSectionHidden(1) and header.isSectionHidden(2)

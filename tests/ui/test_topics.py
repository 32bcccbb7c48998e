from pathlib import Path

from PySide6.QtCore import Qt

from app.services.annotating import AnnotationService

OUTPUT = Path(__file__).resolve().parents[1] / "output"


def annotate(library):
    notes = AnnotationService(library)
    for article, quote, tags in [
        (1, "200 milliards d’euros", ["funding"]), (1, "Paris", ["sites"]), (1, "Ursula von Der Leyen", ["Commission"]),
        (2, "Sept usines d’IA européennes", ["sites"]), (2, "1,5 milliard d’euros", ["funding"]),
        (5, "2,1 milliards d’euros", ["funding", "Commission"]), (5, "8 milliards d’euros", ["funding"]),
        (3, "InvestAI", ["funding"]), (4, "112 milliards de dollars", ["funding"]),
    ]:
        start, end = notes.find_quote(article, quote, occurrence=1)
        notes.add_highlight(article_id=article, start=start, end=end, tags=tags)


def test_topics_view_counts_and_opens_a_cell(qtbot, library, make_window, tmp_path):
    annotate(library)
    window = make_window(library)
    dialog = window.show_topics()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    stats = dialog.charts.stats
    names = {tag.id: tag.name for tag in stats.tags}
    assert {names[t]: n for t, n in stats.per_tag.items()} == {"funding": 6, "sites": 2, "Commission": 2}
    assert stats.per_tag_month[(next(t for t, n in names.items() if n == "funding"), "2024-01")] == 2
    assert dialog.charts.months()[-1] == ""  # undated articles, drawn last as "undated"
    cell, tag_id, article_id = next(c for c in dialog.charts.cells() if names[c[1]] == "sites" and c[2] == 2)
    qtbot.mouseClick(dialog.charts, Qt.MouseButton.LeftButton, pos=cell.center().toPoint())
    assert window.article_model.tag_filter == tag_id
    assert window.reader.article.id == 2
    OUTPUT.mkdir(exist_ok=True)
    assert dialog.save_png(OUTPUT / "topics.png")
    dialog.save_svg(tmp_path / "topics.svg")
    svg = (tmp_path / "topics.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg and "funding" in svg and "undated" in svg


def test_matrix_figures_read_on_any_shade_and_columns_name_their_articles(qtbot, library, make_window):
    from PySide6.QtGui import QColor

    from app.ui.widgets.topic_charts import readable_on

    yellow, dark, light = QColor("#f2c94c"), QColor("#1e1e1e"), QColor("#ffffff")
    assert readable_on(yellow, dark).name() == "#000000"  # a full yellow cell, in the dark theme
    faint = QColor(yellow)
    faint.setAlpha(40)
    assert readable_on(faint, dark).name() == "#ffffff" and readable_on(faint, light).name() == "#000000"
    annotate(library)
    window = make_window(library)
    dialog = window.show_topics()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    image = dialog.charts.grab().toImage()
    assert not image.isNull()
    svg_path = OUTPUT / "topics_columns.svg"
    OUTPUT.mkdir(exist_ok=True)
    dialog.save_svg(svg_path)
    svg = svg_path.read_text(encoding="utf-8")
    assert "#2<" not in svg and "#5<" not in svg  # no bare ids as column labels
    svg_path.unlink()

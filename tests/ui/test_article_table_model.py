from app.services.articles import ArticleService
from app.ui.models.article_table_model import ARTICLE_ID_ROLE, ArticleTableModel


def test_model_passes_qt_model_checks(qtmodeltester, library):
    model = ArticleTableModel(ArticleService(library))
    qtmodeltester.check(model, force_py=True)


def test_rows_show_title_source_date_and_carry_the_id(library):
    model = ArticleTableModel(ArticleService(library))
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert ["Comment l’Union Européenne se positionne-t-elle dans la compétition mondiale pour "
            "développer des infrastructures d’intelligence artificielle de pointe ?", "Techcrunch", ""] in rows
    assert any(row[2] == "2024-01-24" for row in rows)
    assert model.index(0, 0).data(ARTICLE_ID_ROLE) == model.article_id(0)
    assert model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Title"

from PySide6.QtCore import QLocale, Qt

from app.ui.dialogs.facts_dialog import FACT_ROLE, VALUE_COLUMN


def test_facts_table_filters_by_kind_and_opens_the_sentence(qtbot, qtmodeltester, library, make_window):
    window = make_window(library)
    dialog = window.show_facts()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    kinds = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())}
    assert kinds == {"money", "place", "actor"}
    qtmodeltester.check(dialog.model, force_py=True)
    dialog.kind.setCurrentIndex(dialog.kind.findData("money"))
    assert dialog.model.rowCount() == 17
    index = next(dialog.model.index(r, 1) for r in range(dialog.model.rowCount())
                 if dialog.model.index(r, 1).data() == "cent millions d’euros")
    dialog.table.activated.emit(index)
    item = index.data(FACT_ROLE)
    assert window.reader.article.id == item.article_id
    assert window.reader.text.textCursor().selectedText() == "cent millions d’euros"


def test_amounts_sort_as_numbers_and_read_as_the_locale_writes_them(qtbot, library, make_window):
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        window = make_window(library)
        dialog = window.show_facts()
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
        dialog.kind.setCurrentIndex(dialog.kind.findData("money"))
        dialog.table.sortByColumn(VALUE_COLUMN, Qt.SortOrder.AscendingOrder)
        amounts = [dialog.model.index(r, 0).data(FACT_ROLE).fact.amount for r in range(dialog.model.rowCount())]
        assert amounts == sorted(amounts) and amounts[0] < amounts[-1]
        shown = [dialog.model.index(r, VALUE_COLUMN).data() for r in range(dialog.model.rowCount())]
        assert shown[0] == "100\u202f000\u202f000 EUR"  # cent millions d’euros, grouped the French way
    finally:
        QLocale.setDefault(before)

from PySide6.QtCore import QLocale, Qt

from app.ui.models.fact_tree_model import DETAIL_COLUMN, FACT_ROLE, GROUP_ROLE, MENTIONS_COLUMN, THING_COLUMN


def _facts(qtbot, window):
    dialog = window.show_facts()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20_000)
    return dialog


def _row_of(dialog, thing):
    return next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, THING_COLUMN).data() == thing)


def test_facts_are_grouped_by_the_thing_with_a_count_and_its_mentions(qtbot, qtmodeltester, library, make_window):
    dialog = _facts(qtbot, make_window(library))
    qtmodeltester.check(dialog.model, force_py=True)
    things = [dialog.model.index(r, THING_COLUMN).data() for r in range(dialog.model.rowCount())]
    assert len(things) == len(set(things))  # each thing once
    union = dialog.model.index(_row_of(dialog, "European Union"), 0)
    mentions = int(dialog.model.index(union.row(), MENTIONS_COLUMN).data())
    assert mentions >= 10 and dialog.model.rowCount(union) == mentions
    first = dialog.model.index(0, THING_COLUMN, union)
    assert first.data(FACT_ROLE).fact.value == "European Union"
    assert first.data() in ("UE", "EU", "Union européenne", "Union Européenne")
    assert dialog.model.index(0, DETAIL_COLUMN, union).data() == first.data(FACT_ROLE).article_title
    counts = [int(dialog.model.index(r, MENTIONS_COLUMN).data()) for r in range(dialog.model.rowCount())]
    assert counts == sorted(counts, reverse=True)  # the most mentioned first


def test_no_region_code_is_shown_for_europe(qtbot, library, make_window):
    dialog = _facts(qtbot, make_window(library))
    europe = _row_of(dialog, "Europe")
    assert [dialog.model.index(europe, c).data() for c in range(3)] == ["Europe", "place", ""]


def test_choosing_a_mention_shows_its_sentence_and_double_click_opens_it_in_the_reader(qtbot, library,
                                                                                        make_window):
    window = make_window(library)
    dialog = _facts(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("money"))
    group = dialog.model.index(_row_of(dialog, QLocale().toString(100_000_000) + " EUR"), 0)
    dialog.table.expand(group)
    mention = dialog.model.index(0, 0, group)
    dialog.table.setCurrentIndex(mention)
    assert "font-weight" in dialog.sentence.toHtml()  # the words in bold
    assert mention.data(FACT_ROLE).fact.sentence in dialog.sentence.toPlainText()
    dialog.table.activated.emit(mention)
    item = mention.data(FACT_ROLE)
    assert window.reader.article.id == item.article_id
    assert window.reader.text.textCursor().selectedText() == "cent millions d’euros"


def test_amounts_sort_as_numbers_and_read_as_the_locale_writes_them(qtbot, library, make_window):
    before = QLocale()
    try:
        for locale, written in (("fr_FR", "100\u202f000\u202f000 EUR"), ("en_GB", "100,000,000 EUR"),
                                ("de_DE", "100.000.000 EUR")):
            QLocale.setDefault(QLocale(locale))
            dialog = _facts(qtbot, make_window(library))
            dialog.kind.setCurrentIndex(dialog.kind.findData("money"))
            dialog.table.sortByColumn(THING_COLUMN, Qt.SortOrder.AscendingOrder)
            amounts = [dialog.model.index(r, 0).data(GROUP_ROLE).amount for r in range(dialog.model.rowCount())]
            assert amounts == sorted(amounts) and amounts[0] < amounts[-1]
            assert dialog.model.index(0, THING_COLUMN).data() == written  # cent millions d’euros
    finally:
        QLocale.setDefault(before)

from app.ui.dialogs.facts_dialog import FACT_ROLE


def test_facts_table_filters_by_kind_and_opens_the_sentence(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.show_facts()
    qtbot.addWidget(dialog)
    kinds = {dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())}
    assert kinds == {"money", "place", "actor"}
    dialog.kind.setCurrentIndex(dialog.kind.findData("money"))
    assert dialog.proxy.rowCount() == 17
    index = next(dialog.proxy.index(r, 1) for r in range(dialog.proxy.rowCount())
                 if dialog.proxy.index(r, 1).data() == "cent millions d’euros")
    dialog.table.activated.emit(index)
    item = index.data(FACT_ROLE)
    assert window.reader.article.id == item.article_id
    assert window.reader.text.textCursor().selectedText() == "cent millions d’euros"

"""Renders Suggestions and Facts in English light and French dark to tests/output/ (not
committed), so that a person can look at them; checks what a reader would check first."""

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.ui.models.fact_tree_model import THING_COLUMN
from app.ui.preferences import Preferences
from app.ui.theme import is_dark
from app.ui.translation import install_translators

OUTPUT = Path(__file__).resolve().parents[1] / "output"


@pytest.fixture
def english_afterwards():
    before = QLocale()
    yield
    install_translators(QApplication.instance(), "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize(("language", "theme"), [("en", "light"), ("fr", "dark")])
def test_suggestions_and_facts_as_a_reader_sees_them(qtbot, library, make_window, english_afterwards, language,
                                                     theme):
    install_translators(QApplication.instance(), language)
    QLocale.setDefault(QLocale("fr_FR" if language == "fr" else "en_GB"))
    window = make_window(library)
    window.set_preferences(Preferences(theme=theme))
    qtbot.waitUntil(lambda: is_dark(window.reader.text) == (theme == "dark"))
    window.article_list.selectRow(1)

    suggestions = window.suggest(whole_library=True)
    qtbot.addWidget(suggestions)
    qtbot.waitUntil(lambda: not suggestions.loading, timeout=20_000)
    suggestions.list.setFocus()
    qtbot.keyClick(suggestions.list, Qt.Key.Key_Down)
    qtbot.keyClick(suggestions.list, Qt.Key.Key_3)  # a tag chosen on the row
    qtbot.keyClick(suggestions.list, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # its end trimmed
    assert ("phrases restantes" if language == "fr" else "sentences left") in suggestions.count.text()
    qtbot.waitUntil(lambda: suggestions.list.indexAt(QPoint(20, 20)).isValid())  # laid out
    OUTPUT.mkdir(exist_ok=True)
    assert suggestions.grab().save(str(OUTPUT / f"suggestions_{language}_{theme}.png"))

    facts = window.show_facts()
    qtbot.addWidget(facts)
    qtbot.waitUntil(lambda: not facts.loading, timeout=20_000)
    facts.table.expand(facts.model.index(0, 0))
    facts.table.setCurrentIndex(facts.model.index(0, 0, facts.model.index(0, 0)))
    money = next(r for r in range(facts.model.rowCount()) if facts.model.group(r).kind == "money")
    assert ("000\u202f000" if language == "fr" else "000,000") in facts.model.index(money, THING_COLUMN).data()
    assert facts.grab().save(str(OUTPUT / f"facts_{language}_{theme}.png"))
    window.set_preferences(Preferences())

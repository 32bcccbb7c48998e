"""Renders the window with highlights in three colours to tests/output/ (not committed),
so that a person can look at what the reader shows."""

from pathlib import Path

import pytest

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.ui.preferences import Preferences
from app.ui.theme import is_dark

OUTPUT = Path(__file__).resolve().parents[1] / "output"

PASSAGES = [
    ("200 milliards d’euros d’euro pour investissement", ["funding"], "Montant global annoncé"),
    ("sommet de l’action de l’IA à Paris", ["sites"], ""),
    ("le président de la Commission européenne Ursula von Der Leyen", ["Commission"], "Qui annonce"),
    ("20 milliards d’euros seront destinés aux gigafactories de l’IA", ["funding", "sites"], "Part gigafactories"),
    ("gigafactories de l’IA, qui, selon la Commission", ["Commission"], "Chevauche le précédent"),
]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_window_with_highlights_in_three_colours(qtbot, library, make_window, theme):
    article = ArticleService(library).summaries()[0].id
    notes = AnnotationService(library)
    for quote, tags, note in PASSAGES:
        start, end = notes.find_quote(article, quote, occurrence=1)
        notes.add_highlight(article_id=article, start=start, end=end, tags=tags, note=note)
    window = make_window(library)
    window.set_preferences(Preferences(theme=theme))
    qtbot.waitUntil(lambda: is_dark(window.reader.text) == (theme == "dark"))
    window.resize(1400, 820)
    window.article_list.selectRow(0)
    qtbot.waitUntil(lambda: len(window.reader.painted_highlights) == len(PASSAGES))
    assert {colour for _, _, colour in window.reader.painted_highlights} == {"#f2c94c", "#6fcf97", "#56ccf2"}
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / f"main_window_highlights_{theme}.png"
    assert window.grab().save(str(path))
    window.set_preferences(Preferences())
    assert path.stat().st_size > 10_000

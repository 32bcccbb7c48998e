import pytest

from app.core.language import UNDETERMINED
from app.importers.language import detect_language


@pytest.mark.parametrize(("text", "expected"), [
    ("La Commission européenne a annoncé un fonds pour les usines d’IA.", "fr"),
    ("The Commission announced a fund for the AI factories of the Union.", "en"),
    ("Die Kommission hat einen Fonds für die Fabriken der Union angekündigt.", "de"),
    ("La Comisión Europea ha anunciado un fondo para las fábricas de inteligencia artificial.", "es"),
    ("De Europese Commissie heeft een fonds aangekondigd voor de fabrieken van kunstmatige intelligentie.",
     "nl"),
    ("La Commissione europea ha annunciato un fondo per le fabbriche di intelligenza artificiale.", "it"),
    ("A Comissão Europeia anunciou um fundo para as fábricas de inteligência artificial.", "pt"),
])
def test_the_seven_languages_of_the_library(text, expected):
    assert detect_language(text) == expected


def test_too_little_text_is_undetermined():
    assert detect_language("EuroHPC") == UNDETERMINED
    assert detect_language("") == UNDETERMINED
    assert detect_language("2024 — 1,5 — 7 %") == UNDETERMINED

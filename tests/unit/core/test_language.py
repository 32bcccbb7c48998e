from app.core.language import UNDETERMINED, detect_language


def test_french_and_english_and_german():
    assert detect_language("La Commission européenne a annoncé un fonds pour les usines d’IA.") == "fr"
    assert detect_language("The Commission announced a fund for the AI factories of the Union.") == "en"
    assert detect_language("Die Kommission hat einen Fonds für die Fabriken der Union angekündigt.") == "de"


def test_too_little_text_is_undetermined():
    assert detect_language("EuroHPC") == UNDETERMINED
    assert detect_language("") == UNDETERMINED

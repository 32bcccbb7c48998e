import pytest

from app.core.money import find_amounts

B, M, K = 1e9, 1e6, 1e3

# (text, language, [(matched text, value, currency)]) — value of a range is its low end
FORMS = [
    ("20 milliards d’euros", "fr", [("20 milliards d’euros", 20 * B, "EUR")]),
    ("2,1 milliards", "fr", [("2,1 milliards", 2.1 * B, None)]),
    ("cent millions d’euros", "fr", [("cent millions d’euros", 100 * M, "EUR")]),
    ("112 milliards de dollars", "fr", [("112 milliards de dollars", 112 * B, "USD")]),
    ("$500 billion", "en", [("$500 billion", 500 * B, "USD")]),
    ("€1.5bn", "en", [("€1.5bn", 1.5 * B, "EUR")]),
    ("1 Md€", "fr", [("1 Md€", 1 * B, "EUR")]),
    ("un budget de 1,5 milliard d'euros", "fr", [("1,5 milliard d'euros", 1.5 * B, "EUR")]),
    ("200 milliards d’euros d’euro pour", "fr", [("200 milliards d’euros", 200 * B, "EUR")]),
    ("deux milliards d’euros", "fr", [("deux milliards d’euros", 2 * B, "EUR")]),
    ("trois millions de dollars", "fr", [("trois millions de dollars", 3 * M, "USD")]),
    ("dix mille euros", "fr", [("dix mille euros", 10 * K, "EUR")]),
    ("1 000 000 €", "fr", [("1 000 000 €", 1 * M, "EUR")]),
    ("1\u202f500 euros", "fr", [("1\u202f500 euros", 1500, "EUR")]),
    ("12,5 M€", "fr", [("12,5 M€", 12.5 * M, "EUR")]),
    ("3 Mds €", "fr", [("3 Mds €", 3 * B, "EUR")]),
    ("450 millions d’euros", "fr", [("450 millions d’euros", 450 * M, "EUR")]),
    ("un billion d’euros", "fr", [("un billion d’euros", 1e12, "EUR")]),
    ("one billion dollars", "en", [("one billion dollars", 1 * B, "USD")]),
    ("£2 million", "en", [("£2 million", 2 * M, "GBP")]),
    ("USD 3.5 trillion", "en", [("USD 3.5 trillion", 3.5e12, "USD")]),
    ("1,000,000 dollars", "en", [("1,000,000 dollars", 1 * M, "USD")]),
    ("$250m", "en", [("$250m", 250 * M, "USD")]),
    ("€40k", "en", [("€40k", 40 * K, "EUR")]),
    ("EUR 7 billion", "en", [("EUR 7 billion", 7 * B, "EUR")]),
    ("a hundred million euros", "en", [("a hundred million euros", 100 * M, "EUR")]),
    ("5 billion yuan", "en", [("5 billion yuan", 5 * B, "CNY")]),
    ("20 francs suisses", "fr", [("20 francs suisses", 20, "CHF")]),
    ("10 livres sterling", "fr", [("10 livres sterling", 10, "GBP")]),
    ("300 dollars américains", "fr", [("300 dollars américains", 300, "USD")]),
    ("investir 8 milliards d’euros de 2018 à 2027", "fr", [("8 milliards d’euros", 8 * B, "EUR")]),
    ("entre 1 et 2 milliards d’euros", "fr", [("entre 1 et 2 milliards d’euros", 1 * B, "EUR")]),
    ("de 3 à 5 millions d’euros", "fr", [("de 3 à 5 millions d’euros", 3 * M, "EUR")]),
    ("$1-2bn", "en", [("$1-2bn", 1 * B, "USD")]),
    ("between 4 and 6 billion dollars", "en", [("between 4 and 6 billion dollars", 4 * B, "USD")]),
    ("jusqu’à 500 milliards de dollars (480 milliards d’euros) au cours", "fr",
     [("500 milliards de dollars (480 milliards d’euros)", 500 * B, "USD")]),
    ("100 milliards de dollars (96 milliards d’euros)", "fr",
     [("100 milliards de dollars (96 milliards d’euros)", 100 * B, "USD")]),
    ("dans l’UE. Ce plan de 109 milliards d’euros et 112 milliards de dollars", "fr",
     [("109 milliards d’euros", 109 * B, "EUR"), ("112 milliards de dollars", 112 * B, "USD")]),
    ("Cela libérera 1 milliard d’euros.", "fr", [("1 milliard d’euros", 1 * B, "EUR")]),
    ("il y a 2 milliards.", "fr", [("2 milliards", 2 * B, None)]),
    # Not money: years, counts, ranges of years, lengths, vague amounts
    ("de 2018 à 2027", "fr", []),
    ("environ 100 000 puces AI", "fr", []),
    ("plusieurs milliards pour Google", "fr", []),
    ("the 5 m race", "en", []),
    ("le 1er février 2025", "fr", []),
    ("des milliards de dollars", "fr", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), FORMS, ids=[form[0][:40] for form in FORMS])
def test_amount_forms(text, language, expected):
    found = find_amounts(text, language=language)
    assert [(a.text, a.currency) for a in found] == [(t, c) for t, _, c in expected]
    for amount, (matched, value, _) in zip(found, expected):
        assert amount.value == pytest.approx(value)
        assert text[amount.start:amount.end] == amount.text == matched


def test_table_has_at_least_forty_forms():
    assert len(FORMS) >= 40


def test_ranges_and_conversions_keep_both_sides():
    [span] = find_amounts("entre 1 et 2 milliards d’euros")
    assert (span.low, span.high) == (1e9, 2e9)
    [converted] = find_amounts("100 milliards de dollars (96 milliards d’euros)")
    assert (converted.converted.value, converted.converted.currency) == (96e9, "EUR")

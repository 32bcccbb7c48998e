from hypothesis import given, settings
from hypothesis import strategies as st

from app.search.analysis import analyse, fold
from app.search.analysis import word_pieces
from app.search.bulk_analysis import COMPOUND, chunk_words, index_terms, index_text, positioned_terms

FRENCH_TEXT = st.lists(
    st.sampled_from(
        "L’usine d'IA Européenne européenne investissements investir Commission « gigafactories » "
        "jusqu’à qu'il lorsqu’on 2,1 milliards d’euros. CŒUR cœur Straße naïve Ærø été ÉTÉ _x_ "
        "a b 10 000 puces AI-factories U.S. e-mail São Paulo l'été… ÖSTERREICH İstanbul ﬁn "
        "Giga-factories giga‑factories Royaume-Uni 2024-01-24 COVID-19 -x x- a--b — scientiﬁc ＡＩ x² ㈱ ½ "
        "Saint-Étienne-du-Rouvray ǅemal".split(" ")
    ),
    max_size=40,
).map(" ".join)


def test_french_analysis_folds_splits_elisions_drops_stop_words_and_stems():
    assert analyse("L’usine d'IA de la Commission européenne", "fr") == ["usin", "ia", "commiss", "europeen"]
    assert analyse("investissements investissement investir", "fr") == ["invest"] * 3
    assert analyse("jusqu’à lorsqu'on puisqu’il", "fr") == []


def test_accents_never_matter():
    assert analyse("Commission européenne", "fr") == analyse("commission europeenne", "fr")
    assert analyse("ÉTÉ des hôpitaux", "fr") == analyse("ete des hopitaux", "fr")


def test_english_analysis_uses_english_stop_words_and_stemming():
    assert analyse("The factories are investing in the supercomputers", "en") == [
        "factori", "invest", "supercomput"]


def test_unknown_languages_are_only_folded():
    assert analyse("Die Fabriken für künstliche Intelligenz", "simple") == [
        "die", "fabriken", "fur", "kunstliche", "intelligenz"]


@settings(max_examples=300)
@given(FRENCH_TEXT, st.sampled_from(["fr", "en", "simple"]))
def test_bulk_and_positioned_analysis_equal_the_whoosh_analyser(text, language):
    expected = analyse(text, language)
    assert index_terms(text, language) == expected
    assert [term for _, _, term in positioned_terms(text, language)] == expected
    terms, chunks = index_text(text, language)
    assert terms.split() == expected
    assert chunk_words(set(chunks), language) == {
        word for token in COMPOUND.findall(text) for _, _, word in word_pieces(token)}


@given(FRENCH_TEXT)
def test_positions_point_at_the_words_as_written(text):
    for start, end, term in positioned_terms(text, "fr"):
        written = analyse(text[start:end], "fr")
        # a hyphenated word's joined term spans the word, which analyses to parts and joined form
        assert written == [term] or (written[-1] == term and "-" in text[start:end].replace("‑", "-"))


def test_fold_lowers_and_strips_accents():
    assert fold("Œuvre ÉTÉ Straße naïve") == "oeuvre ete strasse naive"

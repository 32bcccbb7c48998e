from pathlib import Path

from app.core.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_decimal_commas_abbreviations_and_initials_do_not_split():
    text = "M. Dupont a dit. La C.E. investit 2,1 milliards (1.5 bn). Puis J. Smith est venu, cf. p. 3. Fin"
    assert [s.text for s in split_sentences(text)] == [
        "M. Dupont a dit.", "La C.E. investit 2,1 milliards (1.5 bn).", "Puis J. Smith est venu, cf. p. 3.", "Fin"]


def test_quotes_end_with_their_sentence_and_positions_point_into_the_text():
    text = "Elle a dit : «Nous y allons.» Ensuite?  Oui!\nUne ligne sans point"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Elle a dit : «Nous y allons.»", "Ensuite?", "Oui!", "Une ligne sans point"]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_sample_article_sentences():
    body = (SEEDS / "004_73f990bf24fe4a87.txt").read_text(encoding="utf-8")
    sentences = [s.text for s in split_sentences(body)]
    assert sentences[0] == ("La Commission européenne souhaite investir 2,1 milliards d’euros dans des "
                            "supercalculateurs dans le cadre du projet EuroHPC.")
    assert "Les supercalculateurs d’IA feront partie du projet de supercalculateur EuroHPC JU, dans lequel " \
           "l’UE investit 8 milliards d’euros de 2018 à 2027." in sentences
    assert "Cela devrait à terme libérer 1 milliard d’euros d’investissements, estime la Commission." in sentences
    assert "2024-01-24 22:55:58" in sentences

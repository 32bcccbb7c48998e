from pathlib import Path

import pytest

from app.core.metadata import TITLE_MAX_CHARS, recover_metadata
from app.core.text import normalise_text

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def seed_metadata(name: str):
    return recover_metadata(normalise_text((SEEDS / name).read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("000_610f2261d7174f80.txt",
         "La Commission européenne a également annoncé un fonds spécifique aux gigafactories "
         "d’IA pour permettre aux entreprises de former leurs modèles d’IA"),
        ("001_c5ba91b20dacb792.txt", "L’UE crée enfin des usines d’IA"),
        ("002_753a0636a88286f5.txt",
         "Comment l’Union Européenne se positionne-t-elle dans la compétition mondiale pour "
         "développer des infrastructures d’intelligence artificielle de pointe ?"),
        ("003_e93bffb5ef5bafd4.txt",
         "L’Union européenne courtise le secteur privé alors qu’elle cherche à intensifier la "
         "capacité de calcul de la formation de grands modèles d’IA"),
        ("004_73f990bf24fe4a87.txt",
         "La Commission européenne souhaite investir 2,1 milliards d’euros dans des "
         "supercalculateurs dans le cadre du projet EuroHPC"),
    ],
)
def test_each_seed_gets_its_headline_as_title_and_french_as_language(name, title):
    meta = seed_metadata(name)
    assert meta.title == title
    assert meta.language == "fr"


def test_breadcrumb_and_repeated_photo_caption_are_recorded_not_used_as_title():
    meta = seed_metadata("001_c5ba91b20dacb792.txt")
    assert meta.extras["breadcrumb"] == "Accueil Automatisation L’UE crée enfin des usines d’IA"
    assert meta.extras["captions"] == ["Les supercalculateur de l UE - Photo DR Commission européenne"]
    assert meta.published is None and meta.source is None


def test_source_line_names_the_source():
    meta = seed_metadata("002_753a0636a88286f5.txt")
    assert meta.source == "Techcrunch"


def test_date_line_timestamp_and_hashtags_are_recovered():
    meta = seed_metadata("004_73f990bf24fe4a87.txt")
    assert meta.published == "2024-01-24T22:55:58"
    assert meta.extras["timestamp"] == "2024-01-24T21:40:49Z"
    assert meta.hashtags[:3] == ["LUE", "veut", "investir"]
    assert "générative" in meta.hashtags


def test_seeds_without_date_or_source_recover_none():
    meta = seed_metadata("000_610f2261d7174f80.txt")
    assert (meta.published, meta.source, meta.author, meta.url) == (None, None, None, None)


def test_bare_timestamp_is_the_date_when_no_date_line_exists():
    meta = recover_metadata("Headline\nSome text about the budget of the project.\n1706132449")
    assert meta.published == "2024-01-24T21:40:49Z"


def test_author_and_url_lines():
    meta = recover_metadata(
        "Par Marie Dupont\nLes usines d’IA arrivent\nhttps://example.org/article\n"
        "Le texte de l’article est ici, et il parle de la Commission."
    )
    assert meta.author == "Marie Dupont"
    assert meta.url == "https://example.org/article"
    assert meta.title == "Les usines d’IA arrivent"


def test_home_breadcrumb_with_separators_is_skipped():
    meta = recover_metadata("Home › Tech › AI\nEurope builds AI factories\nThe text of the article.")
    assert meta.title == "Europe builds AI factories"
    assert meta.extras["breadcrumb"] == "Home › Tech › AI"


def test_long_first_line_gives_its_first_sentence_and_over_long_sentence_is_cut():
    long_sentence = "Mot " * 80
    meta = recover_metadata(long_sentence.strip() + ". Second sentence.\nMore.")
    assert len(meta.title) <= TITLE_MAX_CHARS + 1
    assert meta.title.endswith("…")


def test_text_that_is_all_metadata_is_untitled():
    assert recover_metadata("2024-01-24\n#a #b").title == "Untitled"

from pathlib import Path

from app.core.facts import extract_facts

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def facts(text, kind):
    return [(f.text, f.value, f.detail) for f in extract_facts(text, kinds=(kind,))]


def test_places_are_named_canonically_with_their_code():
    text = "L’Allemagne, l’Espagne, la Finlande et les États-Unis ; le sommet de Paris à Bruxelles."
    assert facts(text, "place") == [
        ("Allemagne", "Germany", "DE"), ("Espagne", "Spain", "ES"), ("Finlande", "Finland", "FI"),
        ("États-Unis", "United States", "US"), ("Paris", "Paris", "FR"), ("Bruxelles", "Brussels", "BE")]


def test_actors_known_and_after_a_title():
    text = ("La Commission européenne et OpenAI. La présidente Maria Schmidt a parlé, "
            "comme le président français Emmanuel Macron.")
    assert facts(text, "actor") == [
        ("Commission européenne", "European Commission", "institution"), ("OpenAI", "OpenAI", "company"),
        ("Maria Schmidt", "Maria Schmidt", "person"), ("Emmanuel Macron", "Emmanuel Macron", "person")]


def test_every_amount_of_the_sample_articles_with_its_sentence():
    body = (SEEDS / "004_73f990bf24fe4a87.txt").read_text(encoding="utf-8")
    money = [f for f in extract_facts(body, kinds=("money",))]
    assert [(f.text, f.detail) for f in money] == [
        ("2,1 milliards d’euros", "EUR"), ("8 milliards d’euros", "EUR"), ("2,1 milliards d’euros", "EUR"),
        ("cent millions d’euros", "EUR"), ("1 milliard d’euros", "EUR")]
    assert all(body[f.start:f.end] == f.text and f.text in f.sentence for f in money)
    assert money[1].sentence.endswith("l’UE investit 8 milliards d’euros de 2018 à 2027.")


def test_regions_and_cities_of_europe_are_known_in_french_and_english():
    text = ("Grenoble et Lyon, puis la Bavière et Dresde ; Bavaria, Lombardy and Catalonia; "
            "Anvers, Aix-la-Chapelle.")
    assert facts(text, "place") == [
        ("Grenoble", "Grenoble", "FR"), ("Lyon", "Lyon", "FR"), ("Bavière", "Bavaria", "DE"),
        ("Dresde", "Dresden", "DE"), ("Bavaria", "Bavaria", "DE"), ("Lombardy", "Lombardy", "IT"),
        ("Catalonia", "Catalonia", "ES"), ("Anvers", "Antwerp", "BE"), ("Aix-la-Chapelle", "Aachen", "DE")]


def test_europe_carries_no_region_code():
    assert facts("L’Europe investit.", "place") == [("Europe", "Europe", "")]


def test_places_recall_on_the_annotated_articles():
    import sys

    sys.path.insert(0, str(SEEDS.parent))
    from bench.places_eval import evaluate

    results = evaluate()
    tp, fp, fn = results["written articles"]["after"]
    assert tp / (tp + fn) >= 0.9 and fp == 0
    assert results["samples"]["after"][2] == 0

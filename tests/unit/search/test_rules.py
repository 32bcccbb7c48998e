from app.core.tags import DEFAULT_TAGS
from app.search.rules import triggers

SITES = next(tag for tag in DEFAULT_TAGS if tag.name == "sites").rules
PLACES_ONLY = {"places": True}


def test_a_summit_s_city_is_a_venue_not_a_site():
    said = "Lors du récent sommet de l’action pour l’intelligence artificielle à Paris, la présidente a parlé."
    assert triggers(said, "fr", PLACES_ONLY) == []
    assert triggers("Speaking at the summit in Paris, she said so.", "en", PLACES_ONLY) == []
    assert triggers("La nouvelle usine sera construite à Paris.", "fr", PLACES_ONLY) == ["Paris"]


def test_with_site_words_a_place_counts_only_beside_one():
    assert triggers("Emmanuel Macron a dévoilé un plan pour la France.", "fr", SITES) == []
    assert triggers("Le site retenu se trouve à Grenoble.", "fr", SITES) == ["Grenoble"]
    assert triggers("Jülich hébergera la machine, en Rhénanie-du-Nord-Westphalie.", "fr", SITES) == [
        "Jülich", "Rhénanie-du-Nord-Westphalie"]


def test_the_union_and_europe_say_nothing_of_where():
    assert triggers("Un site pour l’UE et pour l’Europe.", "fr", PLACES_ONLY) == []

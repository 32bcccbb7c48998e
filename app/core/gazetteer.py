"""Places and actors Carnet recognises out of the box (French and English names)."""

from __future__ import annotations

from app.core.european_places import CITIES, REGIONS

# canonical name, ISO 3166 code (none for a place larger than a country), the names it goes by
COUNTRIES_AND_CAPITALS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Austria", "AT", ("Autriche", "Austria")), ("Belgium", "BE", ("Belgique", "Belgium")),
    ("Bulgaria", "BG", ("Bulgarie", "Bulgaria")), ("Croatia", "HR", ("Croatie", "Croatia")),
    ("Cyprus", "CY", ("Chypre", "Cyprus")), ("Czechia", "CZ", ("Tchéquie", "République tchèque", "Czechia",
                                                                "Czech Republic")),
    ("Denmark", "DK", ("Danemark", "Denmark")), ("Estonia", "EE", ("Estonie", "Estonia")),
    ("Finland", "FI", ("Finlande", "Finland")), ("France", "FR", ("France",)),
    ("Germany", "DE", ("Allemagne", "Germany")), ("Greece", "GR", ("Grèce", "Greece")),
    ("Hungary", "HU", ("Hongrie", "Hungary")), ("Ireland", "IE", ("Irlande", "Ireland")),
    ("Italy", "IT", ("Italie", "Italy")), ("Latvia", "LV", ("Lettonie", "Latvia")),
    ("Lithuania", "LT", ("Lituanie", "Lithuania")), ("Luxembourg", "LU", ("Luxembourg",)),
    ("Malta", "MT", ("Malte", "Malta")), ("Netherlands", "NL", ("Pays-Bas", "Netherlands")),
    ("Poland", "PL", ("Pologne", "Poland")), ("Portugal", "PT", ("Portugal",)),
    ("Romania", "RO", ("Roumanie", "Romania")), ("Slovakia", "SK", ("Slovaquie", "Slovakia")),
    ("Slovenia", "SI", ("Slovénie", "Slovenia")), ("Spain", "ES", ("Espagne", "Spain")),
    ("Sweden", "SE", ("Suède", "Sweden")), ("Norway", "NO", ("Norvège", "Norway")),
    ("Switzerland", "CH", ("Suisse", "Switzerland")), ("United Kingdom", "GB", ("Royaume-Uni", "United Kingdom",
                                                                                 "Grande-Bretagne", "UK")),
    ("United States", "US", ("États-Unis", "Etats-Unis", "United States", "USA")),
    ("China", "CN", ("Chine", "China")), ("Japan", "JP", ("Japon", "Japan")), ("India", "IN", ("Inde", "India")),
    ("Canada", "CA", ("Canada",)), ("South Korea", "KR", ("Corée du Sud", "South Korea")),
    ("European Union", "EU", ("Union européenne", "Union Européenne", "European Union", "UE", "EU")),
    ("Europe", "", ("Europe",)),
    ("Paris", "FR", ("Paris",)), ("Brussels", "BE", ("Bruxelles", "Brussels")), ("Berlin", "DE", ("Berlin",)),
    ("Madrid", "ES", ("Madrid",)), ("Barcelona", "ES", ("Barcelone", "Barcelona")), ("Rome", "IT", ("Rome",)),
    ("Bologna", "IT", ("Bologne", "Bologna")), ("Turin", "IT", ("Turin",)), ("Munich", "DE", ("Munich",)),
    ("Stuttgart", "DE", ("Stuttgart",)), ("Helsinki", "FI", ("Helsinki",)), ("Kajaani", "FI", ("Kajaani",)),
    ("Stockholm", "SE", ("Stockholm",)), ("Athens", "GR", ("Athènes", "Athens")),
    ("Lisbon", "PT", ("Lisbonne", "Lisbon")), ("Amsterdam", "NL", ("Amsterdam",)),
    ("Warsaw", "PL", ("Varsovie", "Warsaw")), ("Prague", "CZ", ("Prague",)), ("Dublin", "IE", ("Dublin",)),
    ("London", "GB", ("Londres", "London")), ("Washington", "US", ("Washington",)),
    ("Beijing", "CN", ("Pékin", "Beijing")), ("Tokyo", "JP", ("Tokyo",)),
)

PLACES = COUNTRIES_AND_CAPITALS + REGIONS + CITIES

# canonical name, kind, the names it goes by
ACTORS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("European Commission", "institution", ("Commission européenne", "Commission Européenne",
                                            "European Commission", "la Commission", "La Commission", "la CE",
                                            "La CE", "l’exécutif de l’UE")),
    ("EuroHPC Joint Undertaking", "institution", ("EuroHPC JU", "entreprise commune EuroHPC", "EuroHPC")),
    ("European Parliament", "institution", ("Parlement européen", "European Parliament")),
    ("Council of the EU", "institution", ("Conseil de l’UE", "Conseil européen", "European Council")),
    ("Ursula von der Leyen", "person", ("Ursula von der Leyen", "Ursula von Der Leyen", "von der Leyen",
                                        "Von der Leyen", "von Der Leyen", "Von Der Leyen")),
    ("Henna Virkkunen", "person", ("Henna Virkkunen", "Virkkunen")),
    ("Emmanuel Macron", "person", ("Emmanuel Macron", "Macron")),
    ("Donald Trump", "person", ("Donald Trump", "Trump")),
    ("Thierry Breton", "person", ("Thierry Breton",)), ("Margrethe Vestager", "person", ("Margrethe Vestager",)),
    ("Olaf Scholz", "person", ("Olaf Scholz",)), ("Giorgia Meloni", "person", ("Giorgia Meloni",)),
    ("OpenAI", "company", ("OpenAI", "Openai")), ("Mistral AI", "company", ("Mistral AI", "Mistral IA", "Mistral")),
    ("Google", "company", ("Google",)), ("Microsoft", "company", ("Microsoft",)), ("Meta", "company", ("Meta",)),
    ("Nvidia", "company", ("Nvidia", "NVIDIA")), ("Oracle", "company", ("Oracle",)),
    ("SoftBank", "company", ("SoftBank", "Softbank")), ("Amazon", "company", ("Amazon",)),
    ("Anthropic", "company", ("Anthropic",)), ("DeepSeek", "company", ("DeepSeek",)),
)

TITLES = ("la présidente", "le président", "La présidente", "Le président", "vice-présidente", "vice-président",
          "la ministre", "le ministre", "Premier ministre", "la commissaire", "le commissaire",
          "President", "Vice-President", "Prime Minister", "Commissioner", "Minister")


_FRENCH_NAMES = {canonical: names[0] for canonical, _, names in PLACES + ACTORS}
"""canonical name → its French name: the first of the names it goes by."""


def name_in(canonical: str, language: str) -> str:
    """A place's or actor's name as a reader of `language` writes it ("fr": "Allemagne"
    for "Germany"); the canonical English name otherwise, or for a name added by the user."""
    return _FRENCH_NAMES.get(canonical, canonical) if language == "fr" else canonical

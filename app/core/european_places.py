"""A gazetteer of Europe's regions and cities, with their French, English and own names.

Each entry: the English name (canonical), the ISO 3166 code of its country, and the
names texts use for it. Names that are also common words or first names ("Nice",
"Tours", "Orange", "Nancy", "Florence") are left out: a fact list full of them would be
worse than one missing them; `carnet gazetteer` adds them to a library that wants them.
"""

from __future__ import annotations

Place = tuple[str, str, tuple[str, ...]]

REGIONS: tuple[Place, ...] = (
    # France
    ("Île-de-France", "FR", ("Île-de-France", "Ile-de-France")),
    ("Auvergne-Rhône-Alpes", "FR", ("Auvergne-Rhône-Alpes", "Auvergne-Rhone-Alpes")),
    ("Occitania", "FR", ("Occitanie", "Occitania")), ("Brittany", "FR", ("Bretagne", "Brittany")),
    ("Normandy", "FR", ("Normandie", "Normandy")), ("Hauts-de-France", "FR", ("Hauts-de-France",)),
    ("Grand Est", "FR", ("Grand Est", "Grand-Est")), ("Nouvelle-Aquitaine", "FR", ("Nouvelle-Aquitaine",)),
    ("Provence-Alpes-Côte d’Azur", "FR", ("Provence-Alpes-Côte d’Azur", "Provence-Alpes-Côte d'Azur", "PACA",
                                          "Provence")),
    ("Bourgogne-Franche-Comté", "FR", ("Bourgogne-Franche-Comté",)),
    ("Centre-Val de Loire", "FR", ("Centre-Val de Loire",)), ("Pays de la Loire", "FR", ("Pays de la Loire",)),
    ("Corsica", "FR", ("Corse", "Corsica")), ("Alsace", "FR", ("Alsace",)),
    # Germany
    ("Bavaria", "DE", ("Bavière", "Bavaria", "Bayern")),
    ("Baden-Württemberg", "DE", ("Bade-Wurtemberg", "Baden-Württemberg", "Baden-Wurttemberg")),
    ("North Rhine-Westphalia", "DE", ("Rhénanie-du-Nord-Westphalie", "North Rhine-Westphalia",
                                      "Nordrhein-Westfalen")),
    ("Saxony", "DE", ("Saxe", "Saxony", "Sachsen")), ("Hesse", "DE", ("Hesse", "Hessen")),
    ("Lower Saxony", "DE", ("Basse-Saxe", "Lower Saxony", "Niedersachsen")),
    ("Thuringia", "DE", ("Thuringe", "Thuringia", "Thüringen")),
    ("Brandenburg", "DE", ("Brandebourg", "Brandenburg")),
    ("Rhineland-Palatinate", "DE", ("Rhénanie-Palatinat", "Rhineland-Palatinate", "Rheinland-Pfalz")),
    ("Schleswig-Holstein", "DE", ("Schleswig-Holstein",)),
    # Spain
    ("Catalonia", "ES", ("Catalogne", "Catalonia", "Cataluña", "Catalunya")),
    ("Andalusia", "ES", ("Andalousie", "Andalusia", "Andalucía")), ("Galicia", "ES", ("Galice", "Galicia")),
    ("Basque Country", "ES", ("Pays basque", "Pays Basque", "Basque Country", "Euskadi")),
    ("Valencian Community", "ES", ("Communauté valencienne", "Valencian Community")),
    ("Aragon", "ES", ("Aragon",)), ("Castile and León", "ES", ("Castille-et-León", "Castile and León")),
    # Italy
    ("Lombardy", "IT", ("Lombardie", "Lombardy", "Lombardia")), ("Tuscany", "IT", ("Toscane", "Tuscany", "Toscana")),
    ("Emilia-Romagna", "IT", ("Émilie-Romagne", "Emilie-Romagne", "Emilia-Romagna")),
    ("Piedmont", "IT", ("Piémont", "Piedmont", "Piemonte")), ("Veneto", "IT", ("Vénétie", "Veneto")),
    ("Sicily", "IT", ("Sicile", "Sicily", "Sicilia")), ("Sardinia", "IT", ("Sardaigne", "Sardinia", "Sardegna")),
    ("Lazio", "IT", ("Latium", "Lazio")), ("Campania", "IT", ("Campanie", "Campania")),
    # Elsewhere
    ("Flanders", "BE", ("Flandre", "Flandres", "Flanders", "Vlaanderen")),
    ("Wallonia", "BE", ("Wallonie", "Wallonia")),
    ("Scotland", "GB", ("Écosse", "Ecosse", "Scotland")), ("Wales", "GB", ("pays de Galles", "Pays de Galles",
                                                                           "Wales")),
    ("England", "GB", ("Angleterre", "England")), ("Northern Ireland", "GB", ("Irlande du Nord", "Northern Ireland")),
    ("Bohemia", "CZ", ("Bohême", "Bohemia")), ("Moravia", "CZ", ("Moravie", "Moravia")),
    ("Silesia", "PL", ("Silésie", "Silesia")), ("Masovia", "PL", ("Mazovie", "Masovia")),
    ("Kainuu", "FI", ("Kainuu",)), ("Lapland", "FI", ("Laponie", "Lapland")),
    ("Tyrol", "AT", ("Tyrol", "Tirol")), ("Transylvania", "RO", ("Transylvanie", "Transylvania")),
    ("Algarve", "PT", ("Algarve",)), ("Crete", "GR", ("Crète", "Crete")),
)

CITIES: tuple[Place, ...] = (
    # France
    ("Lyon", "FR", ("Lyon",)), ("Marseille", "FR", ("Marseille",)), ("Toulouse", "FR", ("Toulouse",)),
    ("Grenoble", "FR", ("Grenoble",)), ("Bordeaux", "FR", ("Bordeaux",)), ("Lille", "FR", ("Lille",)),
    ("Nantes", "FR", ("Nantes",)), ("Strasbourg", "FR", ("Strasbourg",)), ("Montpellier", "FR", ("Montpellier",)),
    ("Rennes", "FR", ("Rennes",)), ("Reims", "FR", ("Reims",)), ("Saint-Étienne", "FR", ("Saint-Étienne",
                                                                                         "Saint-Etienne")),
    ("Le Havre", "FR", ("Le Havre",)), ("Toulon", "FR", ("Toulon",)), ("Dijon", "FR", ("Dijon",)),
    ("Angers", "FR", ("Angers",)), ("Clermont-Ferrand", "FR", ("Clermont-Ferrand",)), ("Brest", "FR", ("Brest",)),
    ("Le Mans", "FR", ("Le Mans",)), ("Aix-en-Provence", "FR", ("Aix-en-Provence",)), ("Limoges", "FR", ("Limoges",)),
    ("Metz", "FR", ("Metz",)), ("Rouen", "FR", ("Rouen",)), ("Caen", "FR", ("Caen",)),
    ("Orléans", "FR", ("Orléans",)),
    ("Mulhouse", "FR", ("Mulhouse",)), ("Perpignan", "FR", ("Perpignan",)), ("Besançon", "FR", ("Besançon",)),
    ("Saclay", "FR", ("Saclay", "Paris-Saclay")), ("Sophia Antipolis", "FR", ("Sophia Antipolis",)),
    ("Bruyères-le-Châtel", "FR", ("Bruyères-le-Châtel",)), ("Orsay", "FR", ("Orsay",)),
    ("Cannes", "FR", ("Cannes",)), ("Avignon", "FR", ("Avignon",)), ("Poitiers", "FR", ("Poitiers",)),
    ("Pau", "FR", ("Pau",)), ("Bayonne", "FR", ("Bayonne",)), ("La Rochelle", "FR", ("La Rochelle",)),
    # Germany
    ("Hamburg", "DE", ("Hambourg", "Hamburg")), ("Cologne", "DE", ("Cologne", "Köln")),
    ("Frankfurt", "DE", ("Francfort", "Frankfurt")), ("Düsseldorf", "DE", ("Düsseldorf", "Dusseldorf")),
    ("Dresden", "DE", ("Dresde", "Dresden")), ("Leipzig", "DE", ("Leipzig",)), ("Hanover", "DE", ("Hanovre",
                                                                                                  "Hanover",
                                                                                                  "Hannover")),
    ("Nuremberg", "DE", ("Nuremberg", "Nürnberg")), ("Jülich", "DE", ("Jülich", "Juelich")),
    ("Garching", "DE", ("Garching",)), ("Karlsruhe", "DE", ("Karlsruhe",)), ("Bonn", "DE", ("Bonn",)),
    ("Essen", "DE", ("Essen",)), ("Dortmund", "DE", ("Dortmund",)), ("Bremen", "DE", ("Brême", "Bremen")),
    ("Heidelberg", "DE", ("Heidelberg",)), ("Aachen", "DE", ("Aix-la-Chapelle", "Aachen")),
    ("Darmstadt", "DE", ("Darmstadt",)), ("Mannheim", "DE", ("Mannheim",)),
    # Italy
    ("Milan", "IT", ("Milan", "Milano")), ("Naples", "IT", ("Naples", "Napoli")), ("Venice", "IT", ("Venise",
                                                                                                     "Venice")),
    ("Genoa", "IT", ("Gênes", "Genoa", "Genova")), ("Palermo", "IT", ("Palerme", "Palermo")),
    ("Pisa", "IT", ("Pise", "Pisa")), ("Trieste", "IT", ("Trieste",)), ("Bari", "IT", ("Bari",)),
    ("Catania", "IT", ("Catane", "Catania")), ("Verona", "IT", ("Vérone", "Verona")),
    # Spain and Portugal
    ("Valencia", "ES", ("Valencia",)), ("Seville", "ES", ("Séville", "Seville", "Sevilla")),
    ("Bilbao", "ES", ("Bilbao",)), ("Zaragoza", "ES", ("Saragosse", "Zaragoza")), ("Málaga", "ES", ("Malaga",
                                                                                                      "Málaga")),
    ("Porto", "PT", ("Porto",)), ("Coimbra", "PT", ("Coimbra",)), ("Braga", "PT", ("Braga",)),
    # Benelux
    ("Antwerp", "BE", ("Anvers", "Antwerp", "Antwerpen")), ("Ghent", "BE", ("Gand", "Ghent", "Gent")),
    ("Liège", "BE", ("Liège", "Liege")), ("Leuven", "BE", ("Louvain", "Leuven")), ("Charleroi", "BE", ("Charleroi",)),
    ("Rotterdam", "NL", ("Rotterdam",)), ("The Hague", "NL", ("La Haye", "The Hague")),
    ("Eindhoven", "NL", ("Eindhoven",)), ("Utrecht", "NL", ("Utrecht",)), ("Groningen", "NL", ("Groningue",
                                                                                                "Groningen")),
    ("Bissen", "LU", ("Bissen",)),
    # Central and eastern Europe
    ("Vienna", "AT", ("Vienne", "Vienna", "Wien")), ("Graz", "AT", ("Graz",)), ("Linz", "AT", ("Linz",)),
    ("Zurich", "CH", ("Zurich", "Zürich")), ("Geneva", "CH", ("Genève", "Geneva")), ("Lugano", "CH", ("Lugano",)),
    ("Krakow", "PL", ("Cracovie", "Krakow", "Kraków")), ("Poznań", "PL", ("Poznań", "Poznan")),
    ("Wrocław", "PL", ("Wrocław", "Wroclaw")), ("Gdańsk", "PL", ("Gdańsk", "Gdansk")),
    ("Brno", "CZ", ("Brno",)), ("Ostrava", "CZ", ("Ostrava",)), ("Bratislava", "SK", ("Bratislava",)),
    ("Budapest", "HU", ("Budapest",)), ("Ljubljana", "SI", ("Ljubljana",)), ("Maribor", "SI", ("Maribor",)),
    ("Zagreb", "HR", ("Zagreb",)), ("Bucharest", "RO", ("Bucarest", "Bucharest")),
    ("Cluj-Napoca", "RO", ("Cluj-Napoca", "Cluj")), ("Sofia", "BG", ("Sofia",)),
    ("Vilnius", "LT", ("Vilnius",)), ("Riga", "LV", ("Riga",)), ("Tallinn", "EE", ("Tallinn",)),
    ("Tartu", "EE", ("Tartu",)),
    # Nordic countries
    ("Copenhagen", "DK", ("Copenhague", "Copenhagen")), ("Aarhus", "DK", ("Aarhus",)),
    ("Oslo", "NO", ("Oslo",)), ("Gothenburg", "SE", ("Göteborg", "Gothenburg")), ("Malmö", "SE", ("Malmö",)),
    ("Linköping", "SE", ("Linköping",)), ("Espoo", "FI", ("Espoo",)), ("Tampere", "FI", ("Tampere",)),
    ("Oulu", "FI", ("Oulu",)), ("Reykjavik", "IS", ("Reykjavik",)),
    # Southern Europe and the islands
    ("Thessaloniki", "GR", ("Thessalonique", "Thessaloniki")), ("Nicosia", "CY", ("Nicosie", "Nicosia")),
    ("Valletta", "MT", ("La Valette", "Valletta")), ("Cork", "IE", ("Cork",)), ("Edinburgh", "GB", ("Édimbourg",
                                                                                                      "Edinburgh")),
    ("Manchester", "GB", ("Manchester",)), ("Cambridge", "GB", ("Cambridge",)), ("Oxford", "GB", ("Oxford",)),
    ("Bristol", "GB", ("Bristol",)), ("Glasgow", "GB", ("Glasgow",)),
)

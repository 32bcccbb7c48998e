import pytest

from app.importers.dates import parse_date


@pytest.mark.parametrize(("line", "expected"), [
    ("le 24 janvier 2024", "2024-01-24"),
    ("Le 24 janvier 2024, 10:02 CET", "2024-01-24T10:02:00"),
    ("24 January 2024 10.02 GMT", "2024-01-24T10:02:00"),
    ("24 janv. 2024 à 10:02 CET", "2024-01-24T10:02:00"),
    ("2024-01-24", "2024-01-24"),
])
def test_date_forms_read_by_the_fallback(line, expected):
    assert parse_date(line) == expected


@pytest.mark.parametrize("line", [
    "il y a 3 jours",  # relative to today: never a publication date
    "La prochaine date butoir est le 1er février 2025",
    "24 janvier 2024 Marie Dupont",
    "Version 2024",
    "",
])
def test_sentences_and_relative_dates_are_not_dates(line):
    assert parse_date(line) is None

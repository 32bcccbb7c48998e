import pytest

from app.core.dates import parse_date_line, parse_epoch_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-01-24 22:55:58", "2024-01-24T22:55:58"),
        ("2024-01-24", "2024-01-24"),
        ("2024-01-24T22:55:58Z", "2024-01-24T22:55:58"),
        ("24/01/2024", "2024-01-24"),
        ("Publié le 24 janvier 2024 à 10h30", "2024-01-24T10:30:00"),
        ("Mercredi 1er février 2025", "2025-02-01"),
        ("January 24, 2024", "2024-01-24"),
        ("Updated: 3 March 2023 at 10:15", "2023-03-03T10:15:00"),
        ("10 décembre 2024.", "2024-12-10"),
    ],
)
def test_date_lines(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Le 10 décembre, Henna Virkkunen a annoncé",
        "2024-13-01",
        "31/02/2024",
        "La prochaine date butoir est le 1er février 2025",
        "",
    ],
)
def test_sentences_and_impossible_dates_are_not_dates(line):
    assert parse_date_line(line) is None


def test_epoch_lines():
    assert parse_epoch_line("1706132449") == "2024-01-24T21:40:49Z"
    assert parse_epoch_line("123456789") is None  # 1973: not a plausible timestamp
    assert parse_epoch_line("17061324490") is None
    assert parse_epoch_line("2024") is None

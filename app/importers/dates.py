"""Publication dates: the patterns of `core.dates` first, then dateparser, strictly,
for the forms they do not know ("le 24 janvier 2024, 10:02 CET", "24 January 2024
10.02 GMT", "24 janv. 2024")."""

from __future__ import annotations

import logging
import re

from app.core.dates import parse_date_line

_LANGUAGES = ["fr", "en", "de", "es", "it", "pt", "nl"]
_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
}
# dateparser reads relative dates ("il y a 3 jours") against today's date, and a line
# that is not a date costs it a millisecond or two: only lines naming a year are asked.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MAX_CHARS = 60

logging.getLogger("dateparser").setLevel(logging.ERROR)


def parse_date(line: str) -> str | None:
    """Return the ISO 8601 date or date-time that `line` consists of, or None."""
    found = parse_date_line(line)
    if found or len(line) > _MAX_CHARS or not _YEAR.search(line):
        return found
    import dateparser

    try:
        value = dateparser.parse(line.strip(), languages=_LANGUAGES, settings=_SETTINGS)
    except (ValueError, OverflowError, TypeError):
        return None
    if value is None:
        return None
    if (value.hour, value.minute, value.second) == (0, 0, 0) and not re.search(r"\d[:h.]\d", line):
        return value.date().isoformat()
    return value.strftime("%Y-%m-%dT%H:%M:%S")

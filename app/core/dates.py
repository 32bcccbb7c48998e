"""Publication dates written on a line of their own, in French or English."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12, "janv": 1, "févr": 2, "fevr": 2,
    "avr": 4, "juil": 7, "déc": 12,
}

_LEAD = (
    r"(?:(?:publié|publie|mis à jour|mis a jour|modifié|date|published|updated|posted|"
    r"last updated)(?:\s+(?:le|on))?\s*:?\s*|le\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday),?\s+)?"
)
_TIME = r"(?:(?:\s+|T|\s+à\s+|\s+at\s+|,\s*)(?P<h>\d{1,2})[:h](?P<mi>\d{2})?(?::(?P<s>\d{2}))?" \
        r"(?:\.\d+)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

_PATTERNS = [
    re.compile(_LEAD + r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})" + _TIME + r"$", re.I),
    re.compile(_LEAD + r"(?P<d>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>\d{4})" + _TIME + r"$", re.I),
    re.compile(_LEAD + r"(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<mon>" + _MONTH_NAMES
               + r")\.?\s+(?P<y>\d{4})" + _TIME + r"$", re.I),
    re.compile(_LEAD + r"(?P<mon>" + _MONTH_NAMES + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
               r"(?P<y>\d{4})" + _TIME + r"$", re.I),
]

_EPOCH = re.compile(r"\d{9,10}")
_EARLIEST_EPOCH = 946_684_800  # 2000-01-01: smaller numbers are rarely timestamps in news text
_LATEST_EPOCH = 4_102_444_800  # 2100-01-01


def parse_date_line(line: str) -> str | None:
    """Return the ISO 8601 date or date-time that `line` consists of, or None.

    Only a line that is a date (optionally "Publié le …", "Updated …") qualifies: a date
    inside a sentence is an event, not the publication date.
    """
    line = line.strip().rstrip(".")
    if len(line) > 80:
        return None
    for pattern in _PATTERNS:
        match = pattern.match(line)
        if match:
            return _to_iso(match)
    return None


def parse_epoch_line(line: str) -> str | None:
    """Return the UTC date-time of a line that is a bare Unix timestamp, or None."""
    line = line.strip()
    if not _EPOCH.fullmatch(line):
        return None
    seconds = int(line)
    if not _EARLIEST_EPOCH <= seconds < _LATEST_EPOCH:
        return None
    return datetime.fromtimestamp(seconds, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _to_iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = int(parts["mo"]) if parts.get("mo") else MONTHS[parts["mon"].lower()]
    try:
        day = date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return None
    if parts.get("h") is None:
        return day.isoformat()
    hour, minute, second = int(parts["h"]), int(parts["mi"] or 0), int(parts["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"

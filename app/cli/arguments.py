"""Checking numbers and dates where the command line reads them, so a mistake is one
sentence (and exit status 2) before any library is opened."""

from __future__ import annotations

import argparse
import re
from typing import Callable

from app.cli.terminal import shown
from app.core.errors import ToldError
from app.core.messages import Message
from app.services.exporting import date_bound

LARGEST_ID = 2**63 - 1
"""SQLite's largest row id: no article or highlight has a larger one."""
LARGEST_LIMIT = 100_000
LARGEST_OFFSET = 1_000_000_000

_WHOLE_NUMBER = re.compile(r"[+-]?\d+")
_LONGEST_NUMBER = 40  # digits: longer numbers are out of every range, and not worth converting


class CommandLineParser(argparse.ArgumentParser):
    """argparse's parser, whose messages quote what was typed with its control
    characters escaped."""

    def error(self, message: str):
        super().error(shown(message))


def _bounded(low: int, high: int, what: Message) -> Callable[[str], int]:
    def read(text: str) -> int:
        written = text.strip()
        if not _WHOLE_NUMBER.fullmatch(written):
            raise argparse.ArgumentTypeError(str(Message("'{text}' is not a whole number: {what}", text=shown(text),
                                                         what=what)))
        digits = len(written.lstrip("+-"))
        number = int(written) if digits <= _LONGEST_NUMBER else None
        if number is None or not low <= number <= high:
            said = number if number is not None else f"{written[:12]}… ({digits} digits)"
            raise argparse.ArgumentTypeError(str(Message("{number} is out of range: {what}", number=said,
                                                         what=what)))
        return number
    return read


record_id = _bounded(1, LARGEST_ID, Message("an id is a number from 1 to {largest}", largest=LARGEST_ID))
"""An article or highlight id, as `carnet list` and `carnet highlights` show them."""
limit = _bounded(1, LARGEST_LIMIT, Message("give a number of hits from 1 to {largest}", largest=LARGEST_LIMIT))
offset = _bounded(0, LARGEST_OFFSET, Message("give a number of hits to skip from 0 to {largest}",
                                             largest=LARGEST_OFFSET))
occurrence = _bounded(1, LARGEST_OFFSET, Message("occurrences are counted from 1"))


def publication_date(text: str) -> str:
    """A date bound: a year, a month or a day (2024, 2024-01, 2024-01-24)."""
    try:
        return date_bound(text)
    except ToldError as error:
        raise argparse.ArgumentTypeError(str(error.message)) from None


def seconds(text: str) -> float:
    """A duration in seconds, more than 0 and at most a day."""
    try:
        value = float(text.strip())
    except ValueError:
        value = float("nan")
    if not 0 < value <= 86400:
        raise argparse.ArgumentTypeError(str(Message("'{text}' is not a number of seconds from 0.1 to 86400",
                                                     text=shown(text))))
    return value

"""Amounts of money in French and English text: "20 milliards d’euros", "2,1 milliards",
"cent millions d’euros", "$500 billion", "€1.5bn", "1 Md€", ranges ("entre 1 et 2
milliards d’euros") and conversions ("100 milliards de dollars (96 milliards d’euros)").

A number counts as an amount when a currency or a scale word goes with it, so years,
counts of chips and dates are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six ": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a hundred": 100, "one hundred": 100, "hundred": 100, "a thousand": 1000,
}
SCALES = {
    "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "millions": 1e6, "mio": 1e6, "mn": 1e6, "m": 1e6,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
    "mille": 1e3, "thousand": 1e3, "k": 1e3,
}
FRENCH_BILLION = 1e12  # in French, "un billion" is a million millions
CURRENCIES = {
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR",
    "dollar": "USD", "dollars": "USD", "$": "USD", "us$": "USD", "usd": "USD",
    "livre": "GBP", "livres": "GBP", "£": "GBP", "gbp": "GBP",
    "yuan": "CNY", "yuans": "CNY", "yen": "JPY", "yens": "JPY", "¥": "JPY",
    "franc suisse": "CHF", "francs suisses": "CHF", "chf": "CHF",
}
_SHORT_SCALES = {"m", "b", "k", "mn", "bn", "tn", "md", "mds"}  # only with a currency

_WORDS = "|".join(re.escape(w.strip()) for w in sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER = (r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?"
           rf"|(?i:\b(?:{_WORDS})\b))")
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_SUFFIX_CURRENCY = (r"euros?|€|eur\b|dollars?(?:\s+américains)?|\$|usd\b|livres(?:\s+sterling)?|£|gbp\b"
                    r"|yuans?|yens?|¥|francs\s+suisses|chf\b")
_PATTERN = re.compile(
    rf"(?:(?P<between>entre|between|from|de)\s+)?"
    rf"(?P<prefix>US\$|\$|€|£|¥|(?:EUR|USD|GBP|CHF)\s?)?"
    rf"(?<![\w.,])(?P<low>{_NUMBER})"
    rf"(?:\s*(?:-|–|à|et|to|and)\s*(?P<prefix2>US\$|\$|€|£)?(?P<high>{_NUMBER}))?"
    rf"(?:\s*(?P<scale>(?i:{_SCALE}))(?![\w])\.?)?"
    rf"(?:\s*(?:(?i:d[’']|de\s+|of\s+))?(?P<suffix>(?i:{_SUFFIX_CURRENCY})))?",
)
_CONVERSION = re.compile(r"\s*\(\s*(?:soit\s+|environ\s+|about\s+|≈\s*)?")


@dataclass(frozen=True)
class Amount:
    """An amount found in text: `value` in units of `currency` (ISO 4217, None when the
    text names none), `low`/`high` for a range, `converted` for an equivalent given in
    parentheses right after it."""

    start: int
    end: int
    text: str
    value: float
    currency: str | None
    low: float | None = None
    high: float | None = None
    converted: Amount | None = None


def find_amounts(text: str, *, language: str = "fr") -> list[Amount]:
    """Every amount of money in `text`, in order."""
    found: list[Amount] = []
    position = 0
    while True:
        amount = _next_amount(text, position, language)
        if amount is None:
            return found
        converted = _conversion(text, amount.end, language)
        if converted is not None:
            closing = text.find(")", converted.end)
            amount = Amount(amount.start, closing + 1, text[amount.start:closing + 1], amount.value,
                            amount.currency, amount.low, amount.high, converted)
        found.append(amount)
        position = amount.end


def _next_amount(text: str, position: int, language: str) -> Amount | None:
    for match in _PATTERN.finditer(text, position):
        amount = _amount(match, language)
        if amount is not None:
            return amount
    return None


def _conversion(text: str, end: int, language: str) -> Amount | None:
    opening = _CONVERSION.match(text, end)
    if not opening:
        return None
    inner = _next_amount(text, opening.end(), language)
    if inner is None or inner.start != opening.end() or not text[inner.end:].lstrip().startswith(")"):
        return None
    return inner


def _amount(match: re.Match, language: str) -> Amount | None:
    scale_word = (match.group("scale") or "").lower()
    currency_word = match.group("suffix") or match.group("prefix") or match.group("prefix2")
    currency = CURRENCIES.get(" ".join((currency_word or "").lower().split()).removesuffix(" américains")
                              .removesuffix(" sterling"))
    if scale_word in _SHORT_SCALES and currency is None:
        scale_word = ""
    if not scale_word and currency is None:
        return None
    scale = SCALES.get(scale_word, 1.0)
    if language == "fr" and scale_word in ("billion", "billions"):
        scale = FRENCH_BILLION
    low = _number(match.group("low"), language) * scale
    high = _number(match.group("high"), language) * scale if match.group("high") else None
    # "entre"/"de" belongs to the amount only when a range follows it.
    start = match.start() if high is not None or not match.group("between") else match.start(
        "prefix" if match.group("prefix") else "low")
    end = match.end() - match.group().endswith(".")  # not the full stop of the sentence
    text = match.string[start:end]
    if high is not None:
        return Amount(start, end, text, low, currency, low=low, high=high)
    return Amount(start, end, text, low, currency)


def _number(text: str, language: str) -> float:
    word = " ".join(text.lower().split())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    digits = text.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in digits.strip():
        digits = digits.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", digits) and (language == "en" or digits.count(",") > 1):
        return float(digits.replace(",", ""))
    return float(digits.replace(",", "."))

"""Imported by a file-reading worker before it says it has started (and preloaded in
the fork server, so that workers forked from it start warm): the language model and
the date parser load once here, so that no file's time budget pays for them."""

from __future__ import annotations

from app.importers.dates import parse_date
from app.importers.language import detect_language

detect_language("Carnet lit des articles de presse et les garde dans sa bibliothèque.")
parse_date("le 24 janvier 2024")

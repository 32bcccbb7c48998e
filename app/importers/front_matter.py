"""Front matter read with PyYAML's safe loader: folded and literal blocks, escapes,
lists and dates as YAML means them, no object built from a tag."""

from __future__ import annotations

import datetime

import yaml

from app.core.frontmatter import split_front_matter

FrontMatter = dict[str, "str | list[str]"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_front_matter(text: str) -> tuple[FrontMatter, str]:
    """Return the front matter fields of `text` (keys lower-cased, values as text or
    lists of text) and the text after the block.

    A block that is not a YAML mapping is not front matter: the text comes back whole.
    """
    source, rest = split_front_matter(text)
    if source is None:
        return {}, text
    try:
        # `yaml.load` with the safe loader: it builds only plain values, never objects.
        loaded = yaml.load(source, Loader=_LOADER) if source.strip() else {}  # noqa: S506
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):
        # PyYAML lets a plain ValueError out of an impossible date ("0000-00-00").
        return {}, text
    if not isinstance(loaded, dict):
        return {}, text
    fields: FrontMatter = {}
    for key, value in loaded.items():
        if isinstance(value, list):
            items = [text_value for item in value if (text_value := _scalar(item))]
            if items:
                fields[str(key).lower()] = items
        elif (text_value := _scalar(value)) is not None:
            fields[str(key).lower()] = text_value
    return fields, rest


def _scalar(value: object) -> str | None:
    # Nested mappings and lists are skipped: none of the fields read holds one, and an
    # alias-laden block would otherwise be expanded into text.
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value).strip() or None

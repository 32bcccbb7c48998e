"""The YAML front matter that note-taking tools put at the top of Markdown files.

Only the flat subset those tools write is read: `key: value`, quoted strings,
`[a, b]` lists and `- item` lists. Anything else is kept as plain text.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_KEY = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?P<value>.*))?$")
_ITEM = re.compile(r"\s*-\s+(?P<value>.*)$")

FrontMatter = dict[str, "str | list[str]"]


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """Return the front matter of `text` (keys lower-cased) and the text after it.

    Text without front matter comes back unchanged with an empty mapping.
    """
    match = _FENCE.match(text)
    if not match:
        return {}, text
    return _parse(match.group("yaml") or ""), text[match.end():]


def _parse(yaml: str) -> FrontMatter:
    fields: FrontMatter = {}
    current_key: str | None = None
    for line in yaml.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and current_key is not None:
            existing = fields.get(current_key)
            items = existing if isinstance(existing, list) else []
            items.append(_scalar(item.group("value")))
            fields[current_key] = items
            continue
        key = _KEY.match(line)
        if not key:
            continue
        current_key = key.group("key").lower()
        fields[current_key] = _value(key.group("value") or "")
    return fields


def _value(raw: str) -> str | list[str]:
    raw = _strip_comment(raw.strip())
    if raw.startswith("[") and raw.endswith("]"):
        return [_scalar(part) for part in _split_list(raw[1:-1]) if part.strip()]
    return _scalar(raw)


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        inner = raw[1:-1]
        return inner.replace("''", "'") if raw[0] == "'" else inner.replace('\\"', '"')
    return raw


def _strip_comment(raw: str) -> str:
    if raw[:1] in "\"'":
        return raw
    return re.split(r"\s#", raw, maxsplit=1)[0].rstrip()


def _split_list(raw: str) -> list[str]:
    parts, current, quote = [], [], ""
    for char in raw:
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == ",":
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts

"""The store's SQL, written for SQLite, in PostgreSQL's spelling.

The store and the services write their SQL once, in the subset both databases share;
the few SQLite spellings they use have one PostgreSQL counterpart each, rewritten here
(once per statement text: the result is cached). String literals are left as they are.
"""

from __future__ import annotations

import functools
import re

_IDENTITY_TABLES = frozenset({"articles", "highlights", "tags", "feeds", "article_images", "members"})
"""Tables whose rows get an id of the database's choosing: an insert returns it."""

_LITERAL = re.compile(r"'(?:[^']|'')*'")
_REWRITES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(pattern, re.IGNORECASE), replacement) for
                                                       pattern, replacement in (
    (r"\bifnull\(", "coalesce("),
    (r"\bgroup_concat\(", "string_agg("),
    (r"\bchar\((\d+)\)", r"chr(\1)"),
    (r"\binstr\(", "strpos("),
    (r"\bLIMIT -1\b", "LIMIT ALL"),
    # json_each(?) over a JSON array: its elements, as text, in a column named value.
    (r"\bjson_each\(\?\)", "json_array_elements_text(?::json) AS value"),
    (r"\bCAST\((\w+) AS INTEGER\)", r"CAST(\1 AS bigint)"),
))
_JSON_EXTRACT = re.compile(r"\bjson_extract\((\w+), '\$\.([\w.]+)'\)", re.IGNORECASE)
"""json_extract(column, '$.a.b') of the JSON text kept in a column."""
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)


def _json_path(match: re.Match) -> str:
    column, path = match.group(1), match.group(2).split(".")
    steps = "".join(f" -> '{step}'" for step in path[:-1])
    return f"({column}::jsonb{steps} ->> '{path[-1]}')"


@functools.lru_cache(maxsize=2048)
def to_postgres(sql: str) -> str:
    """`sql` as PostgreSQL reads it: `%s` placeholders, `%` doubled, and the SQLite-only
    spellings the store uses replaced by their PostgreSQL counterparts."""
    ignore = bool(_INSERT_OR_IGNORE.match(sql))
    if ignore:
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql, count=1)
    sql = _JSON_EXTRACT.sub(_json_path, sql)
    pieces, at = [], 0
    for literal in _LITERAL.finditer(sql):
        pieces.append(_rewrite_code(sql[at:literal.start()]))
        pieces.append(literal.group().replace("%", "%%"))
        at = literal.end()
    pieces.append(_rewrite_code(sql[at:]))
    text = "".join(pieces)
    if ignore:
        text = text.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return text


def _rewrite_code(code: str) -> str:
    code = code.replace("%", "%%")
    for pattern, replacement in _REWRITES:
        code = pattern.sub(replacement, code)
    return code.replace("?", "%s")


def returns_new_id(sql: str) -> bool:
    """Whether `sql` inserts one row into a table with generated ids and does not say
    `RETURNING` already: then it is asked to return the id, as SQLite's lastrowid gives."""
    insert = _INSERT_INTO.match(sql)
    lowered = sql.lower()
    return (insert is not None and insert.group(1).lower() in _IDENTITY_TABLES
            and "returning" not in lowered and re.search(r"\bvalues\b", lowered) is not None)

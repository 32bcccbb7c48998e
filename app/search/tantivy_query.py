"""An FTS5 match expression, as `app.search.query_plan` writes it, translated into a
Tantivy query over the same analysed terms (for `app.search.derived_index`)."""

from __future__ import annotations

import re

_TOKEN = re.compile(r'\s*(?:("(?:[^"]|"")*")|(\()|(\))|(:)|(\*)|([A-Za-z_]+))')


class MatchTranslator:
    """An FTS5 match expression (quoted strings, `*` after a string for a prefix,
    `column : …`, brackets, AND, OR, NOT: what `app.search.query_plan` writes) as a
    Tantivy query over the same analysed terms, each column boosted as bm25 weighs it."""

    def __init__(self, tantivy, schema, text: str, fields: dict[str, float]) -> None:
        self._tantivy, self._schema, self._fields = tantivy, schema, fields
        self._tokens = self._tokenise(text)
        self._at = 0

    @staticmethod
    def _tokenise(text: str) -> list[tuple[str, str]]:
        tokens, at = [], 0
        while at < len(text):
            if text[at:].strip() == "":
                break
            match = _TOKEN.match(text, at)
            if not match:
                raise ValueError(f"cannot read the match expression at {at}: {text!r}")
            kind = ("string", "(", ")", ":", "*", "word")[match.lastindex - 1]
            value = match.group(match.lastindex)
            tokens.append((kind, value[1:-1].replace('""', '"') if kind == "string" else value))
            at = match.end()
        return tokens

    def _peek(self) -> tuple[str, str] | None:
        return self._tokens[self._at] if self._at < len(self._tokens) else None

    def _take(self) -> tuple[str, str]:
        token = self._tokens[self._at]
        self._at += 1
        return token

    def query(self):
        query = self._or(tuple(self._fields))
        if self._peek() is not None:
            raise ValueError(f"unexpected {self._peek()!r}")
        return query

    def _is_word(self, word: str) -> bool:
        token = self._peek()
        return token is not None and token == ("word", word)

    def _or(self, fields):
        parts = [self._and(fields)]
        while self._is_word("OR"):
            self._take()
            parts.append(self._and(fields))
        return parts[0] if len(parts) == 1 else self._any(parts)

    def _and(self, fields):
        parts = [self._not(fields)]
        while self._is_word("AND"):
            self._take()
            parts.append(self._not(fields))
        return parts[0] if len(parts) == 1 else self._all(parts)

    def _not(self, fields):
        first = self._primary(fields)
        banned = []
        while self._is_word("NOT"):
            self._take()
            banned.append(self._primary(fields))
        return self._but(first, banned) if banned else first

    # What the parsed parts become (a subclass may write another query language).

    def _any(self, parts):
        return self._boolean([(self._tantivy.Occur.Should, part) for part in parts])

    def _all(self, parts):
        return self._boolean([(self._tantivy.Occur.Must, part) for part in parts])

    def _but(self, first, banned):
        Occur = self._tantivy.Occur
        return self._boolean([(Occur.Must, first)] + [(Occur.MustNot, part) for part in banned])

    def _primary(self, fields):
        kind, value = self._take()
        if kind == "(":
            inner = self._or(fields)
            if self._take()[0] != ")":
                raise ValueError("a bracket is not closed")
            return inner
        if kind == "word" and self._peek() is not None and self._peek()[0] == ":":
            self._take()
            if value not in self._fields:
                raise ValueError(f"no column {value}")
            return self._primary((value,))
        if kind != "string":
            raise ValueError(f"unexpected {value!r}")
        prefix = self._peek() is not None and self._peek()[0] == "*"
        if prefix:
            self._take()
        return self._words(value.split(), fields, prefix)

    def _words(self, words: list[str], fields, prefix: bool):
        Query = self._tantivy.Query
        per_field = []
        for name in fields:
            if prefix and len(words) == 1:
                query = Query.regex_query(self._schema, name, re.escape(words[0]) + ".*")
            elif prefix:
                query = Query.phrase_prefix_query(self._schema, name, words)
            elif len(words) == 1:
                query = Query.term_query(self._schema, name, words[0])
            else:
                query = Query.phrase_query(self._schema, name, words)
            per_field.append(Query.boost_query(query, self._fields[name]) if self._fields[name] != 1.0 else query)
        if len(per_field) == 1:
            return per_field[0]
        return self._boolean([(self._tantivy.Occur.Should, q) for q in per_field])

    def _boolean(self, parts):
        return self._tantivy.Query.boolean_query(parts)

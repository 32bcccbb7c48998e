"""Reading what the user typed with Whoosh's query language, and saying what is wrong.

Whoosh's parser forgives everything (an unclosed quote becomes a word, `(((` nothing),
so the structure is checked first and a mistake is reported with its position. A query
longer than `MAX_QUERY_LENGTH` characters or nesting brackets deeper than `MAX_NESTING`
never reaches the parser: Whoosh takes seconds over a very long word and recurses once
per bracket.
"""

from __future__ import annotations

import functools
import re

from whoosh import qparser
from whoosh.qparser import syntax
from whoosh.analysis import LowercaseFilter, RegexTokenizer
from whoosh.fields import ID, TEXT, Schema
from whoosh.query import NullQuery, Query

from app.core.messages import Message
from app.search.analysis import COMPOUND_PATTERN
from app.search.errors import QuerySyntaxError

MAX_QUERY_LENGTH = 1_000
MAX_NESTING = 20
TEXT_FIELDS = ("text", "title", "source")
FILTER_FIELDS = ("tag", "lang", "date")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
_WORD_START = r"(?:^|(?<=[\s(]))"
_BANNED_WORD = re.compile(_WORD_START + r"-(?=\S)")


@functools.cache
class _NestedPlusMinusPlugin(qparser.PlusMinusPlugin):
    """Whoosh sorts + and - words into required and banned ones only at the top of the
    query, and fails on a `-word` in brackets; this sorts them inside brackets too."""

    def do_plusminus(self, parser, group):
        for index, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[index] = self.do_plusminus(parser, node)
        sorted_group = super().do_plusminus(parser, group)
        if isinstance(sorted_group, syntax.AndNotGroup) and not sorted_group[0]:
            everything = qparser.WildcardPlugin.WildcardNode("*")  # "-word" alone: all but that word
            everything.startchar, everything.endchar = group.startchar, group.startchar
            sorted_group[0] = syntax.AndGroup([everything])
        return sorted_group


def _parser() -> qparser.QueryParser:
    # Words are only split and lower-cased here (a hyphenated word stays one word); each
    # language's analysis comes later, so one query can be stemmed in every language.
    words = RegexTokenizer(COMPOUND_PATTERN) | LowercaseFilter()
    schema = Schema(
        **{name: TEXT(analyzer=words, multitoken_query="phrase") for name in TEXT_FIELDS},
        **{name: ID() for name in FILTER_FIELDS},
    )
    parser = qparser.QueryParser("text", schema)
    parser.remove_plugin_class(qparser.SingleQuotePlugin)  # apostrophes are French text
    parser.add_plugin(qparser.FuzzyTermPlugin())
    # + and - mark required and banned words only at the start of a word: "2024-01-24"
    # and "AI-factories" keep their hyphens.
    parser.add_plugin(_NestedPlusMinusPlugin(plusexpr=_WORD_START + r"\+(?=\S)",
                                             minusexpr=_BANNED_WORD.pattern))
    return parser


def parse_query(text: str) -> Query:
    """Parse `text` into a Whoosh query, or raise `QuerySyntaxError` saying where it is wrong."""
    if len(text) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(Message("the query is {length} characters long: a query holds at most {limit}",
                                       length=len(text), limit=MAX_QUERY_LENGTH),
                               query=text[:MAX_QUERY_LENGTH], position=None)
    text = _CONTROL_CHARACTERS.sub(" ", text)  # a NUL would end FTS5's reading of the query
    _check_structure(text)
    query = _parser().parse(text)
    if query is NullQuery:
        raise QuerySyntaxError(Message("nothing to search for: type a word"), query=text)
    return query


_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TOKEN_SCAN = re.compile(r'"|\(|\)|\[|\]|\{|\}|[^\s"()\[\]{}]+')
_FIELD_PREFIX = re.compile(r"(\w+):(?!//)")


def _check_structure(text: str) -> None:
    if not text.strip():
        raise QuerySyntaxError(Message("nothing to search for: type a word"), query=text)
    opened: list[tuple[str, int]] = []
    quote_at: int | None = None
    words: list[tuple[str, int]] = []
    for match in _TOKEN_SCAN.finditer(text):
        token, position = match.group(), match.start()
        if token == '"':
            quote_at = None if quote_at is not None else position
            words.append(("WORD", position))
            continue
        if quote_at is not None:
            continue
        if token in "([{":
            opened.append((token, position))
            if len(opened) > MAX_NESTING:
                raise QuerySyntaxError(Message("brackets nest {depth} deep here: a query nests them at most "
                                               "{limit} deep", depth=len(opened), limit=MAX_NESTING),
                                       query=text, position=position)
        elif token in ")]}":
            expected = {")": "(", "]": "[", "}": "{"}[token]
            if not opened or opened[-1][0] != expected:
                raise QuerySyntaxError(Message("'{bracket}' closes nothing", bracket=token),
                                       query=text, position=position)
            opened.pop()
        else:
            field = _FIELD_PREFIX.match(token)
            if field and field.group(1).lower() not in TEXT_FIELDS + FILTER_FIELDS:
                known = ", ".join(f"{name}:" for name in TEXT_FIELDS[1:] + FILTER_FIELDS)
                raise QuerySyntaxError(
                    Message("unknown field '{field}:' (known fields: {known})", field=field.group(1), known=known),
                    query=text, position=position,
                )
            words.append((token if token in _OPERATORS else "WORD", position))
    if quote_at is not None:
        raise QuerySyntaxError(Message('this quote is never closed: add a closing "'),
                               query=text, position=quote_at)
    if opened:
        bracket, position = opened[-1]
        closing = {"(": ")", "[": "]", "{": "}"}[bracket]
        problem = Message("'{bracket}' is never closed: add '{closing}'", bracket=bracket, closing=closing)
        raise QuerySyntaxError(problem, query=text, position=position)
    _check_operators(text, words)


def _check_operators(text: str, words: list[tuple[str, int]]) -> None:
    for index, (word, position) in enumerate(words):
        if word == "WORD":
            continue
        before = index > 0 and words[index - 1][0] == "WORD"
        after = index + 1 < len(words) and words[index + 1][0] in ("WORD", "NOT")
        if word == "NOT" and not (index + 1 < len(words) and words[index + 1][0] == "WORD"):
            raise QuerySyntaxError(Message("NOT needs a word after it"), query=text, position=position)
        if word != "NOT" and not (before and after):
            raise QuerySyntaxError(Message("{operator} needs a word on each side", operator=word),
                                   query=text, position=position)

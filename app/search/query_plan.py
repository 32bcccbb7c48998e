"""Compiling a parsed Whoosh query into an FTS5 `MATCH` expression plus SQL filters.

Each word is analysed in every language some indexed text was analysed in and matches
when any of its forms is in the index; a word that is a stop word in one of those
languages constrains nothing. A hyphenated word matches its parts as a phrase or its
parts joined; two words typed apart also match the word they make together when the
library has it ("giga factories" finds "gigafactories"). Field filters that FTS5 cannot
answer (`tag:`, `lang:`, `date:`) become SQL over the articles table, aliased `a`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils
from whoosh import query as wq

from app.core.messages import Message
from app.core.tags import tag_key
from app.search.analysis import DEFAULT_QUERY_LANGUAGES, STEMMED_LANGUAGES, compound_variants, normalise_word
from app.search.bulk_analysis import index_terms
from app.search.errors import QuerySyntaxError
from app.search.index import ARTICLE_INDEX, analysers_in_use
from app.search.team_search import article_tsquery
from app.search.vocabulary import fuzzy_words, wildcard_words
from app.store.team import is_team_database


NO_FILTER = "TRUE"
"""A plan's `where` when no filter applies."""
TEXT_MATCHES = f"a.id IN (SELECT rowid FROM {ARTICLE_INDEX} WHERE {ARTICLE_INDEX} MATCH ?)"
"""A filter on the articles' text inside a plan's `where`, its match expression a parameter."""


@dataclass(frozen=True)
class SearchPlan:
    """What to ask SQLite. `match` is None when only filters apply; `highlight_match` is
    the same expression for the highlight index when it has no column filters."""

    match: str | None
    where: str
    params: tuple
    highlight_match: str | None
    terms: frozenset[str]
    prefixes: frozenset[str]
    tag_keys: tuple[str, ...]
    matches_nothing: bool = False
    related: tuple[tuple[str, frozenset[str]], ...] = ()
    """Words the library holds that a query word begins, searched too because that word
    matched fewer than `related_below` articles: (the word, folded; the terms it added)."""


class _All:
    """No constraint (a stop word, `*`)."""


class _Nothing:
    """Nothing can match (a fuzzy word with no neighbour in the library)."""


@dataclass(frozen=True)
class _Fts:
    expr: str
    has_columns: bool = False


@dataclass(frozen=True)
class _Sql:
    sql: str
    params: tuple = ()


@dataclass(frozen=True)
class _Mixed:
    fts: _Fts
    sql: _Sql


@dataclass(frozen=True)
class _Not:
    node: object


ALL, NOTHING = _All(), _Nothing()

_COLUMN_OF_FIELD = {"text": None, "title": "title", "source": "source"}
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_LANGUAGE = re.compile(r"[a-z]{2,3}")


RELATED_WORDS_BELOW = 1
"""A word that matches fewer articles than this also searches the library's words it
begins (`souverain` also finds "souveraineté"); 0 turns that off. Measured on judged
queries (bench/search_relevance.py): widening words that match nothing costs no
precision; widening those that match fewer than 3 articles too cost 12 points of
precision at 10 on a realistic corpus for 20 points of recall, so it is not done."""
RELATED_WORDS_MIN_CHARS = 5
RELATED_WORDS_SHORTENED_FROM = 8
RELATED_WORDS_MAX = 20


def compile_query(parsed: wq.Query, *, db: sqlite_utils.Database, text: str,
                  related_below: int = RELATED_WORDS_BELOW) -> SearchPlan:
    """Turn a parsed query into a plan; raise `QuerySyntaxError` for values that make no sense.

    Words are analysed only in the languages some indexed text was analysed in: a form
    no article can hold would only slow the search down. A plain word that matches
    fewer than `related_below` articles is widened to the words it begins (see
    `SearchPlan.related`).
    """
    languages = tuple(sorted(analysers_in_use(db))) or DEFAULT_QUERY_LANGUAGES
    return _Compiler(db, text, languages, related_below=related_below).plan(parsed)


@dataclass
class _Compiler:
    db: sqlite_utils.Database
    text: str
    languages: tuple[str, ...]
    terms: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    tag_keys: list[str] = field(default_factory=list)
    asks_for_everything: bool = False
    related_below: int = RELATED_WORDS_BELOW
    related: dict[str, frozenset[str]] = field(default_factory=dict)

    def plan(self, parsed: wq.Query) -> SearchPlan:
        node = self.node(parsed)
        if node is ALL and not self.asks_for_everything:
            node = NOTHING  # only stop words: like any search engine, find nothing
        match, where, params, has_columns = None, NO_FILTER, (), False
        if isinstance(node, _Fts):
            match, has_columns = node.expr, node.has_columns
        elif isinstance(node, _Mixed):
            match, has_columns = node.fts.expr, node.fts.has_columns
            where, params = node.sql.sql, node.sql.params
        elif isinstance(node, (_Sql, _Not)):
            where, params = _as_sql(node).sql, _as_sql(node).params
        return SearchPlan(
            match=match,
            where=where,
            params=params,
            highlight_match=match if match and not has_columns else None,
            terms=frozenset(self.terms),
            prefixes=frozenset(self.prefixes),
            tag_keys=tuple(self.tag_keys),
            matches_nothing=isinstance(node, _Nothing),
            related=tuple(self.related.items()),
        )

    def node(self, q: wq.Query):
        if isinstance(q, wq.AndNot):
            return self.conjunction([q.a, wq.Not(q.b)])
        if isinstance(q, wq.AndMaybe):  # the optional part only ranks in Whoosh
            return self.node(q.a)
        if isinstance(q, wq.And):
            return self.conjunction(q.subqueries)
        if isinstance(q, wq.Or):
            return self.disjunction(q.subqueries)
        if isinstance(q, wq.Not):
            inner = self.node(q.query)
            return NOTHING if inner is ALL else ALL if inner is NOTHING else _Not(inner)
        if isinstance(q, wq.Every):
            self.asks_for_everything = True
            return ALL
        if q.fieldname in ("tag", "lang", "date"):
            return self.filter(q)
        column = _COLUMN_OF_FIELD[q.fieldname]
        if isinstance(q, wq.FuzzyTerm):
            return self.words(column, self.fuzzy_forms(q))
        if isinstance(q, wq.Term):
            return self.term(column, q.text)
        if isinstance(q, wq.Phrase):
            return self.phrase(column, q.words)
        if isinstance(q, wq.Prefix):
            return self.prefix(column, q.text)
        if isinstance(q, wq.Wildcard):
            return self.words(column, self.expanded(wildcard_words(self.db, normalise_word(q.text))))
        if isinstance(q, wq.TermRange):
            raise self.error(Message("ranges work only with date: (as in date:[2024-01 TO 2025-02])"), q.fieldname)
        raise self.error(Message("this kind of query is not supported: {query}", query=q), q.fieldname)

    # Words and phrases

    def term(self, column: str | None, word: str):
        """One typed word: any of its forms, in every language (phrases for the parts of a
        hyphenated word)."""
        variants = set()
        for language in self.languages:
            analysed = compound_variants(word, language)
            if not analysed:
                if language in STEMMED_LANGUAGES:
                    return ALL
                continue
            variants.update(analysed)
        if not variants:
            return NOTHING
        variants |= {(form,) for form in self.related_forms(column, word, variants)}
        for variant in variants:
            self.terms.update(variant)
        expr = " OR ".join(_quoted(" ".join(variant)) for variant in sorted(variants))
        return _column(column, f"({expr})")

    def related_forms(self, column: str | None, word: str, variants: set[tuple[str, ...]]) -> set[str]:
        """The forms of the library's words that `word` begins (or, when it matches nothing,
        begins without its last letter), when its own forms match fewer than
        `related_below` articles; each word that adds a form is recorded in `related`."""
        typed = normalise_word(word)  # a hyphenated word joined
        if self.related_below <= 0 or len(typed) < RELATED_WORDS_MIN_CHARS or not typed.isalpha():
            return set()
        own = {variant[0] for variant in variants if len(variant) == 1}
        expr = _column(column, "(" + " OR ".join(_quoted(" ".join(v)) for v in sorted(variants)) + ")").expr
        matching = self.count_matching(expr, self.related_below)
        if matching >= self.related_below:
            return set()
        # A long word that matches nothing also without its last letter, but then only to a
        # word of about its length ("gigafactory" begins no word, "gigafactor" begins
        # "gigafactories"; "printt" must not become every print…). A related word's form
        # must be as long as that: "transformed" must not widen to "transforme", stemmed
        # "transform".
        shortest = len(typed) - 1
        library_words = set(wildcard_words(self.db, typed + "*"))
        if matching == 0 and len(typed) >= RELATED_WORDS_SHORTENED_FROM:
            library_words.update(w for w in wildcard_words(self.db, typed[:-1] + "*")
                                 if len(typed) <= len(w) <= len(typed) + 2)
        added: set[str] = set()
        for library_word in sorted(library_words):
            forms = {form for form in self.expanded([library_word]) if len(form) >= shortest} - own - added
            if forms and len(self.related) < RELATED_WORDS_MAX:
                self.related[library_word] = frozenset(forms)
                added |= forms
        return added

    def count_matching(self, expr: str, most: int) -> int:
        """How many articles the match expression finds, counting up to `most`."""
        if is_team_database(self.db):
            sql, expr = "SELECT 1 FROM articles WHERE search @@ CAST(? AS tsquery) LIMIT ?", article_tsquery(expr)
        else:
            sql = f"SELECT 1 FROM {ARTICLE_INDEX} WHERE {ARTICLE_INDEX} MATCH ? LIMIT ?"
        return self.db.execute(f"SELECT count(*) FROM ({sql}) AS matching", [expr, most]).fetchone()[0]

    def forms(self, word: str) -> set[str] | None:
        """The analysed forms of one word, or None when it is a stop word."""
        forms = set()
        for language in self.languages:
            analysed = index_terms(word, language)
            if not analysed:
                if language in STEMMED_LANGUAGES:
                    return None
                continue
            forms.update(analysed)
        return forms

    def expanded(self, words: list[str]) -> set[str]:
        forms = set()
        for word in words:
            for language in self.languages:
                forms.update(index_terms(word, language))
        return forms

    def fuzzy_forms(self, q: wq.FuzzyTerm) -> set[str]:
        word = normalise_word(q.text)
        neighbours = fuzzy_words(self.db, word, max_distance=q.maxdist, prefix=max(1, q.prefixlength))
        return self.expanded(neighbours) | (self.forms(q.text) or set())

    def words(self, column: str | None, forms: set[str] | None):
        if forms is None:
            return ALL
        if not forms:
            return NOTHING
        self.terms.update(forms)
        expr = " OR ".join(_quoted(form) for form in sorted(forms))
        return _column(column, f"({expr})")

    def phrase(self, column: str | None, words: list[str]):
        variants = set()
        for language in self.languages:
            analysed = compound_variants(" ".join(words), language, in_phrase=True)
            if not analysed and language in STEMMED_LANGUAGES:
                return ALL
            for variant in analysed:
                variants.add(" ".join(variant))
                self.terms.update(variant)
        if not variants:
            return NOTHING
        expr = " OR ".join(_quoted(variant) for variant in sorted(variants))
        return _column(column, f"({expr})")

    def prefix(self, column: str | None, text: str):
        stem_start = normalise_word(text)
        self.prefixes.add(stem_start)
        # Stems can be shorter than the typed start ("investissem*" is stemmed
        # "invest"), so the words it starts are stemmed and matched too.
        forms = self.expanded(wildcard_words(self.db, stem_start + "*"))
        self.terms.update(forms)
        parts = [_quoted(stem_start) + "*"] + [_quoted(form) for form in sorted(forms)]
        return _column(column, f"({' OR '.join(parts)})")

    # Filters answered by SQL

    def filter(self, q: wq.Query):
        name = q.fieldname
        value = " ".join(q.words) if isinstance(q, wq.Phrase) else getattr(q, "text", None)
        if name == "date":
            if isinstance(q, wq.TermRange):
                low = self.date_bounds(q.start)[0] if q.start else None
                high = self.date_bounds(q.end)[1] if q.end else None
            else:
                low, high = self.date_bounds(value)
            clauses, params = ["a.published IS NOT NULL"], []
            if low:
                clauses.append("a.published >= ?")
                params.append(low)
            if high:
                clauses.append("a.published < ?")
                params.append(high)
            return _Sql(" AND ".join(clauses), tuple(params))
        if not isinstance(value, str) or not value:
            raise self.error(Message("{field}: needs a value", field=name), name)
        if name == "lang":
            if not _LANGUAGE.fullmatch(value):
                raise self.error(Message("lang: '{value}' is not a language code (use fr, en …)", value=value), name)
            return _Sql("a.language = ?", (value,))
        key = tag_key(value)
        self.tag_keys.append(key)
        return _Sql(
            "a.id IN (SELECT h.article_id FROM highlights h "
            "JOIN highlight_tags ht ON ht.highlight_id = h.id "
            "JOIN tags t ON t.id = ht.tag_id WHERE t.name_key = ?)",
            (key,),
        )

    def date_bounds(self, value: str | None) -> tuple[str, str]:
        """The first instant of a year, month or day, and the first after it."""
        match = _DATE.fullmatch(value or "")
        try:
            if not match:
                raise ValueError
            year, month, day = (int(part) if part else None for part in match.groups())
            start = date(year, month or 1, day or 1)
        except ValueError:
            raise self.error(
                Message("date: '{value}' is not a date (use 2024, 2024-01 or 2024-01-24)", value=value), "date"
            ) from None
        if day:
            end = date.fromordinal(start.toordinal() + 1).isoformat()
            return start.isoformat(), end
        if month:
            end = f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"
            return f"{year}-{month:02d}", end
        return f"{year}", f"{year + 1}"

    # Combining

    def conjunction(self, subqueries, *, join_neighbours: bool = True):
        nodes = self.joined_neighbours(subqueries) if join_neighbours else [self.node(q) for q in subqueries]
        if any(node is NOTHING for node in nodes):
            return NOTHING
        nodes = [node for node in nodes if node is not ALL]
        positive = [n for n in nodes if isinstance(n, _Fts)]
        negative = [n.node for n in nodes if isinstance(n, _Not) and isinstance(n.node, _Fts)]
        sql = [_as_sql(n) for n in nodes if not isinstance(n, _Fts)
               and not (isinstance(n, _Not) and isinstance(n.node, _Fts))]
        fts = None
        if positive:
            expr = " AND ".join(f"({n.expr})" for n in positive)
            expr += "".join(f" NOT ({n.expr})" for n in negative)
            fts = _Fts(expr, any(n.has_columns for n in positive + negative))
        else:
            sql += [_as_sql(_Not(n)) for n in negative]
        if not sql:
            return fts or ALL
        joined = _Sql(" AND ".join(f"({s.sql})" for s in sql), tuple(p for s in sql for p in s.params))
        return _Mixed(fts, joined) if fts else joined

    def joined_neighbours(self, subqueries) -> list:
        """The nodes of a conjunction's words, where two words typed one after the other
        also match the one word they make together, when the library holds it."""
        nodes, index = [], 0
        while index < len(subqueries):
            first = subqueries[index]
            second = subqueries[index + 1] if index + 1 < len(subqueries) else None
            if (second is not None and type(first) is wq.Term and type(second) is wq.Term
                    and first.fieldname == second.fieldname and first.fieldname in _COLUMN_OF_FIELD
                    and self.is_library_word(normalise_word(first.text + second.text))):
                apart = self.conjunction([first, second], join_neighbours=False)
                together = self.node(wq.Term(first.fieldname, first.text + second.text))
                nodes.append(self.either(apart, together))
                index += 2
                continue
            nodes.append(self.node(first))
            index += 1
        return nodes

    def is_library_word(self, word: str) -> bool:
        return self.db.execute("SELECT 1 FROM search_words WHERE word = ?", [word]).fetchone() is not None

    def either(self, first, second):
        if first is ALL or second is ALL:
            return ALL
        if first is NOTHING:
            return second
        if second is NOTHING:
            return first
        if isinstance(first, _Fts) and isinstance(second, _Fts):
            return _Fts(f"({first.expr}) OR ({second.expr})", first.has_columns or second.has_columns)
        return _Sql(f"({_as_sql(first).sql}) OR ({_as_sql(second).sql})",
                    _as_sql(first).params + _as_sql(second).params)

    def disjunction(self, subqueries):
        nodes = [self.node(q) for q in subqueries]
        if any(node is ALL for node in nodes):
            return ALL
        nodes = [node for node in nodes if node is not NOTHING]
        if not nodes:
            return NOTHING
        if all(isinstance(node, _Fts) for node in nodes):
            return _Fts(" OR ".join(f"({n.expr})" for n in nodes), any(n.has_columns for n in nodes))
        sql = [_as_sql(node) for node in nodes]
        return _Sql(" OR ".join(f"({s.sql})" for s in sql), tuple(p for s in sql for p in s.params))

    def error(self, message: Message, fieldname: str) -> QuerySyntaxError:
        position = self.text.lower().find(f"{fieldname}:")
        return QuerySyntaxError(message, query=self.text, position=position if position >= 0 else None)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _column(column: str | None, expr: str) -> _Fts:
    return _Fts(f"{column} : {expr}", True) if column else _Fts(expr)


def _as_sql(node) -> _Sql:
    if isinstance(node, _Sql):
        return node
    if isinstance(node, _Fts):
        return _Sql(TEXT_MATCHES, (node.expr,))
    if isinstance(node, _Mixed):
        fts, sql = _as_sql(node.fts), node.sql
        return _Sql(f"({fts.sql}) AND ({sql.sql})", fts.params + sql.params)
    if isinstance(node, _Not):
        inner = _as_sql(node.node)
        return _Sql(f"NOT ({inner.sql})", inner.params)
    if node is NOTHING:
        return _Sql("FALSE")
    return _Sql(NO_FILTER)

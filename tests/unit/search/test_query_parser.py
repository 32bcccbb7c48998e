import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.search.errors import QuerySyntaxError
from app.search.query_parser import parse_query
from app.search.query_plan import compile_query
from app.store.database import open_database
from app.search.index import create_index_tables
from app.store.schema import migrate

QUERY_PIECES = st.sampled_from(
    ['usine', 'l’usine', '"', '(', ')', '[', ']', 'AND', 'OR', 'NOT', '-', '+', '*', '~', '~2', ':',
     'title:', 'source:', 'tag:', 'date:', 'lang:', '2024', '2024-01', 'TO', 'été', "d'IA", '?', '^2',
     'zz', ' ', '  ', 'gigafact*', 'x~', '{', '}', '\\', "'"]
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("q") / "library.sqlite")
    migrate(db)
    create_index_tables(db)
    return db


def test_words_fields_and_operators_parse():
    assert repr(parse_query("usine")) == "Term('text', 'usine')"
    assert "Phrase('text', ['usines', 'd', 'ia']" in repr(parse_query('"usines d’IA"'))
    assert repr(parse_query("date:2024-01-24")) == "Term('date', '2024-01-24')"
    assert "AndNot" in repr(parse_query("usine -gigafactory"))
    assert "Not(" in repr(parse_query("-gigafactory"))


@given(st.lists(QUERY_PIECES, max_size=12).map("".join))
def test_any_input_parses_and_compiles_or_says_what_is_wrong(db, text):
    try:
        plan = compile_query(parse_query(text), db=db, text=text)
    except QuerySyntaxError as error:
        assert error.message
        assert error.position is None or 0 <= error.position < max(len(text), 1)
    else:
        if plan.match:
            db.execute("SELECT count(*) FROM article_index WHERE article_index MATCH ?", [plan.match])
        db.execute(f"SELECT count(*) FROM articles a WHERE {plan.where}", list(plan.params))


@given(st.text(max_size=40))
def test_arbitrary_text_never_raises_anything_else(db, text):
    try:
        plan = compile_query(parse_query(text), db=db, text=text)
    except QuerySyntaxError:
        return
    if plan.match:
        db.execute("SELECT count(*) FROM article_index WHERE article_index MATCH ?", [plan.match])


@pytest.fixture(scope="module")
def sample_search(tmp_path_factory):
    from app.services.library import open_library
    from app.services.searching import SearchService

    library = open_library(tmp_path_factory.mktemp("fuzz") / "library")
    yield SearchService(library, parallel_from=1, parts=2)
    library.close()


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(QUERY_PIECES, max_size=12).map("".join)))
def test_searching_the_samples_with_any_text_answers_or_says_what_is_wrong(sample_search, text):
    """The whole search, ranking slices in parallel and cutting snippets included."""
    try:
        page = sample_search.search(text, limit=3)
    except QuerySyntaxError as error:
        assert error.message
        return
    for hit in page.hits:
        for snippet in hit.snippets:
            assert all(0 <= start < end <= len(snippet.text) for start, end in snippet.marks)


def test_a_banned_word_in_brackets_means_everything_but_it():
    assert repr(parse_query("(-b)")) == "AndNot((Every('text', boost=1.0), Term('text', 'b')))"
    assert "AndNot((Term('text', 'gigafactory'), Term('text', 'sites')))" in repr(
        parse_query("usine (gigafactory -sites)"))


def test_not_needs_a_word_not_another_operator():
    with pytest.raises(QuerySyntaxError, match="NOT needs a word after it"):
        parse_query("NOT NOT usine")
    assert "Not(Term('text', 'b'))" in repr(parse_query("a AND NOT b"))


def test_control_characters_are_spaces(db):
    assert repr(parse_query("\x00*")) == repr(parse_query(" *"))
    plan = compile_query(parse_query("usine\x00gigafactory"), db=db, text="usine\x00gigafactory")
    db.execute("SELECT count(*) FROM article_index WHERE article_index MATCH ?", [plan.match])

import pytest
from hypothesis import given
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

import pytest

from app.search.errors import QuerySyntaxError
from app.search.query_parser import MAX_NESTING, MAX_QUERY_LENGTH, parse_query
from app.services.searching import SearchService
from tests.unit.cli.subprocess_runs import carnet, no_traceback


def test_a_query_over_the_length_limit_is_refused_before_parsing():
    parse_query("a" * MAX_QUERY_LENGTH)
    with pytest.raises(QuerySyntaxError, match=f"100000 characters long: a query holds at most {MAX_QUERY_LENGTH}"):
        parse_query("a" * 100_000)


def test_brackets_nested_over_the_limit_are_refused_where_the_limit_is_passed():
    parse_query("(" * MAX_NESTING + "usine" + ")" * MAX_NESTING)
    with pytest.raises(QuerySyntaxError, match=f"nest {MAX_NESTING + 1} deep here") as raised:
        parse_query("(" * 400 + "usine" + ")" * 400)
    assert raised.value.position == MAX_NESTING
    with pytest.raises(QuerySyntaxError, match="nest"):
        parse_query("[" * 30 + "x")


def test_the_search_service_answers_a_hostile_query_with_a_sentence(library):
    search = SearchService(library)
    for query in ("x" * 100_000, "(" * 1000 + "a" + ")" * 1000, "(" * 200 + "a" + ")" * 200):
        with pytest.raises(QuerySyntaxError):
            search.search(query)


def test_carnet_search_says_what_limit_a_query_passed(tmp_path):
    result = carnet(tmp_path / "lib", "search", "(" * 400 + "usine" + ")" * 400)
    assert result.returncode == 2 and no_traceback(result)
    assert "a query nests them at most 20 deep" in result.stderr
    result = carnet(tmp_path / "lib", "search", "a" * 100_000, timeout=30)
    assert result.returncode == 2 and no_traceback(result)
    assert "a query holds at most 1000" in result.stderr and len(result.stderr) < 2_000

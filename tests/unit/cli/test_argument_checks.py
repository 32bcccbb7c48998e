import pytest

from app.cli.main import main

from tests.unit.cli.subprocess_runs import carnet, no_traceback

HUGE_ID = str(2**66)


@pytest.mark.parametrize("argv, sentence", [
    (["search", "usine", "--offset", "9223372036854775808"], "argument --offset: 9223372036854775808 is out of range"),
    (["search", "usine", "--limit", "-5"], "argument --limit: -5 is out of range: give a number of hits from 1"),
    (["search", "usine", "--limit", "0"], "argument --limit: 0 is out of range"),
    (["show", HUGE_ID], f"argument ID: {HUGE_ID} is out of range: an id is a number from 1 to 9223372036854775807"),
    (["show", "0"], "argument ID: 0 is out of range"),
    (["note", HUGE_ID, "x"], f"argument HIGHLIGHT: {HUGE_ID} is out of range"),
    (["facts", "--article", HUGE_ID], f"argument --article: {HUGE_ID} is out of range"),
    (["highlights", "--article", HUGE_ID], f"argument --article: {HUGE_ID} is out of range"),
    (["highlight", HUGE_ID, "--quote", "x"], f"argument ARTICLE: {HUGE_ID} is out of range"),
    (["replace-text", HUGE_ID, "f.txt"], f"argument ARTICLE: {HUGE_ID} is out of range"),
    (["export", "--article", HUGE_ID], f"argument --article: {HUGE_ID} is out of range"),
    (["show", "1" * 400], "argument ID: 111111111111… (400 digits) is out of range"),
    (["show", "12a"], "argument ID: '12a' is not a whole number: an id is a number from 1 to"),
    (["highlight", "5", "--quote", "EuroHPC", "--occurrence", "0"], "--occurrence: 0 is out of range: occurrences are counted from 1"),
    (["export", "--since", "zzzz"], "--since: 'zzzz' is not a date: write a year, a month or a day"),
    (["export", "--since", "2025-13"], "--since: '2025-13' is not a date of the calendar"),
    (["export", "--until", "2024-02-30"], "--until: '2024-02-30' is not a date of the calendar"),
    (["export", "--until", "24-01"], "--until: '24-01' is not a date"),
])
def test_out_of_range_numbers_and_impossible_dates_are_one_sentence_and_exit_2(capsys, tmp_path, argv, sentence):
    with pytest.raises(SystemExit) as exit_info:
        main(["--library", str(tmp_path / "lib"), *argv])
    assert exit_info.value.code == 2
    assert sentence in capsys.readouterr().err
    assert not (tmp_path / "lib").exists()  # refused before any library was opened


def test_the_running_program_exits_2_with_the_sentence_and_no_traceback(tmp_path):
    for argv, sentence in [(["search", "usine", "--limit", "-5"], "--limit: -5 is out of range"),
                           (["show", HUGE_ID], f"{HUGE_ID} is out of range"),
                           (["export", "--since", "2025-13"], "'2025-13' is not a date of the calendar")]:
        result = carnet(tmp_path / "lib", *argv)
        assert result.returncode == 2 and no_traceback(result), result.stderr
        assert sentence in result.stderr and result.stderr.count("\n") <= 6


def test_tag_add_refuses_a_control_character_or_a_bad_colour(tmp_path):
    result = carnet(tmp_path / "lib", "tag", "add", "a\x1fb")
    assert result.returncode == 1 and no_traceback(result)
    assert "a tag name cannot hold control characters, line breaks or tabs ('a\\x1fb')" in result.stderr
    result = carnet(tmp_path / "lib", "tag", "add", "couleur", "--colour", "notacolour")
    assert result.returncode == 1 and "'notacolour' is not a colour: write it as #rrggbb" in result.stderr
    listing = carnet(tmp_path / "lib", "tag", "list")
    assert len(listing.stdout.splitlines()) == 3


def test_valid_dates_bounds_and_numbers_still_work(tmp_path):
    assert carnet(tmp_path / "lib", "export", "--since", "2024", "--until", "2024-01-24").returncode == 0
    assert carnet(tmp_path / "lib", "search", "usine", "--limit", "1", "--offset", "1").returncode == 0

"""`carnet suggest`, run as a user runs it: `python -m app` in a real process."""

import json

from tests.unit.cli.subprocess_runs import carnet, no_traceback


def test_suggest_lists_each_sentence_once_with_its_tags_under_its_article(tmp_path):
    result = carnet(tmp_path / "lib", "suggest", "--article", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "#2 L’UE crée enfin des usines d’IA"
    assert any("[sites, Commission]" in line for line in lines)
    assert lines[-1].endswith("tag proposals")


def test_suggest_json_with_a_tag_and_accept_a_trimmed_passage(tmp_path):
    lib = tmp_path / "lib"
    listed = json.loads(carnet(lib, "suggest", "--article", "2", "--tag", "sites", "--json").stdout)
    assert listed and all([t["name"] for t in s["tags"]] == ["sites"] for s in listed)
    first = listed[0]
    start = first["start"] + first["text"].index("L’UE")
    accepted = carnet(lib, "suggest", "--accept", f"2:{start}-{first['end']}:Commission,funding")
    assert accepted.returncode == 0, accepted.stderr
    [highlight] = json.loads(carnet(lib, "highlights", "--json").stdout)
    assert highlight["quote"] == first["text"][first["text"].index("L’UE"):]
    assert set(highlight["tags"]) == {"Commission", "funding"}
    again = json.loads(carnet(lib, "suggest", "--article", "2", "--json").stdout)
    assert first["start"] not in [s["start"] for s in again]  # highlighted: no longer proposed


def test_suggest_accept_all_highlights_every_one_listed(tmp_path):
    lib = tmp_path / "lib"
    listed = json.loads(carnet(lib, "suggest", "--article", "5", "--json").stdout)
    result = carnet(lib, "suggest", "--article", "5", "--accept-all")
    assert result.returncode == 0 and f"accepted {len(listed)} suggestions" in result.stdout
    stored = json.loads(carnet(lib, "highlights", "--json").stdout)
    assert sorted((h["start"], tuple(sorted(h["tags"]))) for h in stored) == sorted(
        (s["start"], tuple(sorted(t["name"] for t in s["tags"]))) for s in listed)


def test_bad_passages_and_unknown_tags_are_one_sentence(tmp_path):
    lib = tmp_path / "lib"
    malformed = carnet(lib, "suggest", "--accept", "2:ten")
    assert malformed.returncode == 2 and "is not a passage" in malformed.stderr and no_traceback(malformed)
    nowhere = carnet(lib, "suggest", "--accept", "2:0-99999")
    assert nowhere.returncode == 1 and "no suggestion of article 2 holds 0–99999" in nowhere.stderr
    unknown = carnet(lib, "suggest", "--tag", "nowhere")
    assert unknown.returncode == 1 and "no tag named 'nowhere'" in unknown.stderr and no_traceback(unknown)
    assert json.loads(carnet(lib, "highlights", "--json").stdout) == []

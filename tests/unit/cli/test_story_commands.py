"""`carnet story` and the stories in `carnet import` and `carnet search`, run as a user
would, in real `python -m app` processes on the near-duplicate corpus."""

from __future__ import annotations

import json

import pytest

from tests.story_corpus import build_corpus, write_corpus
from tests.unit.cli.subprocess_runs import carnet, no_traceback


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stories")
    write_corpus(folder / "corpus", build_corpus())
    imported = carnet(folder / "lib", "import", str(folder / "corpus"))
    assert imported.returncode == 0 and "35 imported" in imported.stdout, imported.stderr
    return folder / "lib"


def _stories(library) -> list[dict]:
    listed = carnet(library, "story", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_story_list_shows_each_dispatch_with_its_outlets(library):
    stories = _stories(library)
    # The five sample articles each lead the story of the copies made from them.
    assert len(stories) == 5 and all(len(story["articles"]) == 7 for story in stories)
    assert all(story["articles"][1]["source"] == "AFP" for story in stories)
    shown = carnet(library, "story", "list")
    assert shown.returncode == 0 and shown.stdout.count("story ") == 5 and "Les Echos" in shown.stdout


def test_split_then_join_from_the_command_line(library):
    story = _stories(library)[0]
    copy = story["articles"][3]["id"]
    split = carnet(library, "story", "split", str(copy))
    assert split.returncode == 0 and f"article {copy} now makes a story of its own" in split.stdout
    assert [len(s["articles"]) for s in _stories(library)][0] == 6
    again = carnet(library, "story", "split", str(copy))
    assert again.returncode == 1 and no_traceback(again)
    assert again.stderr.strip() == f"carnet: article {copy} is not grouped with any other"
    joined = carnet(library, "story", "join", str(copy), str(story["story"]))
    assert joined.returncode == 0 and joined.stdout.startswith(f"story {story['story']}: 7 articles")
    same = carnet(library, "story", "join", str(copy), str(story["story"]))
    assert same.returncode == 1 and "already one story" in same.stderr and no_traceback(same)


def test_story_commands_refuse_bad_ids_in_a_sentence(library):
    missing = carnet(library, "story", "split", "99999")
    assert missing.returncode == 1 and "no article with id 99999" in missing.stderr and no_traceback(missing)
    bad = carnet(library, "story", "join", "1", "-3")
    assert bad.returncode == 2 and no_traceback(bad)
    read_only = carnet(library, "--read-only", "story", "split", "7")
    assert read_only.returncode == 1 and no_traceback(read_only) and read_only.stderr.startswith("carnet: ")


def test_search_shows_a_story_once_with_its_other_outlets(library):
    found = carnet(library, "search", "EuroHPC", "--json")
    hits = json.loads(found.stdout)["hits"]
    stories = {s["story"]: {a["id"] for a in s["articles"]} for s in _stories(library)}
    story_of = {article_id: lead for lead, members in stories.items() for article_id in members}
    assert len(hits) == len({story_of.get(hit["id"], hit["id"]) for hit in hits})
    assert all(len(hit["also_in"]) == (6 if hit["id"] in story_of else 0) for hit in hits)
    assert any(hit["also_in"] for hit in hits)
    plain = carnet(library, "search", "EuroHPC")
    assert "also in: " in plain.stdout


def test_the_highlights_of_other_copies_are_listed_as_found_in_a_copy(library):
    story = _stories(library)[2]
    made_on, shown_on = story["articles"][1]["id"], story["articles"][2]["id"]
    body = carnet(library, "show", str(made_on)).stdout
    quote = max(body.split("\n"), key=len)[:40].strip()
    made = carnet(library, "highlight", str(made_on), "--quote", quote, "--occurrence", "1")
    assert made.returncode == 0, made.stderr
    listed = carnet(library, "story", "highlights", str(shown_on), "--json")
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert (row["from_article"], row["quote"]) == (made_on, quote)
    assert row["status"] in ("exact", "moved", "fuzzy", "orphan")
    plain = carnet(library, "story", "highlights", str(shown_on))
    assert f"of article {made_on}" in plain.stdout and row["status"] in plain.stdout
    none = carnet(library, "story", "highlights", str(made_on))
    assert "have no highlights" in none.stdout

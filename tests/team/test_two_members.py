"""Two members at work on one team library at once, each a PostgreSQL role of its own and a
process of its own: this test's process is alice, the command line started beside it bob
(or carol, a reader). What one may not see or write, the server refuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import psycopg
import pytest

from app.core.digest import DigestScope
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.exporting import ExportService
from app.services.library import open_library
from app.services.note_conflicts import NoteChangedSince
from app.services.searching import SearchService
from tests.team_members import ROOT, team_of_three


@pytest.fixture
def team(postgres_server, team_database, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield from team_of_three(postgres_server, team_database, tmp_path / "cache")


@pytest.fixture
def alice(team):
    library = open_library(team.uri("alice"))
    yield library
    library.close()


def _quote_span(library, quote: str) -> tuple[int, int]:
    article = ArticleService(library).summaries()[4]
    return article.id, *AnnotationService(library).find_quote(article.id, quote)


def _highlight(library, quote: str, note: str = "") -> int:
    article_id, start, end = _quote_span(library, quote)
    return AnnotationService(library).add_highlight(article_id=article_id, start=start, end=end, note=note).value.id


def test_highlights_made_at_once_by_two_members_are_all_kept_each_signed(team, alice):
    article_id = ArticleService(alice).summaries()[4].id
    bob = subprocess.Popen(
        [sys.executable, "-c", _BOB_HIGHLIGHTS, team.uri("bob"), str(article_id)], cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(team.cache)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    notes = AnnotationService(alice)
    mine = [notes.add_highlight(article_id=article_id, start=start, end=start + 5).value.id
            for start in range(0, 200, 10)]
    out, err = bob.communicate(timeout=120)
    assert bob.returncode == 0, err
    bobs = json.loads(out)
    assert len(bobs) == len(mine) == 20 and not set(bobs) & set(mine)
    with team.connect("carol") as carol:
        signed = dict(carol.execute("SELECT id, created_by FROM highlights").fetchall())
    assert {signed[i] for i in mine} == {team.role("alice")} and {signed[i] for i in bobs} == {team.role("bob")}


_BOB_HIGHLIGHTS = """
import json, sys
from app.services.annotating import AnnotationService
from app.services.library import open_library
library = open_library(sys.argv[1])
notes = AnnotationService(library)
made = [notes.add_highlight(article_id=int(sys.argv[2]), start=start, end=start + 5).value.id
        for start in range(5, 205, 10)]
library.close()
print(json.dumps(made))
"""


def test_a_note_saved_by_two_members_keeps_the_later_save_and_tells_each_whose_text_replaced_whose(team, alice):
    notes = AnnotationService(alice)
    highlight_id = _highlight(alice, "8 milliards d’euros", note="first")
    started_from = notes.note(highlight_id)  # alice opens the note's editor
    bob = team.carnet("bob", "note", str(highlight_id), "bob's reading", "--based-on", str(started_from.version))
    assert bob.returncode == 0, bob.stderr
    assert bob.stdout.startswith(f"highlight {highlight_id}, note version 1: ") and "conflict" not in bob.stdout
    saved = notes.set_note(highlight_id, "alice's reading", based_on=started_from.note)
    assert saved.value.note == "alice's reading" and saved.conflict.theirs.note == "bob's reading"
    assert str(saved.conflict.message()) == ("conflict: your version replaced bob's, saved meanwhile; theirs is "
                                             "kept in the note's history")
    # bob's side: his version 1 was replaced by a save that had not seen it.
    told = team.script("bob", _BOB_OVERWRITTEN.replace("HIGHLIGHT", str(highlight_id)))
    assert told.returncode == 0, told.stderr
    assert json.loads(told.stdout) == ["conflict: alice's version replaced yours; yours is kept in the note's "
                                       "history", "alice's reading", "bob's reading"]
    history = notes.note_history(highlight_id)
    assert [(kept.note, kept.written_by, kept.replaced_by, kept.unseen) for kept in history] == [
        ("first", team.role("alice"), team.role("bob"), False),
        ("bob's reading", team.role("bob"), team.role("alice"), True)]
    # bob edits once more; alice's undo of her edit would take his text back: refused.
    assert team.carnet("bob", "note", str(highlight_id), "bob, after reading alice").returncode == 0
    with pytest.raises(NoteChangedSince, match="^bob has changed this note since your edit"):
        notes.restore_note(highlight_id, saved.replaced.note, replacing_version=saved.version)
    assert notes.note(highlight_id).note == "bob, after reading alice"
    # The history is added to, never rewritten by an editor; it goes with its highlight.
    with team.connect("bob") as bob, pytest.raises(psycopg.errors.InsufficientPrivilege):
        bob.execute("UPDATE note_history SET note = 'rewritten'")
    notes.delete_highlight(highlight_id)
    with team.connect("carol") as carol:
        assert carol.execute("SELECT count(*) FROM note_history").fetchone()[0] == 0


def test_saves_of_one_note_racing_from_two_processes_take_turns_and_lose_no_text(team, alice):
    notes = AnnotationService(alice)
    highlight_id = _highlight(alice, "8 milliards d’euros", note="first")
    bob = subprocess.Popen([sys.executable, "-c", _BOB_SAVES, team.uri("bob"), str(highlight_id)], cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(team.cache)},
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert bob.stdout.readline() == "ready\n"  # bob's process is connected: both save from now on
    mine = [notes.set_note(highlight_id, f"alice {number}", based_on=0) for number in range(40)]
    out, err = bob.communicate(timeout=120)
    assert bob.returncode == 0, err
    versions = sorted([outcome.version for outcome in mine] + json.loads(out))
    assert versions == list(range(1, 81))  # each save its own version: none read a version another had taken
    texts = [kept.note for kept in notes.note_history(highlight_id)] + [notes.note(highlight_id).note]
    assert sorted(texts) == sorted(["first", *(f"alice {n}" for n in range(40)), *(f"bob {n}" for n in range(40))])


_BOB_SAVES = """
import json, sys
from app.services.annotating import AnnotationService
from app.services.library import open_library
library = open_library(sys.argv[1])
notes = AnnotationService(library)
notes.note(int(sys.argv[2]))
print("ready", flush=True)
print(json.dumps([notes.set_note(int(sys.argv[2]), f"bob {number}", based_on=0).version for number in range(40)]))
library.close()
"""


_BOB_OVERWRITTEN = """
import json, sys
from app.services.annotating import AnnotationService
from app.services.library import open_library
library = open_library(sys.argv[1])
conflict = AnnotationService(library).overwritten(HIGHLIGHT, 1)
print(json.dumps([str(conflict.message()), conflict.theirs.note, conflict.mine.note]))
library.close()
"""


def test_a_readers_writes_are_refused_by_the_server_in_one_sentence(team, alice):
    highlight_id = _highlight(alice, "8 milliards d’euros", note="first")
    for arguments in (["note", str(highlight_id), "carol's note"], ["note", str(highlight_id), "mine", "--private"],
                      ["highlight", "5", "--quote", "EuroHPC JU", "--occurrence", "1"]):
        refused = team.carnet("carol", *arguments)
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
        assert "may not make this change" in refused.stderr and "Traceback" not in refused.stderr
    with team.connect("carol") as carol, pytest.raises(psycopg.errors.InsufficientPrivilege):
        carol.execute("UPDATE highlights SET note = 'by hand' WHERE id = %s", [highlight_id])
    assert AnnotationService(alice).note(highlight_id).note == "first"


def test_a_private_note_is_seen_by_its_author_alone_even_through_sql_by_hand(team, alice):
    notes = AnnotationService(alice)
    highlight_id = _highlight(alice, "8 milliards d’euros", note="shared")
    notes.set_private_note(highlight_id, "zygomorphe, between us")
    assert notes.private_note(highlight_id).note == "zygomorphe, between us"
    # bob, by hand as his role: the rows are not there for him, and he cannot write them.
    by_hand = team.script("bob", _BOB_BY_HAND.replace("HIGHLIGHT", str(highlight_id)).replace(
        "ALICE", team.role("alice")))
    assert by_hand.returncode == 0, by_hand.stderr
    assert json.loads(by_hand.stdout) == {"seen": 0, "updated": 0, "deleted": 0, "forged": "InsufficientPrivilege",
                                          "own": 1}
    # …nor through Carnet: his list, search and digest show the shared note only.
    listed = team.carnet("bob", "highlights", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [item["note"] for item in json.loads(listed.stdout)] == ["shared"]
    assert "zygomorphe" not in team.carnet("bob", "export", "--format", "md", "-").stdout
    assert team.carnet("bob", "search", "zygomorphe").stdout.count("zygomorphe") == 0
    # alice still has hers, bob his own, apart.
    assert notes.private_note(highlight_id).note == "zygomorphe, between us"
    with team.connect("alice") as connection:
        assert connection.execute("SELECT author, note FROM private_notes").fetchall() == [
            (team.role("alice"), "zygomorphe, between us")]
    assert SearchService(alice).search("zygomorphe").hits == ()
    digest = ExportService(alice).render(DigestScope(), format="md", group_by="article", now="2026-01-01T00:00:00Z")
    assert "shared" in digest and "zygomorphe" not in digest


_BOB_BY_HAND = """
import json, sys
import psycopg
result = {}
with psycopg.connect(sys.argv[1]) as bob:
    result["seen"] = bob.execute("SELECT count(*) FROM private_notes").fetchone()[0]
    result["updated"] = bob.execute("UPDATE private_notes SET note = 'taken' WHERE highlight_id = HIGHLIGHT").rowcount
    result["deleted"] = bob.execute("DELETE FROM private_notes").rowcount
    try:
        with bob.transaction():
            bob.execute("INSERT INTO private_notes (highlight_id, author, note, created_at, modified_at) "
                        "VALUES (HIGHLIGHT, 'ALICE', 'forged', '', '')")
    except psycopg.Error as error:
        result["forged"] = type(error).__name__
    bob.execute("INSERT INTO private_notes (highlight_id, note, created_at, modified_at) "
                "VALUES (HIGHLIGHT, 'his own', '', '')")
    result["own"] = bob.execute("SELECT count(*) FROM private_notes").fetchone()[0]
print(json.dumps(result))
"""


def test_a_pushed_private_note_becomes_the_pushers_and_a_pull_brings_back_ones_own_alone(team, alice, tmp_path):
    from app.team.transfer import pull_library, push_library

    local = open_library(tmp_path / "local", add_samples=True, language="en")
    notes = AnnotationService(local)
    article_id = ArticleService(local).summaries()[0].id
    highlight = notes.add_highlight(article_id=article_id, start=0, end=20, note="shared").value
    notes.set_private_note(highlight.id, "bob's aside")
    local.close()
    push_library(tmp_path / "local", team.uri("bob"))
    with team.connect("bob") as bob:
        assert bob.execute("SELECT author, note FROM private_notes").fetchall() == [(team.role("bob"), "bob's aside")]
    pushed = next(h for h in AnnotationService(alice).highlights() if h.note == "shared")
    AnnotationService(alice).set_private_note(pushed.id, "alice's aside")

    pull_library(team.uri("alice"), tmp_path / "alice's copy")
    copy = open_library(tmp_path / "alice's copy")
    assert {note.note for note in AnnotationService(copy).private_notes([pushed.id]).values()} == {"alice's aside"}
    copy.close()

"""Every command works on a team library given as `--library postgresql://…`, with the same
words as on a local one; what only a local file has is refused in a sentence, and so is a
reader's write (by the server)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.team.library import grant_access, init_team_library
from tests.team_libraries import SEEDS

ROOT = Path(__file__).resolve().parents[2]


def carnet(address: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--library", address, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def team(team_database):
    init_team_library(team_database)
    assert carnet(team_database, "import", str(SEEDS)).returncode == 0
    return team_database


def test_import_list_search_highlight_and_export_on_a_team_library(team, tmp_path):
    listed = carnet(team, "list")
    assert listed.returncode == 0 and "L’UE crée enfin des usines d’IA" in listed.stdout
    found = carnet(team, "search", "supercalculateurs")
    assert found.returncode == 0 and "**supercalculateurs**" in found.stdout
    marked = carnet(team, "highlight", "5", "--quote", "EuroHPC", "--occurrence", "1", "--tag", "funding", "--note", "à citer")
    assert marked.returncode == 0, marked.stderr
    digest = tmp_path / "digest.md"
    exported = carnet(team, "export", "--tag", "funding", "-o", str(digest))
    assert exported.returncode == 0, exported.stderr
    assert "> EuroHPC" in digest.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [["backup"], ["check"], ["restore", "/tmp/nothing.sqlite"]])
def test_what_only_a_local_file_has_is_refused_in_a_sentence(team, command):
    refused = carnet(team, *command)
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "a team library's server does this" in refused.stderr


def test_a_readers_write_is_refused_by_the_server_in_a_sentence(team, postgres_server):
    postgres_server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reading_rob') "
                            "THEN CREATE ROLE reading_rob LOGIN PASSWORD 'rob'; END IF; END $$")
    grant_access(team, "reading_rob", "reader")
    database = team.split("@/", 1)[1].split("?", 1)[0]
    reader = postgres_server.uri(database, user="reading_rob", password="rob", tcp=True)
    assert carnet(reader, "list").returncode == 0
    refused = carnet(reader, "tag", "add", "énergie")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "may not make this change" in refused.stderr
    assert "énergie" not in carnet(team, "tag", "list").stdout

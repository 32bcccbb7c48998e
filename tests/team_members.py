"""Members of a team library for tests, each a login role of its own: alice and bob
editors, carol a reader, on a new database holding the samples."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg

from app.services.importing import import_paths
from app.services.library import open_library
from app.team.library import grant_access, init_team_library

ROOT = Path(__file__).resolve().parents[1]
MEMBERS = {"alice": "editor", "bob": "editor", "carol": "reader"}


class Team:
    """One team library's members: their roles, addresses, connections and processes."""

    def __init__(self, server, database: str, cache: Path) -> None:
        self.server, self.database, self.cache = server, database, cache

    def role(self, name: str) -> str:
        return f"{self.database}_{name}"

    def uri(self, name: str) -> str:
        return self.server.uri(self.database, user=self.role(name), password=f"{name}-secret", tcp=True)

    def connect(self, name: str) -> psycopg.Connection:
        return psycopg.connect(self.uri(name))

    def carnet(self, name: str, *arguments: str) -> subprocess.CompletedProcess:
        """The command line run by another process, as member `name`."""
        environment = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(self.cache),
                       "QT_QPA_PLATFORM": "offscreen"}
        environment.pop("CARNET_LIBRARY", None)
        return subprocess.run([sys.executable, "-m", "app", "--library", self.uri(name), *arguments],
                              capture_output=True, text=True, timeout=120, cwd=ROOT, env=environment)

    def script(self, name: str, code: str) -> subprocess.CompletedProcess:
        """Python run by another process connected as member `name` with psycopg alone."""
        return subprocess.run([sys.executable, "-c", code, self.uri(name)], capture_output=True, text=True,
                              timeout=60, cwd=ROOT)


def team_of_three(postgres_server, team_database: str, cache: Path):
    """A team library holding the samples and its three members (a generator: the
    database and the roles are dropped once it resumes)."""
    init_team_library(team_database)
    library = open_library(team_database)
    import_paths(library, [ROOT / "seeds"])
    library.close()
    database = team_database.split("@/", 1)[1].split("?", 1)[0]
    made = Team(postgres_server, database, cache)
    for name, access in MEMBERS.items():
        postgres_server.execute(f"CREATE ROLE {made.role(name)} LOGIN PASSWORD '{name}-secret'")
        grant_access(team_database, made.role(name), access)
    with psycopg.connect(team_database) as connection:
        for name in MEMBERS:
            connection.execute("UPDATE members SET name = %s WHERE role_name = %s", [name, made.role(name)])
    yield made
    postgres_server.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    for name in MEMBERS:
        postgres_server.execute(f"DROP OWNED BY {made.role(name)} CASCADE")
        postgres_server.execute(f"DROP ROLE IF EXISTS {made.role(name)}")

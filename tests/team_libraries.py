"""Team libraries for tests that run over both databases: a template database made once
per session (schema, and the sample articles when asked), copied for each test."""

from __future__ import annotations

import itertools
from pathlib import Path

from app.services.importing import import_paths
from app.services.library import open_library
from app.team.library import init_team_library

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_numbers = itertools.count(1)


class TeamTemplates:
    """Databases to copy: `empty` has the schema and the default tags, `samples` also the
    five sample articles."""

    def __init__(self, server) -> None:
        self._server = server
        self._made: set[str] = set()

    def _template(self, name: str) -> str:
        if name not in self._made:
            uri = self._server.create_database(f"template_{name}")
            init_team_library(uri)
            library = open_library(uri)
            try:
                if name == "samples":
                    import_paths(library, [SEEDS])
            finally:
                library.close()
            self._made.add(name)
        return f"template_{name}"

    def copy(self, name: str) -> str:
        """The superuser's URI of a new database copied from the template `name`."""
        template = self._template(name)
        copy = f"library_{next(_numbers)}"
        self._server.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{template}"')
        return self._server.uri(copy)

    def drop(self, uri: str) -> None:
        name = uri.split("@/", 1)[1].split("?", 1)[0]
        self._server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_of(uri: str) -> str:
    """The database name of a URI `PostgresServer.uri` made."""
    return uri.split("@", 1)[1].split("/", 1)[1].split("?", 1)[0]


def add_member(server, uri: str, role: str, *, name: str | None = None, access: str = "editor") -> str:
    """Make a new login role (named `role` and the database's name, roles being the
    cluster's) a member of the team library at `uri`, named `name`; return its URI, over
    TCP with its password."""
    from app.team.library import grant_access

    database = database_of(uri)
    role = f"{role}_{database}"
    password = f"{role}-secret"
    server.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
    grant_access(uri, role, access)
    if name is not None:
        import psycopg

        with psycopg.connect(uri, autocommit=True) as connection:
            connection.execute("UPDATE members SET name = %s WHERE role_name = %s", [name, role])
    return server.uri(database, user=role, password=password, tcp=True)

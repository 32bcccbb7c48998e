"""`carnet team grant NAME reader|editor|admin`: PostgreSQL itself refuses a reader's
writes; an editor's rows are signed with its role."""

import psycopg
import pytest

from app.cli.main import main


@pytest.fixture
def team_library(capsys, postgres_server, team_database, library):
    """A team library holding the samples, and two login roles of its own."""
    library.close()
    assert main(["team", "init", team_database]) == 0
    assert main(["team", "push", str(library.folder), team_database]) == 0
    database = team_database.split("/")[-1].split("?")[0]
    for name in ("alice", "bob"):
        postgres_server.execute(f"CREATE ROLE {database}_{name} LOGIN PASSWORD '{name}-secret'")
    capsys.readouterr()
    return database


def _as(postgres_server, database, name):
    return psycopg.connect(postgres_server.uri(database, user=f"{database}_{name}", password=f"{name}-secret",
                                               tcp=True))


def _add_highlight(connection):
    article = connection.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    return connection.execute("INSERT INTO highlights (article_id, start_offset, end_offset, exact, created_at, "
                              "modified_at) VALUES (%s, 0, 5, 'x', '2026-01-01T00:00:00Z', "
                              "'2026-01-01T00:00:00Z') RETURNING created_by", [article]).fetchone()[0]


def test_a_reader_reads_but_the_server_refuses_its_writes_and_an_editor_writes_signed(
        capsys, postgres_server, team_database, team_library):
    database = team_library
    assert main(["--library", team_database, "team", "grant", f"{database}_alice", "reader"]) == 0
    assert "is now reader of the team library" in capsys.readouterr().out
    assert main(["--library", team_database, "team", "grant", f"{database}_bob", "editor"]) == 0
    with _as(postgres_server, database, "alice") as alice:
        assert alice.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _add_highlight(alice)
        alice.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            alice.execute("UPDATE members SET access = 'admin'")
    with _as(postgres_server, database, "bob") as bob:
        assert _add_highlight(bob) == f"{database}_bob"
        bob.commit()
        logged = bob.execute("SELECT member FROM change_log WHERE table_name = 'highlights'").fetchall()
        assert logged == [(f"{database}_bob",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("UPDATE members SET access = 'admin'")
    assert main(["--library", team_database, "team", "grant", f"{database}_alice", "editor"]) == 0
    with _as(postgres_server, database, "alice") as alice:
        assert _add_highlight(alice) == f"{database}_alice"
    with psycopg.connect(team_database) as connection:
        members = sorted(connection.execute("SELECT role_name, access FROM members").fetchall())
    assert members == [("postgres", "admin"), (f"{database}_alice", "editor"), (f"{database}_bob", "editor")]


def test_a_role_the_server_does_not_have_or_a_folder_instead_of_a_team_library_is_one_sentence(
        capsys, team_database, team_library, tmp_path):
    assert main(["--library", team_database, "team", "grant", "nobody_at_all", "reader"]) == 1
    err = capsys.readouterr().err
    assert "the server has no role named nobody_at_all: create it first" in err and err.count("\n") == 1
    assert main(["--library", str(tmp_path), "team", "grant", "someone", "reader"]) == 1
    assert "works on a team library" in capsys.readouterr().err


def test_the_tables_a_later_migration_adds_are_open_to_the_members_at_once(
        capsys, monkeypatch, postgres_server, team_database, team_library):
    from app.store.postgres import schema
    from app.team import library as team_library_module

    database = team_library
    main(["--library", team_database, "team", "grant", f"{database}_bob", "editor"])

    def add_a_table(connection):
        connection.execute("CREATE TABLE article_notes (id bigint PRIMARY KEY, body text NOT NULL)")

    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + (add_a_table,))
    for module in (schema, team_library_module):
        monkeypatch.setattr(module, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    capsys.readouterr()
    assert main(["team", "init", team_database]) == 0
    assert f"brought from schema {len(schema.MIGRATIONS) - 1} to {len(schema.MIGRATIONS)}" in capsys.readouterr().out
    with _as(postgres_server, database, "bob") as bob:
        bob.execute("INSERT INTO article_notes (id, body) VALUES (1, 'seen')")

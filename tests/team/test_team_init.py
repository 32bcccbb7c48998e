"""`carnet team init URI`: the schema made in a real PostgreSQL database, and every way
of failing told in one sentence."""

import psycopg
import pytest

from app.cli.main import main
from app.store.postgres.schema import SCHEMA_VERSION
from tests.postgres_server import SUPERUSER_PASSWORD


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_init_creates_the_schema_with_the_default_tags_and_the_first_member_as_administrator(capsys,
                                                                                            team_database):
    status, out, err = run(capsys, "team", "init", team_database)
    assert status == 0, err
    assert f"team library created (schema {SCHEMA_VERSION})" in out and "postgres, admin" in out
    with psycopg.connect(team_database) as connection:
        assert connection.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        tags = dict(connection.execute("SELECT name, shortcut FROM tags").fetchall())
        assert tags == {"funding": 1, "sites": 2, "Commission": 3}
        assert connection.execute("SELECT role_name, access FROM members").fetchall() == [("postgres", "admin")]
        indexes = {row[0] for row in connection.execute(
            "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%USING gin (search)%'")}
        assert indexes == {"articles_search", "highlights_search"}
        columns = [row[0] for row in connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'exchange_guids' "
            "ORDER BY ordinal_position")]
        assert columns == ["guid", "kind", "article_id", "tag_id", "highlight_id", "user_name", "created"]
    status, out, _ = run(capsys, "team", "init", team_database)
    assert status == 0 and "up to date" in out


def test_a_change_is_logged_by_its_member_and_notified_in_the_same_transaction(team_database):
    main(["team", "init", team_database])
    with psycopg.connect(team_database, autocommit=True) as listener, psycopg.connect(team_database) as writer:
        listener.execute("LISTEN carnet_changes")
        before = writer.execute("SELECT max(seq) FROM change_log").fetchone()[0]
        writer.rollback()
        with writer.transaction():
            writer.execute("SET LOCAL carnet.origin = 'window-1'")
            writer.execute("UPDATE tags SET colour = '#123456' WHERE name = 'sites'")
        notices = list(listener.notifies(timeout=5, stop_after=1))
        assert [notice.channel for notice in notices] == ["carnet_changes"]
        logged = writer.execute("SELECT table_name, kind, origin, member FROM change_log WHERE seq > %s",
                                [before]).fetchall()
        assert logged == [("tags", "update", "window-1", "postgres")]


def test_a_newer_schema_is_refused_untouched(capsys, team_database):
    main(["team", "init", team_database])
    with psycopg.connect(team_database) as connection:
        connection.execute("INSERT INTO schema_version (version) VALUES (%s)", [SCHEMA_VERSION + 5])
    status, _, err = run(capsys, "team", "init", team_database)
    assert status == 1
    assert f"made by a newer version of Carnet (schema {SCHEMA_VERSION + 5}" in err and "left unchanged" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_role_that_may_not_create_tables_is_told_so(capsys, postgres_server, team_database):
    database = team_database.split("/")[-1].split("?")[0]
    postgres_server.execute("CREATE ROLE visitor LOGIN PASSWORD 'visitor-secret'")
    postgres_server.execute(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC", database=database)
    uri = postgres_server.uri(database, user="visitor", password="visitor-secret", tcp=True)
    status, _, err = run(capsys, "team", "init", uri)
    assert status == 1
    assert "this role may not create the team library's tables" in err and "database's owner" in err
    assert "visitor-secret" not in err


@pytest.mark.parametrize("make_uri, told", [
    (lambda server: "postgresql://carnet-no-such-host.invalid/library", "the server carnet-no-such-host.invalid "
                                                                         "is unknown"),
    (lambda server: server.uri("postgres", password="not-the-password", tcp=True),
     'the server refused the password of postgres'),
    (lambda server: server.uri("postgres", tcp=True), "the server wants a password for postgres"),
    (lambda server: server.uri("no_such_database"), "the server has no database named no_such_database"),
    (lambda server: server.uri("postgres", user="nobody_here"), "the server has no role named nobody_here"),
    (lambda server: f"postgresql://127.0.0.1:1/library", "no PostgreSQL server answers at 127.0.0.1"),
])
def test_each_way_of_failing_to_connect_is_one_sentence(capsys, postgres_server, make_uri, told):
    uri = make_uri(postgres_server)
    status, _, err = run(capsys, "team", "init", uri)
    assert status == 1
    assert told in err, err
    assert err.startswith("carnet: ") and err.count("\n") == 1
    assert "not-the-password" not in err and SUPERUSER_PASSWORD not in err


def test_the_notes_migration_keeps_a_team_librarys_notes_there_signed_by_who_last_changed_them(
        capsys, monkeypatch, team_database):
    from app.store.postgres import schema
    from app.team import library as team_library_module

    before = schema.MIGRATIONS.index(schema._add_note_versions_and_private_notes)
    with monkeypatch.context() as older:
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:before])
        for module in (schema, team_library_module):
            older.setattr(module, "SCHEMA_VERSION", before)
        assert run(capsys, "team", "init", team_database)[0] == 0
    with psycopg.connect(team_database) as connection:
        connection.execute("INSERT INTO articles (title, body, content_hash, format, imported_at) "
                           "VALUES ('T', 'Un texte', 'h', 'txt', 'now')")
        connection.execute("INSERT INTO highlights (article_id, start_offset, end_offset, exact, note, created_at, "
                           "modified_at, modified_by) SELECT id, 0, 2, 'Un', 'vu', 'then', 'later', 'someone' "
                           "FROM articles")
    status, out, _ = run(capsys, "team", "init", team_database)
    assert status == 0 and f"brought from schema {before} to {SCHEMA_VERSION}" in out
    with psycopg.connect(team_database) as connection:
        assert connection.execute("SELECT note_version, note_by, note_at FROM highlights").fetchall() == [
            (0, "someone", "later")]
        assert connection.execute("SELECT relrowsecurity, relforcerowsecurity FROM pg_class "
                                  "WHERE relname = 'private_notes'").fetchone() == (True, True)

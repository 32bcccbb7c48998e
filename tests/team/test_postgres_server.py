import os
import pwd

import psycopg


def test_the_server_runs_as_a_user_that_is_not_root_and_answers_on_its_socket_and_port(postgres_server,
                                                                                      team_database):
    with psycopg.connect(team_database) as connection:
        assert connection.execute("SELECT current_database()").fetchone()[0].startswith("team_")
        data_owner = connection.execute("SELECT pg_stat_file('PG_VERSION')").fetchone()
    assert data_owner is not None
    assert os.stat(postgres_server.data).st_uid != 0 or os.geteuid() != 0
    assert pwd.getpwuid(os.stat(postgres_server.data).st_uid).pw_name != "root"
    tcp = postgres_server.uri("postgres", password="carnet-superuser", tcp=True)
    with psycopg.connect(tcp) as connection:
        assert connection.execute("SELECT inet_server_port()").fetchone()[0] == postgres_server.port

"""`make team-demo`: a PostgreSQL server of its own in a folder (under the user data folder;
/var/tmp/carnet-team-demo when run as root, whose home the server's user cannot enter),
holding a team library with two members, alice (admin) and bob (editor), and the sample
articles; it prints the addresses to use. `make team-demo-stop` stops the server.

The server listens on a Unix socket in that folder only, where every local role is let in
without a password: it is for trying team libraries on one machine, not for a team.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import platformdirs  # noqa: E402

from tests.postgres_server import PostgresServer, ServerUnavailable  # noqa: E402

DATABASE = "carnet_demo"
MEMBERS = (("alice", "admin"), ("bob", "editor"))


def demo_folder() -> Path:
    if os.geteuid() == 0:
        return Path("/var/tmp/carnet-team-demo")
    return platformdirs.user_data_path("Carnet", appauthor=False) / "team-demo"


def _server(folder: Path) -> PostgresServer:
    port_file = folder / "port"
    port = int(port_file.read_text()) if port_file.exists() else None
    server = PostgresServer(folder, durable=True, port=port)
    folder.mkdir(parents=True, exist_ok=True)
    port_file.write_text(str(server.port))
    return server


def start(folder: Path) -> int:
    import psycopg

    from app.cli.main import main as carnet
    from app.services.library import open_library

    server = _server(folder)
    if not server.running():
        server.start()
    with psycopg.connect(server.uri(), autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]).fetchone() is None:
            connection.execute(f"CREATE DATABASE {DATABASE}")
        for name, _ in MEMBERS:
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone() is None:
                connection.execute(f"CREATE ROLE {name} LOGIN")
    owner_uri = server.uri(DATABASE)
    uris = {name: server.uri(DATABASE, user=name) for name, _ in MEMBERS}
    steps = [["team", "init", owner_uri]]
    steps += [["--library", owner_uri, "team", "grant", name, access] for name, access in MEMBERS]
    for step in steps:
        if carnet(step) != 0:
            return 1
    with psycopg.connect(owner_uri) as connection:
        empty = connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    if empty:
        with tempfile.TemporaryDirectory() as scratch:
            open_library(Path(scratch) / "samples", language="en").close()  # a library holding the samples
            if carnet(["team", "push", str(Path(scratch) / "samples"), uris["alice"]]) != 0:
                return 1
    print(f"\nA team library runs in {folder} (PostgreSQL on the socket in {server.host}, port {server.port}).")
    for name, access in MEMBERS:
        print(f"  {name} ({access}): {uris[name]}")
    print(f"A local copy to read: carnet team pull '{uris['bob']}' DIR")
    print("Stop the server with `make team-demo-stop`; `make team-demo` starts it again with what it holds.")
    return 0


def stop(folder: Path) -> int:
    server = _server(folder)
    if server.running():
        server.stop()
        print(f"The team library's server in {folder} is stopped (its data stays).")
    else:
        print(f"No team library server runs in {folder}.")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stop", action="store_true", help="stop the server")
    parser.add_argument("--folder", type=Path, default=None, help="where the server keeps its data")
    args = parser.parse_args()
    folder = args.folder or demo_folder()
    try:
        return stop(folder) if args.stop else start(folder)
    except ServerUnavailable as error:
        print(f"team-demo: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""A real PostgreSQL server for the tests: Debian's `postgresql` package (installed by
`packaging/system-deps.sh`) run from `/usr/lib/postgresql/*/bin/` in a folder of its own,
listening on a Unix socket in that folder and on a free port of 127.0.0.1.

PostgreSQL refuses to run as root: when the tests run as root, the server runs as the
system user `carnet-test` (created if missing), which owns the folder. The superuser
connects without a password through the socket; over TCP every role needs its password.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SERVER_USER = "carnet-test"
SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "carnet-superuser"


class ServerUnavailable(RuntimeError):
    """The server could not be started; the message says why."""


def server_programs() -> Path:
    """The newest installed PostgreSQL's bin folder."""
    folders = sorted((Path(folder) for folder in glob.glob("/usr/lib/postgresql/*/bin")
                      if (Path(folder) / "initdb").exists()), key=lambda folder: int(folder.parent.name))
    if not folders:
        raise ServerUnavailable("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                                "`bash packaging/system-deps.sh test` installs Debian's postgresql package")
    return folders[-1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as_user() -> tuple[list[str], int | None, int | None]:
    """The prefix that runs a program as the server's user, with that user's uid and gid
    (an empty prefix and None when the tests do not run as root)."""
    if os.geteuid() != 0:
        return [], None, None
    try:
        entry = pwd.getpwnam(SERVER_USER)
    except KeyError:
        made = subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                               "--shell", "/usr/sbin/nologin", SERVER_USER], capture_output=True, text=True)
        if made.returncode != 0:
            raise ServerUnavailable(f"PostgreSQL cannot run as root, and the user {SERVER_USER} to run it as "
                                    f"could not be created: {made.stderr.strip()}") from None
        entry = pwd.getpwnam(SERVER_USER)
    return ["runuser", "-u", SERVER_USER, "--"], entry.pw_uid, entry.pw_gid


class PostgresServer:
    """A PostgreSQL cluster in a folder of its own: `start()`, then `stop()`."""

    def __init__(self, folder: Path | None = None, *, durable: bool = False, port: int | None = None) -> None:
        self._made_folder = folder is None
        self.folder = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="carnet-postgres-"))
        self.durable = durable
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.port = port or _free_port()
        self.bin = server_programs()
        self._prefix, self._uid, self._gid = _run_as_user()

    @property
    def host(self) -> str:
        """Where libpq finds the server through its Unix socket."""
        return str(self.socket_dir)

    def _own(self, path: Path) -> None:
        if self._uid is not None:
            os.chown(path, self._uid, self._gid)

    def _check_reachable(self) -> None:
        """The server's user must be able to enter every folder above its own."""
        if self._uid is None:
            return
        for parent in self.folder.resolve().parents:
            if not parent.stat().st_mode & 0o001 and parent.stat().st_uid != self._uid:
                raise ServerUnavailable(f"the user {SERVER_USER} the server runs as cannot enter {parent}: "
                                        f"choose a folder elsewhere (under /tmp or /var/tmp)")

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*self._prefix, str(self.bin / program), *args],
                              capture_output=True, text=True, timeout=120, cwd="/")

    def start(self) -> "PostgresServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        self._check_reachable()
        self.folder.chmod(0o755)
        self._own(self.folder)
        self.socket_dir.mkdir(exist_ok=True)
        self._own(self.socket_dir)
        if not (self.data / "PG_VERSION").exists():
            password_file = self.folder / "superuser-password"
            password_file.write_text(SUPERUSER_PASSWORD + "\n")
            self._own(password_file)
            made = self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={password_file}",
                             "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8",
                             "--locale=C.UTF-8", *([] if self.durable else ["--no-sync"]))
            password_file.unlink()
            if made.returncode != 0:
                raise ServerUnavailable(f"initdb could not make a PostgreSQL cluster in {self.data}: "
                                        f"{(made.stderr or made.stdout).strip()}")
        log = self.folder / "server.log"
        options = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1"
                   + ("" if self.durable else " -c fsync=off -c full_page_writes=off"))
        started = self._run("pg_ctl", "-D", str(self.data), "-l", str(log), "-w", "-t", "60", "-o", options, "start")
        if started.returncode != 0:
            told = log.read_text(errors="replace")[-2000:] if log.exists() else started.stderr
            raise ServerUnavailable(f"PostgreSQL did not start in {self.data}: {told.strip()}")
        return self

    def running(self) -> bool:
        return self.data.exists() and self._run("pg_ctl", "-D", str(self.data), "status").returncode == 0

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        if self._made_folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def uri(self, database: str = "postgres", *, user: str = SUPERUSER, password: str | None = None,
            tcp: bool = False) -> str:
        """A libpq URI for `database`: through the socket (the superuser needs no password
        there), or over TCP with `tcp`."""
        from urllib.parse import quote

        credentials = quote(user, safe="") + (f":{quote(password, safe='')}" if password is not None else "")
        if tcp:
            return f"postgresql://{credentials}@127.0.0.1:{self.port}/{quote(database, safe='')}"
        return (f"postgresql://{credentials}@/{quote(database, safe='')}"
                f"?host={quote(self.host, safe='')}&port={self.port}")

    def execute(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside any transaction (CREATE DATABASE)."""
        import psycopg

        with psycopg.connect(self.uri(database), autocommit=True) as connection:
            connection.execute(statement)

    def create_database(self, name: str, *, owner: str = SUPERUSER) -> str:
        """A new empty database; its URI for the superuser."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.uri(), autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name),
                                                                             sql.Identifier(owner)))
        return self.uri(name)

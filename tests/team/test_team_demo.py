"""`make team-demo`: a server of its own holding a team library with two members and the
samples, started again with what it holds, stopped by `make team-demo-stop`."""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]


def _demo(folder, *extra):
    return subprocess.run([sys.executable, str(ROOT / "packaging" / "team_demo.py"), "--folder", str(folder), *extra],
                          capture_output=True, text=True, timeout=180)


def test_the_demo_starts_a_team_library_with_two_members_and_the_samples_and_stops():
    folder = Path(tempfile.mkdtemp(prefix="carnet-demo-test-")) / "demo"
    try:
        refused = _demo(folder)  # a folder the server's user cannot reach (when the tests run as root)
        if refused.returncode != 0:
            assert "cannot enter" in refused.stderr and refused.stderr.count("\n") == 1, refused.stderr
        _demo(folder, "--stop")
        folder.parent.chmod(0o755)
        first = _demo(folder)
        assert first.returncode == 0, first.stderr
        uris = dict(re.findall(r"^  (alice|bob) \(\w+\): (\S+)$", first.stdout, re.MULTILINE))
        assert set(uris) == {"alice", "bob"}
        with psycopg.connect(uris["bob"]) as connection:
            assert connection.execute("SELECT count(*), min(imported_by) FROM articles").fetchone() == (5, "alice")
            members = sorted(connection.execute("SELECT role_name, access FROM members").fetchall())
            assert members == [("alice", "admin"), ("bob", "editor"), ("postgres", "admin")]
        again = _demo(folder)
        assert again.returncode == 0, again.stderr
        assert "up to date" in again.stdout and "articles added" not in again.stdout
        stopped = _demo(folder, "--stop")
        assert stopped.returncode == 0 and "is stopped" in stopped.stdout
        assert not (folder / "data" / "postmaster.pid").exists()
    finally:
        _demo(folder, "--stop")
        shutil.rmtree(folder.parent, ignore_errors=True)

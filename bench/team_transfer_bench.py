"""Moving a library into a team library and back: `carnet team push` and `pull` timed on
a synthetic library, against a PostgreSQL server of its own (tests/postgres_server.py).

`python bench/team_transfer_bench.py [ARTICLES] [HIGHLIGHTS]` (default 2000 and 2000)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.libraries import build_library  # noqa: E402
from app.team.library import init_team_library  # noqa: E402
from app.team.transfer import pull_library, push_library  # noqa: E402
from tests.postgres_server import PostgresServer  # noqa: E402


def main() -> int:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    highlights = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    server = PostgresServer().start()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            library = build_library(Path(scratch) / "local", articles, highlights=highlights)
            library.close()
            uri = server.create_database("bench")
            init_team_library(uri)
            started = time.perf_counter()
            pushed = push_library(Path(scratch) / "local", uri)
            push_seconds = time.perf_counter() - started
            started = time.perf_counter()
            pulled = pull_library(uri, Path(scratch) / "copy")
            pull_seconds = time.perf_counter() - started
    finally:
        server.stop()
    print(f"push: {pushed.articles} articles and {pushed.highlights} highlights in {push_seconds:.1f} s "
          f"({pushed.articles / push_seconds:.0f} articles/s)")
    print(f"pull: {pulled.articles} articles and {pulled.highlights} highlights in {pull_seconds:.1f} s "
          f"({pulled.articles / pull_seconds:.0f} articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

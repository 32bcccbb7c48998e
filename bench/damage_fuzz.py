"""The long run of the damage fuzzer: random damage to a real library, then every command
a user would try. Prints what the commands answered and how many ended in a traceback
(the target is none). `make test` runs a short run of the same (tests/unit/services/test_damage.py).

    .venv/bin/python bench/damage_fuzz.py [RUNS] [FIRST_SEED]
"""

from __future__ import annotations

import collections
import contextlib
import gc
import io
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.cli.main import main  # noqa: E402
from app.services.backups import backup_library  # noqa: E402
from app.services.library import open_library  # noqa: E402
from tests.damage import damage, fill_library  # noqa: E402

verdicts: collections.Counter = collections.Counter()
COMMANDS = (["check"], ["list"], ["search", "usines"], ["export", "--format", "json"], ["show", "1"], ["check"])


def _verdict(out: str) -> str:
    """What the first check answered, in a word."""
    if "copied whole into a fresh database" in out:
        return "index pages mended in a fresh copy"
    if "rebuilt it" in out:
        return "index rebuilt in place"
    if "database: damaged" in out:
        return "damage told, backup named"
    return "found whole" if "database: ok" in out else "refused to open, backup named"


def _run(folder: Path, command: list[str]) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    gc.collect()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["--library", str(folder), *command])
    except Exception:  # the very thing the target says never happens
        return "traceback", traceback.format_exc(limit=3)
    said = err.getvalue().strip()
    if command == ["check"]:
        verdicts[_verdict(out.getvalue())] += 1
    if status and not said.startswith("carnet: ") and command != ["check"]:
        return "no sentence", said
    return f"exit {status}", ""


def main_run(runs: int, first_seed: int) -> int:
    work = Path(tempfile.mkdtemp(prefix="carnet-damage-"))
    base = work / "library"
    library = open_library(base)
    fill_library(library, work / "articles")
    backup_library(library.database_path)
    library.close()
    outcomes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    kinds: collections.Counter = collections.Counter()
    failures = []
    missed: list[int] = []
    started = time.perf_counter()
    for seed in range(first_seed, first_seed + runs):
        folder = work / f"run-{seed}"
        shutil.copytree(base, folder)
        kinds[damage(folder / "library.sqlite", random.Random(seed))] += 1
        answers = []
        for position, command in enumerate(COMMANDS):
            outcome, detail = _run(folder, command)
            answers.append(outcome)
            name = " ".join(command) + (" (again)" if position == len(COMMANDS) - 1 else "")
            outcomes[name][outcome] += 1
            if detail:
                failures.append((seed, name, detail))
        if answers[0] == "exit 0" and "exit 1" in answers[1:]:
            missed.append(seed)  # check found the library whole (or mended it), yet a command failed
        shutil.rmtree(folder)
    elapsed = time.perf_counter() - started
    shutil.rmtree(work)
    print(f"{runs} runs (seeds {first_seed}–{first_seed + runs - 1}) in {elapsed:.1f} s, "
          f"{elapsed / runs * 1000:.0f} ms a run; damage: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    for name, counter in outcomes.items():
        print(f"  {name:<22} " + ", ".join(f"{outcome}: {n}" for outcome, n in sorted(counter.items())))
    print("  what check said (both runs): " + ", ".join(f"{v} {n}" for v, n in verdicts.most_common()))
    print(f"runs where check passed and a later command failed: {len(missed)} (target 0) {missed[:10]}")
    print(f"tracebacks or unexplained failures: {len(failures)} (target 0)")
    for seed, name, detail in failures[:5]:
        print(f"--- seed {seed}, {name}:\n{detail}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main_run(int(sys.argv[1]) if len(sys.argv) > 1 else 300, int(sys.argv[2]) if len(sys.argv) > 2 else 1000))

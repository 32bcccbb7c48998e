"""The window's cold start at 10,000 articles: from launching a fresh process (as
`carnet` does, under QT_QPA_PLATFORM=offscreen) to the first paint of the article
list, through bench/window_probe.py.

Prints the median and slowest wall time of RUNS starts, and the median processor time
of those processes (user + system: what the start itself costs, less sensitive than
the wall time to other programs on a shared machine). The app's modules are compiled
to bytecode first, as installing them does (an environment that sets
PYTHONDONTWRITEBYTECODE would otherwise compile them again at every start).

    python bench/cold_start_bench.py [RUNS]            the figures
    python bench/cold_start_bench.py --profile         also where the time goes:
        the slowest imports (python -X importtime) and a cProfile of the start
"""

from __future__ import annotations

import compileall
import cProfile
import io
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
PROBE = HERE / "window_probe.py"
ARTICLES = 10_000


def _environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def one_start(library: Path) -> tuple[float, float]:
    """(wall seconds to the first paint, processor seconds of the whole process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    launched = time.time()
    done = subprocess.run([sys.executable, str(PROBE), "start", str(library)], capture_output=True,
                          text=True, check=True, env=_environment(), cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    painted = float(done.stdout.strip().splitlines()[-1].split('"painted_at": ')[1].split(",")[0])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return painted - launched, cpu


def slowest_imports(library: Path, count: int = 25) -> str:
    done = subprocess.run([sys.executable, "-X", "importtime", str(PROBE), "start", str(library)],
                          capture_output=True, text=True, env=_environment(), cwd=ROOT)
    lines = [line for line in done.stderr.splitlines() if line.startswith("import time:") and "|" in line]
    rows = []
    for line in lines[1:]:
        own, total, name = line.split(":", 1)[1].split("|")
        rows.append((int(total), int(own), name.rstrip()))
    rows.sort(reverse=True)
    return "\n".join(f"{total / 1000:8.1f} ms {own / 1000:8.1f} ms own  {name}" for total, own, name in rows[:count])


def profile(library: Path, count: int = 30) -> str:
    os.environ.update(_environment())
    sys.argv = [str(PROBE), "start", str(library)]
    profiler = cProfile.Profile()
    profiler.enable()
    import runpy
    try:
        runpy.run_path(str(PROBE), run_name="__main__")
    finally:
        profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(count)
    return out.getvalue()


def main(runs: int, with_profile: bool) -> None:
    from bench.libraries import build_library
    compileall.compile_dir(str(ROOT / "app"), quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "library"
        build_library(library, ARTICLES).close()
        one_start(library)  # the first start also warms the disk cache
        starts = [one_start(library) for _ in range(runs)]
        wall = [seconds for seconds, _ in starts]
        cpu = [seconds for _, seconds in starts]
        print(f"cold start to the first paint of the article list, {ARTICLES:,} articles: "
              f"median {statistics.median(wall):.2f} s (slowest {max(wall):.2f} s, {runs} starts), "
              f"processor time {statistics.median(cpu):.2f} s (target ≤ 0.6 s)", flush=True)
        if with_profile:
            print("\nslowest imports (cumulative, own):\n" + slowest_imports(library), flush=True)
            print("\n" + profile(library), flush=True)


if __name__ == "__main__":
    arguments = [arg for arg in sys.argv[1:] if arg != "--profile"]
    main(int(arguments[0]) if arguments else 5, "--profile" in sys.argv[1:])

"""`pip install .` into a new virtual environment, with the pip that `python3 -m venv`
brings (not upgraded), gives a `carnet` that imports a web page: every dependency is
declared so that an older pip resolves it too.

Slow (it installs every dependency, from pip's cache when it has them): marked
`install`, left out of `make test`, run by `.ci/run` on its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.install


def test_a_fresh_venv_with_its_own_pip_installs_carnet_and_imports_a_web_page(tmp_path):
    venv = tmp_path / "venv"
    python3 = shutil.which("python3") or sys._base_executable
    subprocess.run([python3, "-m", "venv", str(venv)], check=True, timeout=120)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    source = tmp_path / "source"  # a copy, so that the build leaves nothing in the checkout
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info",
                                                                 "__pycache__", ".pytest_cache"))
    install = subprocess.run([str(scripts / "pip"), "install", "--quiet", "."], cwd=source, capture_output=True,
                             text=True, timeout=900)
    assert install.returncode == 0, install.stderr
    environment = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONPATH", None)
    result = subprocess.run([str(scripts / "carnet"), "--library", str(tmp_path / "library"), "import",
                             str(ROOT / "tests" / "fixtures" / "article.html")],
                            capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("imported "), result.stdout
    assert "1 imported" in result.stdout

"""A wheel carries everything the window loads beside the code, where `shipped_path`
looks for it in an installed environment (share/carnet/...)."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
                             str(folder), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    (built,) = folder.glob("carnet-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_files(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {name.split(".data/data/", 1)[1] for name in archive.namelist() if ".data/data/" in name}


def test_the_wheel_ships_the_samples_icons_and_translations(wheel_files):
    shipped = [path.relative_to(ROOT).as_posix() for folder in ("seeds", "resources")
               for path in sorted((ROOT / folder).rglob("*"))
               if path.suffix in (".txt", ".svg", ".qm")]
    assert "resources/translations/carnet_fr.qm" in shipped  # compiled by the set-up before the tests
    assert [p for p in shipped if f"share/carnet/{p}" not in wheel_files] == []


def test_the_wheel_installs_the_desktop_entry_and_its_icon(wheel_files):
    assert {"share/applications/carnet.desktop", "share/metainfo/io.carnet.Carnet.metainfo.xml",
            "share/icons/hicolor/scalable/apps/carnet.svg"} <= wheel_files


def test_a_wheel_installed_for_the_user_finds_its_files(wheel, tmp_path):
    """`pip install --user` puts the files under the user's base folder (~/.local): the
    installed code finds them there. Run by the interpreter the test environment was made
    from, with the wheel's code first on the path, so no checkout is beside it."""
    base = tmp_path / "user"
    code = base / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    # Laid out as pip installs a wheel (pip itself would first remove the project's
    # editable install from the test environment).
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            _, _, inside = name.partition(".data/data/")
            target = base / inside if inside else code / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
    dependencies = next(Path(p) for p in sys.path if p.endswith("site-packages"))
    environment = {"PYTHONUSERBASE": str(base), "PYTHONPATH": f"{code}{os.pathsep}{dependencies}",
                   "HOME": str(tmp_path), "PATH": os.environ.get("PATH", "")}
    script = ("import app.services.library as library; print(library.__file__); "
              "print(library.shipped_path('resources/translations/carnet_fr.qm')); "
              "print(library.sample_articles_folder())")
    result = subprocess.run([sys._base_executable, "-c", script], capture_output=True, text=True,
                            env=environment, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    module, translation, samples = result.stdout.splitlines()
    assert module.startswith(str(code))
    assert translation == str(base / "share" / "carnet" / "resources" / "translations" / "carnet_fr.qm")
    assert samples == str(base / "share" / "carnet" / "seeds")

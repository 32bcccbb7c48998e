"""A wheel carries everything the window loads beside the code, where `shipped_path`
looks for it in an installed environment (share/carnet/...)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel_files(tmp_path_factory) -> set[str]:
    folder = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
                             str(folder), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    (wheel,) = folder.glob("carnet-*.whl")
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

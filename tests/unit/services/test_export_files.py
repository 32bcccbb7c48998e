import os
import stat

import pytest

from app.services.exporting import ExportError, write_atomically
from tests.unit.cli.subprocess_runs import carnet, no_traceback


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_export_gets_the_permissions_of_the_umask(tmp_path, usual_umask):
    write_atomically(tmp_path / "digest.md", "x")
    assert mode(tmp_path / "digest.md") == 0o644
    os.umask(0o077)
    write_atomically(tmp_path / "private.md", "x")
    assert mode(tmp_path / "private.md") == 0o600


def test_a_replaced_export_keeps_its_own_permissions(tmp_path, usual_umask):
    target = tmp_path / "digest.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, "new", overwrite=True)
    assert target.read_text() == "new" and mode(target) == 0o640
    target.chmod(0o664)
    write_atomically(target, "newer", overwrite=True)
    assert mode(target) == 0o664


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_a_link_or_a_folder_is_never_replaced_even_when_forced(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    aimed = tmp_path / "aimed.md"
    aimed.write_text("kept")
    link = tmp_path / "link.md"
    link.symlink_to(aimed)
    folder = tmp_path / "folder"
    folder.mkdir()
    for path, kind in [(pipe, "a named pipe"), (link, "a symbolic link"), (folder, "a folder"),
                       (tmp_path / "dangling.md", "a symbolic link")]:
        if path.name == "dangling.md":
            path.symlink_to(tmp_path / "nowhere")
        with pytest.raises(ExportError, match=f"is not a regular file \\({kind}\\).*use -o - for standard output"):
            write_atomically(path, "x", overwrite=True)
    assert stat.S_ISFIFO(pipe.lstat().st_mode) and link.is_symlink() and folder.is_dir()
    assert aimed.read_text() == "kept" and not (tmp_path / "nowhere").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aimed.md", "dangling.md", "folder", "link.md", "pipe"]


def _private_device(tmp_path):
    """A character device of our own (a second null device) in the test's folder: never
    the system's /dev/null, which a broken export would replace for everyone."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return device


def test_export_force_onto_a_device_is_refused_and_dash_writes_to_standard_output(tmp_path):
    device = _private_device(tmp_path)
    result = carnet(tmp_path / "lib", "export", "-o", str(device), "--force")
    assert result.returncode == 1 and no_traceback(result)
    assert f"carnet: {device} is not a regular file (a device)" in result.stderr
    assert stat.S_ISCHR(device.lstat().st_mode)
    result = carnet(tmp_path / "lib", "export", "-o", "-")
    assert result.returncode == 0 and result.stdout.startswith("---\n")

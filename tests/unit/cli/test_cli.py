import os
import subprocess
import sys

import pytest

from app.cli.main import main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_list_shows_the_five_samples_of_a_new_library(capsys, tmp_path):
    status, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "list")
    assert status == 0
    header, *lines = out.splitlines()
    assert header.split() == ["ID", "Date", "Source", "Title"]
    assert len(lines) == 5
    assert any("2024-01-24" in line and "souhaite investir 2,1 milliards" in line for line in lines)
    assert any("Techcrunch" in line for line in lines)
    assert any(line.endswith("L’UE crée enfin des usines d’IA") for line in lines)


def test_list_sorts_by_title_or_newest_first(capsys, tmp_path):
    status, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "list", "--sort", "title", "--reverse")
    assert status == 0 and out.splitlines()[1].endswith("L’Union européenne courtise le secteur privé alors "
                                                        "qu’elle cherche à intensifier la capacité de calcul de "
                                                        "la formation de grands modèles d’IA")
    _, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "list", "--sort", "date", "--reverse")
    assert "2024-01-24" in out.splitlines()[1]


def test_library_from_the_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CARNET_LIBRARY", str(tmp_path / "env-lib"))
    status, out, _ = run(capsys, "list")
    assert status == 0 and len(out.splitlines()) == 1 + 5
    assert (tmp_path / "env-lib" / "library.sqlite").exists()


def test_list_as_json_gives_every_article_with_its_details(capsys, tmp_path):
    import json

    status, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "list", "--json")
    listed = json.loads(out)
    assert status == 0 and len(listed) == 5
    assert {"id", "title", "source", "published", "language", "highlights"} <= set(listed[0])
    assert any(item["source"] == "Techcrunch" for item in listed)


def test_a_listing_in_a_terminal_fits_its_width(tmp_path):
    import pty

    main_args = [sys.executable, "-m", "app", "--library", str(tmp_path / "lib"), "list"]
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "60"}
    done = subprocess.run(main_args, stdout=follower, stderr=subprocess.PIPE, env=env, timeout=120)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    lines = out.decode("utf-8").splitlines()
    assert done.returncode == 0 and len(lines) == 6
    assert all(len(line) <= 60 for line in lines) and any(line.endswith("…") for line in lines)


def test_import_prints_a_line_per_file_and_a_summary(capsys, tmp_path):
    good = tmp_path / "article.txt"
    good.write_text("Un titre\nUn texte sur la Commission et les usines d’IA.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "import", str(good), str(empty))
    assert status == 0
    assert "imported  [6]" in out and "Un titre" in out
    assert f"rejected   {empty}: empty file" in out
    assert out.splitlines()[-1] == "1 imported, 1 rejected"
    status, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "import", str(good))
    assert status == 0 and out.splitlines()[-1] == "1 duplicate"


def test_import_fails_only_when_nothing_could_be_imported(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "import", str(empty), str(tmp_path / "nope"))
    assert status == 1
    assert out.splitlines()[-1] == "2 rejected"


def test_show_prints_metadata_then_text(capsys, tmp_path):
    library = str(tmp_path / "lib")
    _, listing, _ = run(capsys, "--library", library, "list")
    article_id = next(line.split()[0] for line in listing.splitlines() if "Techcrunch" in line)
    status, out, _ = run(capsys, "--library", library, "show", article_id)
    assert status == 0
    assert "Source:    Techcrunch" in out
    assert "Language:  fr" in out
    assert out.rstrip().endswith("Source : Techcrunch")


def test_show_unknown_id_is_an_error(capsys, tmp_path):
    status, _, err = run(capsys, "--library", str(tmp_path / "lib"), "show", "42")
    assert status == 1
    assert "no article with id 42" in err


def test_a_library_from_a_newer_version_is_reported_not_damaged(capsys, tmp_path):
    import sqlite3

    folder = tmp_path / "lib"
    folder.mkdir()
    connection = sqlite3.connect(folder / "library.sqlite")
    connection.execute("CREATE TABLE library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    status, _, err = run(capsys, "--library", str(folder), "list")
    assert status == 1
    assert "newer version of Carnet" in err


@pytest.mark.parametrize("command", [[], ["import"], ["list"], ["show"], ["search"], ["reindex"], ["highlight"],
                                     ["highlights"], ["note"], ["tag"], ["tag", "merge"],
                                     ["replace-text"], ["export"], ["import-annotations"], ["facts"],
                                     ["backup"], ["restore"], ["gazetteer"], ["suggest"]])
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: carnet" in capsys.readouterr().out


def test_python_dash_m_app_runs_the_command_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "app", "--library", str(tmp_path / "lib"), "list"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 + 5  # a header, then the articles


def test_without_a_display_the_window_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--library", str(tmp_path / "lib")],
        capture_output=True, text=True, timeout=60, env=env,
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux can lack a display")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "carnet: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window "
        "cannot open; use the command line instead: carnet --help"
    ]
    assert not (tmp_path / "lib").exists()


def test_search_prints_ranked_hits_with_marked_snippets(capsys, tmp_path):
    status, out, err = run(capsys, "--library", str(tmp_path / "lib"), "search", "usines")
    assert status == 0
    first = out.splitlines()[0]
    assert first.endswith("L’UE crée enfin des usines d’IA")
    assert "**usines**" in out
    assert err.strip() == "4 hits"


def test_search_json_and_limit(capsys, tmp_path):
    import json

    status, out, err = run(capsys, "--library", str(tmp_path / "lib"), "search", "--json", "--limit", "2",
                           "investissements")
    page = json.loads(out)
    assert status == 0
    assert len(page["hits"]) == 2 and page["has_more"] is True
    snippet = page["hits"][0]["snippets"][0]
    start, end = snippet["marks"][0]
    assert snippet["text"][start:end].lower().startswith("invest")


def test_malformed_search_points_at_the_mistake(capsys, tmp_path):
    status, _, err = run(capsys, "--library", str(tmp_path / "lib"), "search", "usine", "date:banana")
    assert status == 2
    assert err.splitlines() == [
        "carnet: date: 'banana' is not a date (use 2024, 2024-01 or 2024-01-24) (at character 7)",
        "  usine date:banana",
        "        ^",
    ]


def test_reindex_reports_the_count(capsys, tmp_path):
    status, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "reindex")
    assert status == 0
    assert out.strip() == "Indexed 5 articles."


def test_progress_bar_draws_only_on_a_terminal():
    import io

    from app.cli.progress import ProgressBar

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    plain, terminal = io.StringIO(), Terminal()
    for stream in (plain, terminal):
        bar = ProgressBar(stream)
        bar.update(0, 10, "a.txt")
        bar.update(10, 10, "")
        bar.close()
    assert plain.getvalue() == ""
    assert "0/10 a.txt" in terminal.getvalue() and "10/10" in terminal.getvalue()


def test_backup_and_restore_commands(capsys, tmp_path):
    library = str(tmp_path / "lib")
    status, out, _ = run(capsys, "--library", library, "backup")
    assert status == 0 and "backups/library-backup-" in out
    copy = out.strip().removeprefix("backed up to ")
    status, out, _ = run(capsys, "--library", library, "restore", copy)
    assert status == 0 and out.startswith(f"restored {copy}; the replaced library was saved to ")
    status, _, err = run(capsys, "--library", library, "restore", str(tmp_path / "nothing.sqlite"))
    assert status == 1 and "is not a file: give the path of a backup" in err


def test_the_smoke_test_runs_the_whole_application_once():
    result = subprocess.run([sys.executable, "-m", "app", "--smoke-test"], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("carnet smoke test: ok (window opened on a new library; 5 sample articles")

"""The vault and REFI-QDA commands, run as a user would."""

from __future__ import annotations

import zipfile

from tests.unit.cli.subprocess_runs import carnet, no_traceback


def test_a_project_goes_to_a_file_and_into_another_library(tmp_path):
    source, target, project = tmp_path / "a", tmp_path / "b", tmp_path / "p.qdpx"
    assert carnet(source, "highlight", "1", "--quote", "200 milliards", "--tag", "funding",
                  "--note", "à vérifier").returncode == 0
    written = carnet(source, "export-qdpx", str(project))
    assert written.returncode == 0 and "1 coded passage" in written.stderr
    assert "project.qde" in zipfile.ZipFile(project).namelist()
    again = carnet(source, "export-qdpx", str(project))
    assert again.returncode == 1 and "--force" in again.stderr and no_traceback(again)
    brought = carnet(target, "import-qdpx", str(project))
    assert brought.returncode == 0 and "1 note" in brought.stdout, brought.stderr
    listed = carnet(target, "highlights", "--tag", "funding")
    assert "200 milliards" in listed.stdout and "à vérifier" in listed.stdout


def test_the_codebook_and_the_vault(tmp_path):
    library = tmp_path / "lib"
    assert carnet(library, "export-qdc", str(tmp_path / "codes.qdc")).returncode == 0
    assert "funding" in (tmp_path / "codes.qdc").read_text(encoding="utf-8")
    first = carnet(library, "export-vault", str(tmp_path / "vault"))
    assert first.returncode == 0 and "written" in first.stdout
    tag_note = tmp_path / "vault" / "Tags" / "funding.md"
    tag_note.write_text("mine\n", encoding="utf-8")
    second = carnet(library, "export-vault", str(tmp_path / "vault"))
    assert second.returncode == 0 and "Tags/funding.md" in second.stderr and "left as it is" in second.stderr
    assert tag_note.read_text(encoding="utf-8") == "mine\n"


def test_a_file_that_is_no_project_is_one_sentence(tmp_path):
    (tmp_path / "bad.qdpx").write_text("nope")
    result = carnet(tmp_path / "lib", "import-qdpx", str(tmp_path / "bad.qdpx"))
    assert result.returncode == 1 and "bad.qdpx is not a .qdpx archive" in result.stderr and no_traceback(result)


def test_export_writes_the_whole_library_in_the_new_formats(tmp_path):
    library = tmp_path / "lib"
    assert carnet(library, "export", "--format", "vault", "-o", str(tmp_path / "v")).returncode == 0
    assert (tmp_path / "v" / "Tags" / "funding.md").exists()
    assert carnet(library, "export", "--format", "qdpx", "-o", str(tmp_path / "p.qdpx")).returncode == 0
    assert carnet(library, "export", "--format", "qdc", "-o", str(tmp_path / "c.qdc")).returncode == 0
    assert zipfile.is_zipfile(tmp_path / "p.qdpx") and (tmp_path / "c.qdc").read_bytes().startswith(b"<?xml")
    refused = carnet(library, "export", "--format", "qdpx")
    assert refused.returncode == 2 and "-o FILE" in refused.stderr

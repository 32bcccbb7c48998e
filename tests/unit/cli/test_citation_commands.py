import bibtexparser
import rispy

from tests.unit.cli.test_cli import run


def test_export_writes_references_that_bibtexparser_and_rispy_read(capsys, tmp_path):
    library = tmp_path / "lib"
    code, out, err = run(capsys, "--library", str(library), "edit", "1", "--key", "commission2024fonds")
    assert code == 0 and "key: commission2024fonds" in out
    code, _, err = run(capsys, "--library", str(library), "export", "--format", "bibtex", "-o",
                       str(tmp_path / "refs.bib"))
    assert code == 0 and "wrote" in err
    entries = bibtexparser.parse_file(str(tmp_path / "refs.bib")).entries
    assert len(entries) == 5 and "commission2024fonds" in [entry.key for entry in entries]
    code, out, _ = run(capsys, "--library", str(library), "export", "--format", "ris", "--article", "1")
    assert [record["id"] for record in rispy.loads(out)] == ["commission2024fonds"]
    code, out, _ = run(capsys, "--library", str(library), "export", "--style", "vancouver", "--article", "1")
    assert code == 0


def test_a_key_taken_or_malformed_is_refused_in_one_sentence(capsys, tmp_path):
    library = tmp_path / "lib"
    run(capsys, "--library", str(library), "edit", "1", "--key", "same")
    code, _, err = run(capsys, "--library", str(library), "edit", "2", "--key", "same")
    assert code != 0 and "the citation key 'same' is article 1's already" in err and "Traceback" not in err
    code, _, err = run(capsys, "--library", str(library), "edit", "2", "--key", "Not Valid")
    assert code != 0 and "must be lower-case letters" in err


def test_an_unknown_style_is_named(capsys, tmp_path):
    code, _, err = run(capsys, "--library", str(tmp_path / "lib"), "export", "--style", "harvard")
    assert code != 0 and "'harvard' is not a style" in err and "apa" in err

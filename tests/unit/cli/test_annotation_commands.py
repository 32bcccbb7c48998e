import json

from app.cli.main import main


def run(capsys, library, *argv):
    status = main(["--library", str(library), *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_highlight_list_note_and_json(capsys, tmp_path):
    lib = tmp_path / "lib"
    status, out, _ = run(capsys, lib, "highlight", "5", "--quote", "8 milliards d’euros", "--tag", "funding",
                         "--note", "De 2018 à 2027")
    assert status == 0 and out.strip() == "highlight 1: [funding] « 8 milliards d’euros » — De 2018 à 2027"
    status, out, _ = run(capsys, lib, "note", "1", "Sur dix ans")
    assert out.strip().endswith("— Sur dix ans") and out.startswith("highlight 1, note version 1: ")
    status, out, _ = run(capsys, lib, "note", "1", "Sur neuf ans", "--based-on", "0")
    assert out.splitlines()[1] == ("conflict: your version replaced another program's, saved meanwhile; theirs is "
                                   "kept in the note's history: « Sur dix ans »")
    status, out, _ = run(capsys, lib, "note", "1", "À moi seul", "--private")
    assert out.strip() == "highlight 1: private note — À moi seul"
    status, out, _ = run(capsys, lib, "note", "1", "", "--private")
    assert status == 0 and out.strip() == "highlight 1: private note removed"
    status, out, _ = run(capsys, lib, "highlights", "--tag", "funding", "--json")
    [item] = json.loads(out)
    assert (item["quote"], item["tags"], item["note"], item["anchor_status"]) == (
        "8 milliards d’euros", ["funding"], "Sur neuf ans", "exact")
    assert item["end"] - item["start"] == len("8 milliards d’euros")


def test_ambiguous_absent_quotes_and_unknown_tags_fail_clearly(capsys, tmp_path):
    lib = tmp_path / "lib"
    status, _, err = run(capsys, lib, "highlight", "5", "--quote", "2,1 milliards d’euros")
    assert status == 1 and "occurs 2 times" in err and "--occurrence" in err
    status, _, err = run(capsys, lib, "highlight", "5", "--quote", "absent text")
    assert status == 1 and "not in article 5" in err
    status, _, err = run(capsys, lib, "highlight", "5", "--quote", "EuroHPC JU", "--occurrence", "1", "--tag", "x")
    assert status == 1 and "no tag named 'x'" in err
    status, _, err = run(capsys, lib, "note", "99", "x")
    assert status == 1 and "no highlight with id 99" in err


def test_tag_commands(capsys, tmp_path):
    lib = tmp_path / "lib"
    run(capsys, lib, "highlight", "5", "--quote", "EuroHPC JU", "--occurrence", "1", "--tag", "Commission")
    status, out, _ = run(capsys, lib, "tag", "add", "Bruxelles", "--key", "4", "--parent", "Commission")
    assert status == 0 and out.startswith("added tag Bruxelles")
    status, _, err = run(capsys, lib, "tag", "rename", "funding", "SITES")
    assert status == 1 and "merge the two instead" in err
    run(capsys, lib, "tag", "merge", "Commission", "sites")
    status, out, _ = run(capsys, lib, "tag", "list")
    assert out.splitlines() == [
        "1  #f2c94c  funding                  0 highlights in 0 articles",
        "2  #6fcf97  sites                    1 highlight in 1 article",
        "4  #eb5757  Bruxelles                0 highlights in 0 articles  (under sites)",
    ]
    status, out, _ = run(capsys, lib, "tag", "delete", "sites")
    assert out.strip() == "deleted tag sites (it was on 1 highlight)"


def test_replace_text_keeps_highlights_and_reports(capsys, tmp_path, seeds_folder):
    lib = tmp_path / "lib"
    run(capsys, lib, "highlight", "5", "--quote", "8 milliards d’euros", "--tag", "funding")
    changed = tmp_path / "new.txt"
    changed.write_text("Mise à jour.\n" + (seeds_folder / "004_73f990bf24fe4a87.txt").read_text(encoding="utf-8"),
                       encoding="utf-8")
    status, out, _ = run(capsys, lib, "replace-text", "5", str(changed))
    assert status == 0
    assert out.strip() == "article 5: highlights: 0 in place, 1 moved, 0 approximate, 0 orphaned"
    status, _, err = run(capsys, lib, "replace-text", "5", str(tmp_path / "x.odt"))
    assert status == 1 and "cannot give an article its text" in err


def test_export_writes_a_digest_and_refuses_to_overwrite(capsys, tmp_path):
    lib = tmp_path / "lib"
    run(capsys, lib, "highlight", "2", "--quote", "Sept usines d’IA européennes", "--tag", "sites")
    status, out, _ = run(capsys, lib, "export", "--group-by", "article")
    assert status == 0 and out.startswith("---\n") and "> Sept usines d’IA européennes[^1]" in out
    target = tmp_path / "digest.md"
    assert run(capsys, lib, "export", "-o", str(target))[0] == 0
    status, _, err = run(capsys, lib, "export", "-o", str(target))
    assert status == 1 and "exists already" in err
    assert run(capsys, lib, "export", "-o", str(target), "--force", "--tag", "funding")[0] == 0
    assert "*No highlight matches this digest’s filter.*" in target.read_text(encoding="utf-8")


def test_export_json_and_import_annotations_round_trip(capsys, tmp_path):
    lib, other = tmp_path / "lib", tmp_path / "other"
    run(capsys, lib, "highlight", "2", "--quote", "Sept usines d’IA européennes", "--tag", "sites", "--note", "n")
    target = tmp_path / "a.json"
    assert run(capsys, lib, "export", "--format", "json", "-o", str(target))[0] == 0
    status, out, _ = run(capsys, other, "import-annotations", str(target))
    assert status == 0 and out.startswith("1 highlight created")
    status, out, _ = run(capsys, other, "export", "--format", "csv")
    assert "Sept usines d’IA européennes" in out and ",sites," in out
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    status, _, err = run(capsys, other, "import-annotations", str(tmp_path / "bad.json"))
    assert status == 1 and "bad.json" in err


def test_facts_lists_every_amount_of_the_samples_with_currency_and_article(capsys, tmp_path):
    status, out, _ = run(capsys, tmp_path / "lib", "facts", "--kind", "money", "--json")
    found = json.loads(out)
    assert status == 0 and {f["kind"] for f in found} == {"money"}
    by_article = {}
    for fact in found:
        by_article.setdefault(fact["article"], []).append((fact["text"], fact["amount"], fact["currency"]))
    assert by_article[2] == [("1,5 milliard d’euros", 1.5e9, "EUR")]
    assert by_article[5][0] == ("2,1 milliards d’euros", 2.1e9, "EUR")
    assert sum(len(v) for v in by_article.values()) == 19  # 17 amounts, two of them with their equivalent


def test_facts_json_gives_a_conversion_as_its_own_amount_linked_to_its_original(capsys, tmp_path):
    status, out, _ = run(capsys, tmp_path / "lib", "facts", "--kind", "money", "--article", "1", "--json")
    found = {fact["id"]: fact for fact in json.loads(out)}
    converted, _other = [f for f in found.values() if "converts" in f]
    original = found[converted["converts"]]
    assert (original["text"], original["amount"], original["currency"]) == ("100 milliards de dollars", 1e11, "USD")
    assert (converted["text"], converted["amount"], converted["currency"]) == ("96 milliards d’euros", 9.6e10, "EUR")
    assert original["converted"] == converted["id"] and "value" not in original


def test_export_with_key_figures(capsys, tmp_path):
    lib = tmp_path / "lib"
    run(capsys, lib, "highlight", "5", "--quote", "8 milliards d’euros", "--tag", "funding")
    status, out, _ = run(capsys, lib, "export", "--key-figures")
    table = out.split("## Key figures")[1].split("## Sources")[0]
    assert "| 8 milliards d’euros | EUR |" in table and "| cent millions d’euros | EUR |" in table
    assert table.count("[^1]") == 5


def test_the_gazetteer_teaches_facts_new_names(capsys, tmp_path):
    lib = tmp_path / "lib"
    status, out, _ = run(capsys, lib, "facts", "--kind", "actor", "--article", "1", "--json")
    assert "Investai" not in [f["text"] for f in json.loads(out)]
    assert run(capsys, lib, "gazetteer", "InvestAI", "--kind", "institution", "--alias", "Investai")[0] == 0
    assert run(capsys, lib, "gazetteer", "Kajaani", "--kind", "place", "--code", "fi")[0] == 0
    status, out, _ = run(capsys, lib, "facts", "--kind", "actor", "--article", "1", "--json")
    found = [(f["text"], f["value"], f["detail"]) for f in json.loads(out)]
    assert ("Investai", "InvestAI", "institution") in found
    (lib / "gazetteer.json").write_text("{broken", encoding="utf-8")
    status, _, err = run(capsys, lib, "facts")
    assert status == 1 and "gazetteer.json" in err


def test_a_quote_typed_with_plain_apostrophes_is_found_and_said_so(capsys, tmp_path):
    lib = tmp_path / "lib"
    status, out, err = run(capsys, lib, "highlight", "2", "--quote", "Sept usines d'IA européennes")
    assert status == 0, err
    assert "other apostrophes, quotation marks, dashes or spaces" in out
    assert out.strip().endswith("« Sept usines d’IA européennes »")
    status, out, _ = run(capsys, lib, "highlights", "--json")
    [item] = json.loads(out)
    assert item["quote"] == "Sept usines d’IA européennes" and item["author"] is None  # the owner's
    status, out, _ = run(capsys, lib, "show", "2")
    assert status == 0
    status, out, _ = run(capsys, lib, "highlight", "2", "--quote", "Sept usines d’IA européennes")
    assert status == 0 and "other apostrophes" not in out

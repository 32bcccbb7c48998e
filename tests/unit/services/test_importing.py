import os

import pytest

from app.core.tasks import CancelToken
from app.services.articles import ArticleService
from app.services.importing import import_paths

TEXT = "Titre de l’article\nLa Commission européenne investit dans les usines d’IA pour les start-up."


def make_folder(root, files: dict[str, bytes]):
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def statuses(report):
    return {outcome.path.name: outcome.status for outcome in report.outcomes}


def test_importing_the_same_files_twice_reports_duplicates(empty_library, seeds_folder):
    first = import_paths(empty_library, [seeds_folder])
    second = import_paths(empty_library, [seeds_folder])
    assert first.counts["imported"] == 5
    assert second.counts["duplicate"] == 5 and second.counts["imported"] == 0
    assert [o.article_id for o in second.outcomes] == first.imported_ids
    assert ArticleService(empty_library).count() == 5


def test_same_text_under_another_name_and_format_is_a_duplicate(empty_library, tmp_path):
    folder = make_folder(tmp_path / "in", {"a.txt": TEXT.encode(), "b.md": TEXT.encode("cp1252")})
    report = import_paths(empty_library, [folder])
    assert statuses(report) == {"a.txt": "imported", "b.md": "duplicate"}


def test_one_bad_file_among_good_ones_is_reported_and_skipped(empty_library, tmp_path):
    folder = make_folder(tmp_path / "in", {
        "1-good.txt": TEXT.encode(),
        "2-empty.txt": b"",
        "3-binary.txt": b"\x00\x01\x02PK\x03\x04" * 100,
        "4-good.md": b"# Autre\n\nUn deuxieme texte sur les gigafactories de la Commission.",
        "sub/5-latin1.txt": "Le président et l'été de la Commission européenne.".encode("latin-1"),
        "notes.odt": b"PK\x03\x04",
        "6-broken.pdf": b"%PDF-1.4",
        ".hidden.txt": TEXT.encode() + b" hidden",
    })
    report = import_paths(empty_library, [folder])
    assert statuses(report) == {
        "1-good.txt": "imported",
        "2-empty.txt": "rejected",
        "3-binary.txt": "rejected",
        "4-good.md": "imported",
        "notes.odt": "skipped",
        "6-broken.pdf": "rejected",
        "5-latin1.txt": "imported",
    }
    reasons = {o.path.name: str(o.reason) for o in report.outcomes}
    assert reasons["2-empty.txt"] == "empty file"
    assert reasons["3-binary.txt"].startswith("binary content")
    assert "'.odt' files are not supported" in reasons["notes.odt"]
    assert reasons["6-broken.pdf"].startswith("this PDF is damaged or truncated")
    titles = sorted(s.title for s in ArticleService(empty_library).summaries())
    assert titles == ["Autre", "Le président et l'été de la Commission européenne", "Titre de l’article"]


def test_missing_path_is_rejected_and_the_rest_imports(empty_library, tmp_path, seeds_folder):
    report = import_paths(empty_library, [tmp_path / "nowhere", seeds_folder / "000_610f2261d7174f80.txt"])
    assert [o.status for o in report.outcomes] == ["rejected", "imported"]
    assert str(report.outcomes[0].reason) == "no such file or folder"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symlink_loop_and_dangling_link_do_not_trap_the_walk(empty_library, tmp_path):
    folder = make_folder(tmp_path / "in", {"good.txt": TEXT.encode()})
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    report = import_paths(empty_library, [folder])
    assert statuses(report) == {"dangling.txt": "skipped", "good.txt": "imported", "loop": "skipped"}
    assert "symbolic link" in {o.path.name: str(o.reason) for o in report.outcomes}["dangling.txt"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_inside_a_folder_is_skipped_but_a_link_named_on_its_own_is_followed(empty_library, tmp_path):
    secret = tmp_path / "private" / "id_ed25519"
    secret.parent.mkdir()
    secret.write_text("PRIVATE KEY jetonsecret a line of the key that must never be imported", encoding="utf-8")
    folder = make_folder(tmp_path / "in", {"good.txt": TEXT.encode()})
    (folder / "notes.txt").symlink_to(secret)
    (folder / "elsewhere").symlink_to(secret.parent, target_is_directory=True)
    report = import_paths(empty_library, [folder])
    assert statuses(report) == {"elsewhere": "skipped", "good.txt": "imported", "notes.txt": "skipped"}
    reasons = {o.path.name: str(o.reason) for o in report.outcomes}
    assert reasons["notes.txt"].startswith("a symbolic link: links inside a folder are not followed")
    assert ArticleService(empty_library).count() == 1

    [named] = import_paths(empty_library, [folder / "notes.txt"]).outcomes
    assert named.status == "imported" and named.path == folder / "notes.txt"
    assert "jetonsecret" in ArticleService(empty_library).article(named.article_id).body


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_named_pipes_and_devices_are_rejected_without_being_opened(empty_library, tmp_path):
    folder = make_folder(tmp_path / "in", {"good.txt": TEXT.encode()})
    os.mkfifo(folder / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "named.html")
    report = import_paths(empty_library, [folder, tmp_path / "zero.txt", tmp_path / "named.html"])
    assert statuses(report) == {"good.txt": "imported", "pipe.txt": "rejected", "zero.txt": "rejected",
                                "named.html": "rejected"}
    reasons = {o.path.name: str(o.reason) for o in report.outcomes}
    assert reasons["pipe.txt"] == reasons["named.html"] == \
        "not a regular file: this is a named pipe (FIFO), which is never read"
    assert reasons["zero.txt"] == "not a regular file: this is a device, which is never read"


def test_a_folder_nested_1100_deep_imports_without_exhausting_the_stack(empty_library, tmp_path):
    folder = tmp_path / "deep"
    folders = [folder]
    for _ in range(1100):  # one by one: Path.mkdir(parents=True) itself recurses
        folders.append(folders[-1] / "d")
    for path in folders:
        path.mkdir()
    try:
        (folders[-1] / "bottom.txt").write_text(TEXT + " tout au fond", encoding="utf-8")
        (folder / "top.txt").write_text(TEXT + " en haut", encoding="utf-8")
        report = import_paths(empty_library, [folder])
        assert statuses(report) == {"top.txt": "imported", "bottom.txt": "imported"}
    finally:  # pytest's clean-up of tmp_path recurses too
        for path in reversed(folders):
            for file in path.glob("*.txt"):
                file.unlink()
            path.rmdir()


def test_progress_is_reported_and_cancel_stops_between_files(empty_library, tmp_path):
    folder = make_folder(tmp_path / "in", {f"{n}.txt": f"{TEXT} numéro {n}".encode() for n in range(6)})
    cancel = CancelToken()
    seen = []

    def progress(done, total, label):
        seen.append((done, total, label))
        if done == 2:
            cancel.cancel()

    report = import_paths(empty_library, [folder], progress=progress, cancel=cancel)
    assert report.cancelled
    # The file being read when the cancel came is left out: a cancel never waits for it.
    assert report.counts["imported"] == 2
    assert seen[:3] == [(0, 6, "0.txt"), (1, 6, "1.txt"), (2, 6, "2.txt")]
    assert ArticleService(empty_library).count() == 2


def test_full_run_reports_completion(empty_library, tmp_path):
    folder = make_folder(tmp_path / "in", {"a.txt": TEXT.encode()})
    seen = []
    import_paths(empty_library, [folder], progress=lambda *args: seen.append(args))
    assert seen == [(0, 1, "a.txt"), (1, 1, "")]


def test_a_changed_file_updates_its_article_and_reanchors_its_highlights(empty_library, tmp_path):
    from app.core.anchoring import AnchorStatus
    from app.services.annotating import AnnotationService
    from app.services.searching import SearchService

    path = tmp_path / "article.txt"
    path.write_text("Titre\nLa Commission investit 2,1 milliards d’euros dans EuroHPC.\nFin du texte.",
                    encoding="utf-8")
    [first] = import_paths(empty_library, [path]).outcomes
    notes = AnnotationService(empty_library)
    start, end = notes.find_quote(first.article_id, "2,1 milliards d’euros")
    kept = notes.add_highlight(article_id=first.article_id, start=start, end=end, tags=["funding"]).value
    start, end = notes.find_quote(first.article_id, "Fin du texte")
    lost = notes.add_highlight(article_id=first.article_id, start=start, end=end).value

    path.write_text("Titre\nChapeau ajouté par la rédaction.\nLa Commission investit 2,1 milliards d’euros "
                    "dans EuroHPC.\nUne autre conclusion.", encoding="utf-8")
    [second] = import_paths(empty_library, [path]).outcomes
    assert (second.status, second.article_id) == ("updated", first.article_id)
    assert "1 moved" in str(second.reason) and "1 orphaned" in str(second.reason)
    assert ArticleService(empty_library).count() == 1
    body = ArticleService(empty_library).article(first.article_id).body
    moved = notes.highlight(kept.id)
    assert moved.status is AnchorStatus.MOVED and body[moved.start:moved.end] == "2,1 milliards d’euros"
    assert notes.highlight(lost.id).status is AnchorStatus.ORPHAN
    assert [h.article.id for h in SearchService(empty_library).search("chapeau").hits] == [first.article_id]
    assert SearchService(empty_library).search("conclusion").hits[0].article.id == first.article_id
    # The orphaned highlight keeps its quote, and is still found by it (with no snippet:
    # the article no longer says it).
    [hit] = SearchService(empty_library).search('"fin du texte"').hits
    assert [h.id for h in hit.highlights] == [lost.id] and hit.snippets == ()


def test_include_and_exclude_globs_choose_files_in_folders(empty_library, tmp_path):
    folder = make_folder(tmp_path / "in", {
        "a.txt": TEXT.encode() + b" a", "b.md": TEXT.encode() + b" b", "drafts/c.txt": TEXT.encode() + b" c",
        "d.odt": b"x",
    })
    report = import_paths(empty_library, [folder], include=["*.txt", "*.odt"], exclude=["drafts/*"])
    assert statuses(report) == {"a.txt": "imported", "d.odt": "skipped"}


@pytest.mark.sqlite_only  # about walking a folder; the two databases store its files alike
def test_ten_thousand_files_in_one_folder(empty_library, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(10_000):
        (folder / f"{n:05d}.txt").write_text(f"Article {n}\nLa Commission finance l’usine numéro {n}.",
                                             encoding="utf-8")
    report = import_paths(empty_library, [folder])
    assert report.counts["imported"] == 10_000
    assert ArticleService(empty_library).count() == 10_000
    db = empty_library.database()
    assert db.execute("SELECT count(*) FROM article_index").fetchone()[0] == 10_000


def test_control_characters_are_removed_from_what_is_stored_and_the_report_says_so(empty_library, tmp_path):
    escapes = "\x1b]0;pwned\x07\x1b[2J"
    folder = make_folder(tmp_path / "in", {
        "escapes.txt": (f"{escapes}Titre piégé\x08\n\n" + TEXT * 10 + "\x0cFin\x85du texte.").encode(),
        "front.md": (f'---\ntitle: "Titre{escapes} du billet"\nauthor: "Jean\x9b2J Martin"\n---\n' + TEXT * 10).encode(),
    })
    report = import_paths(empty_library, [folder])
    outcomes = {o.path.name: o for o in report.outcomes}
    assert [o.status for o in report.outcomes] == ["imported", "imported"]
    assert str(outcomes["escapes.txt"].reason) == "4 control characters removed"
    assert str(outcomes["front.md"].reason) == "4 control characters removed"
    text = ArticleService(empty_library).article(outcomes["escapes.txt"].article_id)
    assert text.title == "]0;pwned[2JTitre piégé"
    assert text.body.endswith("\nFin\ndu texte.") and "\x1b" not in text.body
    front = ArticleService(empty_library).article(outcomes["front.md"].article_id)
    assert (front.title, front.author) == ("Titre]0;pwned[2J du billet", "Jean2J Martin")


def test_an_article_imported_before_marks_were_kept_gets_them_when_imported_again(empty_library, tmp_path):
    from app.services.annotating import AnnotationService
    from app.store.database import write_transaction

    path = tmp_path / "note.md"
    path.write_text("# Usines d’IA\n\nSept sites.\n\n## Financement\n\nUn budget de 1,5 milliard.\n", encoding="utf-8")
    [first] = import_paths(empty_library, [path]).outcomes
    db = empty_library.database()
    with write_transaction(db):  # as an import before marks were kept stored it
        db.execute("UPDATE articles SET extras = '{}' WHERE id = ?", [first.article_id])
    notes = AnnotationService(empty_library)
    start, end = notes.find_quote(first.article_id, "1,5 milliard")
    notes.add_highlight(article_id=first.article_id, start=start, end=end, tags=["funding"], note="à suivre")
    before = ArticleService(empty_library).article(first.article_id)
    assert "marks" not in before.extras

    [again] = import_paths(empty_library, [path]).outcomes
    assert (again.status, again.article_id) == ("duplicate", first.article_id)
    after = ArticleService(empty_library).article(first.article_id)
    assert [after.body[s:e] for _kind, s, e, _level in after.extras["marks"]] == ["Usines d’IA", "Financement"]
    assert (after.body, after.title, after.imported_at) == (before.body, before.title, before.imported_at)
    [highlight] = notes.highlights(article_id=first.article_id)
    assert (highlight.start, highlight.end, highlight.note) == (start, end, "à suivre")


def test_the_report_names_the_extractor_that_gave_a_web_page_its_text(empty_library, tmp_path):
    from pathlib import Path
    import shutil

    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(fixtures / "feature_cut.html", folder)
    shutil.copy(fixtures / "article.html", folder)
    outcomes = {o.path.name: o for o in import_paths(empty_library, [folder]).outcomes}
    assert str(outcomes["feature_cut.html"].reason) == "text taken by trafilatura (recall)"
    assert outcomes["article.html"].reason is None


def test_marks_kept_before_emphasis_and_links_get_them_when_the_same_text_is_imported_again(empty_library,
                                                                                            tmp_path):
    import json

    from app.store.database import write_transaction

    path = tmp_path / "note.md"
    path.write_text("# Usines d’IA\n\nSept sites, dit [le rapport](https://example.org/r) *officiel*.\n",
                    encoding="utf-8")
    [first] = import_paths(empty_library, [path]).outcomes
    db = empty_library.database()
    with write_transaction(db):  # as an import before emphasis and links were kept stored it
        db.execute("UPDATE articles SET extras = ? WHERE id = ?",
                   [json.dumps({"marks": [["heading", 0, 11, 1]]}), first.article_id])
    before = ArticleService(empty_library).article(first.article_id)
    import_paths(empty_library, [path])
    after = ArticleService(empty_library).article(first.article_id)
    assert [mark[0] for mark in after.extras["marks"]] == ["heading", "link", "emphasis"]
    assert ["https://example.org/r"] == [mark[4] for mark in after.extras["marks"] if mark[0] == "link"]
    assert (after.body, after.title) == (before.body, before.title)

from app.search.analysis import ANALYSER_VERSION
from app.services.library import open_library
from app.services.searching import SearchService
from app.store.database import write_transaction
from app.ui.dialogs.task_error import TaskErrorBox
from app.ui.opening import open_library_with_progress
from app.ui.tasks import TaskRunner


def test_a_new_library_opens_off_the_ui_thread_with_the_samples(qtbot, tmp_path):
    library = open_library_with_progress(tmp_path / "new", TaskRunner())
    assert library is not None
    assert len(SearchService(library).search("usines").hits) == 4


def test_an_index_from_another_analyser_is_rebuilt_on_opening(qtbot, tmp_path):
    first = open_library(tmp_path / "lib")
    db = first.database()
    with write_transaction(db):
        db.execute("UPDATE search_state SET value = '0' WHERE key = 'analyser_version'")
        db.execute("DELETE FROM article_index")
    first.close()
    library = open_library_with_progress(tmp_path / "lib", TaskRunner())
    version = library.database().execute(
        "SELECT value FROM search_state WHERE key = 'analyser_version'").fetchone()[0]
    assert int(version) == ANALYSER_VERSION
    assert len(SearchService(library).search("usines").hits) == 4


def test_a_library_that_cannot_open_is_reported(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(TaskErrorBox, "exec", lambda box: shown.append(box.text()))
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "library.sqlite").write_bytes(b"not a database " * 200)
    assert open_library_with_progress(folder, TaskRunner()) is None
    assert shown and "could not be opened" in shown[0] and "library.sqlite" in shown[0]


def test_an_emptied_library_is_reported_with_its_backup_and_left_alone(qtbot, tmp_path, monkeypatch):
    from app.services.backups import backup_library

    shown = []
    monkeypatch.setattr(TaskErrorBox, "exec", lambda box: shown.append(box.text()))
    first = open_library(tmp_path / "lib")
    backup = backup_library(first.database_path)
    first.close()
    (tmp_path / "lib" / "library.sqlite").write_bytes(b"")
    assert open_library_with_progress(tmp_path / "lib", TaskRunner()) is None
    assert shown and "this is not a Carnet library that can be opened (the file is empty)" in shown[0]
    assert f"restore {backup}" in shown[0]
    assert (tmp_path / "lib" / "library.sqlite").stat().st_size == 0

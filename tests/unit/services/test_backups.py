import sqlite3

import pytest

from app.services.articles import ArticleService
from app.services.backups import KEPT_BEFORE_MIGRATION, backup_library, restore_library
from app.services.library import open_library
from app.store.errors import LibraryError
from app.store.database import open_database
from app.store.schema import SCHEMA_VERSION, migrate

pytestmark = pytest.mark.sqlite_only  # about the local library's file


def test_backup_while_open_and_restore(library, tmp_path):
    copy = backup_library(library.database_path, tmp_path / "copy.sqlite")
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    ArticleService(library).delete(1)
    library.close()
    saved = restore_library(library.database_path, copy)
    assert saved.exists()
    assert ArticleService(open_library(library.folder)).count() == 5
    with pytest.raises(LibraryError, match="exists already"):
        backup_library(library.database_path, copy)


def test_a_damaged_backup_is_refused(library, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not sqlite" * 100)
    with pytest.raises(LibraryError, match=r"is not a Carnet backup \(the file is not an SQLite database\); "
                                           r"nothing was restored"):
        restore_library(library.database_path, bad)
    assert ArticleService(library).count() == 5


def test_migrating_an_older_library_backs_it_up_first_and_keeps_a_few(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    for _ in range(KEPT_BEFORE_MIGRATION + 2):
        _write_previous_schema(folder / "library.sqlite")
        open_library(folder).close()
    backups = sorted((folder / "backups").glob("library-before-migration-*.sqlite"))
    assert len(backups) == KEPT_BEFORE_MIGRATION
    connection = sqlite3.connect(backups[-1])
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
    connection.close()


def _write_previous_schema(path):
    path.unlink(missing_ok=True)
    db = open_database(path)
    migrate(db, target=SCHEMA_VERSION - 1)
    db.close()

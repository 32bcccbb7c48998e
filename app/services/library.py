"""Where a library lives, opening it, and what a new library starts with."""

from __future__ import annotations

import os
import site
import sqlite3
import sys
from pathlib import Path
from typing import Mapping

import platformdirs

from app.core.messages import Message
from app.core.tags import DEFAULT_DESCRIPTIONS, library_language
from app.core.tasks import CancelToken, Progress, no_progress
from app.services.backups import backup_before_migration, describe, restore_advice
from app.services.checking import damaged_library_error
from app.services.importing import import_paths
from app.services.indexing import IndexCancelled, prepare_index
from app.services.story_signing import sign_unsigned
from app.store.database import utc_now, write_transaction
from app.store import identity
from app.store.errors import LibraryError, LibraryReadOnly
from app.store.library import DATABASE_FILE, Library
from app.store.meta import get_meta, set_meta
from app.store.schema import SCHEMA_VERSION, migrate, schema_version
from app.store.tags import describe_tags
from app.store.team import is_team_address

LIBRARY_ENV = "CARNET_LIBRARY"
ENGINE_ENV = "CARNET_SEARCH_ENGINE"
"""`fts5` ranks searches with the library's FTS5 index alone; anything else, or nothing:
with a Tantivy index derived from it (see `app.search.derived_index`), where the
library can be written and the `tantivy` package is installed."""
_SAMPLES_ADDED = "samples_added_at"


def default_library_folder() -> Path:
    """The library used when none is named: in the platform's user data folder."""
    return platformdirs.user_data_path("Carnet", appauthor=False) / "Library"


def resolve_library_folder(explicit: str | os.PathLike | None = None,
                           environ: Mapping[str, str] = os.environ) -> Path | str:
    """The library folder to use: `--library`, else `$CARNET_LIBRARY`, else the default;
    a team library's address as it was given."""
    named = explicit or environ.get(LIBRARY_ENV)
    if named and is_team_address(str(named)):
        return str(named)
    if named:
        return Path(named).expanduser()
    return default_library_folder()


def shipped_path(relative: str) -> Path | None:
    """A file or folder shipped with Carnet (`seeds`, `resources/...`), wherever it was
    installed, or None."""
    candidates = [
        Path(__file__).resolve().parents[2] / relative,  # a source checkout
        Path(sys.prefix) / "share" / "carnet" / relative,  # a wheel installed in an environment
        Path(site.getuserbase()) / "share" / "carnet" / relative,  # ... or with pip install --user
    ]
    if hasattr(sys, "_MEIPASS"):  # a PyInstaller bundle
        candidates.insert(0, Path(sys._MEIPASS) / relative)
    return next((path for path in candidates if path.exists()), None)


def sample_articles_folder() -> Path | None:
    """The folder of sample articles shipped with Carnet, wherever it was installed."""
    folder = shipped_path("seeds")
    return folder if folder is not None and folder.is_dir() else None


def open_library(folder: Path | str, *, samples: Path | None = None, add_samples: bool = True,
                 progress: Progress = no_progress, cancel: CancelToken | None = None,
                 read_only: bool = False, prepare: bool = True, language: str | None = None) -> Library:
    """Open the library in `folder`, creating and migrating it as needed.

    A new library's default tags are described in `language` ("fr" or "en"; by default
    that of the system's locale).

    The search index is built if it is missing or was made by another analyser version
    (`progress` follows that; cancelling raises `IndexCancelled` and leaves the old
    index whole). The articles stored before stories existed are then signed and grouped
    into stories, a short transaction at a time (cancelling raises `IndexCancelled` too,
    and the next opening goes on). A library that has never received the sample articles
    gets them now (from `samples`, by default the shipped ones), so a first start shows
    five articles.

    A library in a folder that cannot be written, or opened `read_only`, is opened for
    reading only: nothing is migrated, indexed or added, and no file is written.

    A `library.sqlite` that is not a Carnet library (an empty file, another program's
    database, other bytes) is never made into one: `LibraryError` says what it holds
    and which backup to restore. So does a library too damaged to open.

    `prepare=False` leaves the search index, the stories and the samples alone (for checking a
    library that may be damaged: reading the index is what fails then).

    A team library's address (`postgresql://…`, `service=…`) opens that team library
    (`open_team_library`).
    """
    if isinstance(folder, str) and is_team_address(folder):
        return open_team_library(folder, progress=progress, cancel=cancel, prepare=prepare)
    folder = Path(folder)
    _refuse_unless_library(folder)
    try:
        return _open(folder, samples=samples, add_samples=add_samples, progress=progress, cancel=cancel,
                     read_only=read_only, prepare=prepare, language=language)
    except sqlite3.DatabaseError as error:
        told = damaged_library_error(folder, error)
        if told is None:
            raise
        raise told from None


def _locale_language() -> str | None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(variable):
            return os.environ[variable]
    return None


def describe_default_tags(db, language: str) -> None:
    """Give a new library's default tags their descriptions in `language`."""
    descriptions = DEFAULT_DESCRIPTIONS.get(language)
    if descriptions:
        with write_transaction(db):
            describe_tags(db, descriptions)


def _refuse_unless_library(folder: Path) -> None:
    finding = identity.inspect_database(folder / DATABASE_FILE)
    if finding.is_library:
        return
    raise LibraryError(folder / DATABASE_FILE,
                       Message("this is not a Carnet library that can be opened ({found}); it was left as it is, "
                               "and {advice}", found=describe(finding), advice=restore_advice(folder)))


def _open(folder: Path, *, samples: Path | None, add_samples: bool, progress: Progress,
          cancel: CancelToken | None, read_only: bool, prepare: bool, language: str | None) -> Library:
    writable = _writable(folder)
    if read_only or not writable:
        return _open_read_only(folder, on_read_only_disk=not writable)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(folder, Message("cannot create the library folder: {error}", error=error.strerror)) from None
    library = Library(folder)
    try:
        db = library.database()
        new = schema_version(db) == 0
        migrate(db, path=str(library.database_path),
                before=lambda version: backup_before_migration(library.database_path, version))
        if new:
            describe_default_tags(db, library_language(language or _locale_language()))
        if not prepare:
            return library
        prepare_index(library, progress=progress, cancel=cancel)
        sign_unsigned(library, progress=progress, cancel=cancel)
        if cancel is not None and cancel.cancelled:
            # Opened as the index's preparation is: not at all. What was signed stays.
            raise IndexCancelled()
        if os.environ.get(ENGINE_ENV, "").strip().lower() != "fts5":
            attach_derived_index(library)
        if add_samples and get_meta(db, _SAMPLES_ADDED) is None:
            samples = samples or sample_articles_folder()
            if samples is not None:
                import_paths(library, [samples])
            with write_transaction(db):
                set_meta(db, _SAMPLES_ADDED, utc_now())
    except BaseException:
        library.close()  # so that a restore is not refused for this failed opening's sake
        raise
    return library


def open_team_library(address: str, *, password: str | None = None, progress: Progress = no_progress,
                      cancel: CancelToken | None = None, prepare: bool = True):
    """Open the team library at `address` (its schema made by `carnet team init`), with its
    search vectors brought up to this version's analysis. A team library is shared: it never
    receives the sample articles on its own."""
    from app.store.postgres.team_library import open_team_library as open_team

    library = open_team(address, password=password)
    try:
        if prepare and not library.read_only:
            prepare_index(library, progress=progress, cancel=cancel)
            sign_unsigned(library, progress=progress, cancel=cancel)
            if cancel is not None and cancel.cancelled:
                raise IndexCancelled()
    except BaseException:
        library.close()
        raise
    return library


def attach_derived_index(library: Library) -> bool:
    """Keep a Tantivy index beside the library and rank searches with it; False (and
    FTS5 alone) for a read-only library or without the `tantivy` package."""
    from app.search import derived_index
    if library.read_only or not derived_index.available():
        return False
    db = library.database()
    if not derived_index.has_outbox(db):
        with write_transaction(db):
            derived_index.create_outbox(db)
    try:
        index = derived_index.derived_index_of(library.folder)
    except (ValueError, OSError):  # a full or damaged disk: FTS5 alone, as without the extra
        return False
    library.derived_index = index
    library.after_commit.append(lambda connection: index.apply_soon())
    library.on_close.append(index.release)
    # What a program killed before applying its last commits left, or the whole index
    # for a library that never had one: applied in the background, FTS5 ranking meanwhile.
    index.apply_soon()
    return True


def _writable(folder: Path) -> bool:
    """Whether the library in `folder` can be written (a folder yet to be made: if its
    nearest existing parent can be)."""
    existing = next((path for path in (folder, *folder.parents) if path.exists()), folder)
    database = folder / DATABASE_FILE
    return os.access(existing, os.W_OK) and (not database.exists() or os.access(database, os.W_OK))


def _open_read_only(folder: Path, *, on_read_only_disk: bool) -> Library:
    if not (folder / DATABASE_FILE).is_file():
        raise LibraryError(folder, Message("this folder is on a disk that cannot be written and holds no "
                                           "Carnet library")
                           if on_read_only_disk else Message("this folder holds no Carnet library"))
    library = Library(folder, read_only=True, on_read_only_disk=on_read_only_disk)
    try:
        version = schema_version(library.database())
        if version > SCHEMA_VERSION:
            migrate(library.database(), path=str(library.database_path))  # refuses, saying why
    except BaseException:
        library.close()
        raise
    if version < SCHEMA_VERSION:
        library.close()
        raise LibraryReadOnly(library.database_path,
                              Message("this library was made by an older version of Carnet and must be upgraded, "
                                      "which cannot be done while it is read-only: open it once where it can be "
                                      "written"))
    return library

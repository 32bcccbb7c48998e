"""Moving a library to and from qualitative-analysis programs (QualCoder, MAXQDA, NVivo,
ATLAS.ti) through REFI-QDA: a whole project (`.qdpx`) or the codebook alone (`.qdc`).

Tags become codes (their nesting, colours and descriptions kept), articles text
sources, highlights plain-text selections coded with their tags, and notes memos.
An item's GUID is derived from the library's identity, or is the one a project imported
gave it (with its creation time), so that a project brought in goes out the same.
"""

from __future__ import annotations

import getpass
import os
import secrets
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from app.core import refi_qda as qda
from app.core.anchoring import AnchorStatus
from app.core.article import Article
from app.core.changes import Changes, Outcome
from app.core.errors import ToldError
from app.core.messages import Message
from app.core.tags import Tag, is_colour
from app.services.annotating import AnnotationService
from app.services.importing import add_articles
from app.services.tagging import TagService
from app.store.articles import article_texts, get_article
from app.store.database import write_transaction
from app.store.exchange_guids import ExchangeGuid, known_guids, remember_guid
from app.store.highlights import list_highlights
from app.store.meta import get_meta, set_meta
from app.store.tags import find_tag, list_tags

if TYPE_CHECKING:
    from app.store.library import Library

PROJECT_FILE = "project.qde"
_IDENTITY = "exchange_guid"
_DETAILS = (("Source", "source"), ("Author", "author"), ("URL", "url"), ("Published", "published"))


class ExchangeError(ToldError):
    """A REFI-QDA file that cannot be written or read, naming it."""


@dataclass
class ExchangeReport:
    """What an export or import did, and a sentence for each thing left out."""

    sources: int = 0
    codes: int = 0
    selections: int = 0
    notes: int = 0
    left_out: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def __str__(self) -> str:
        return (f"{self.sources} source{_s(self.sources)}, {self.codes} code{_s(self.codes)}, "
                f"{self.selections} coded passage{_s(self.selections)}, {self.notes} note{_s(self.notes)}"
                + (f"; {len(self.left_out)} thing{_s(len(self.left_out))} Carnet cannot represent"
                   if self.left_out else ""))


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def library_namespace(library: Library) -> uuid.UUID:
    """The library's own identity, from which every exported GUID is derived (made once)."""
    db = library.database()
    known = get_meta(db, _IDENTITY)
    if known is None and library.read_only:  # nothing may be written: an identity of its place
        return uuid.uuid5(uuid.NAMESPACE_URL, library.folder.resolve().as_uri())
    if known is None:
        with write_transaction(db):
            known = get_meta(db, _IDENTITY) or str(uuid.uuid4())
            set_meta(db, _IDENTITY, known)
    return uuid.UUID(known)


def build_project(library: Library, *, name: str | None = None, user: str | None = None,
                  now: str | None = None) -> tuple[qda.Project, ExchangeReport]:
    """The library as a REFI-QDA project (`name`: the library's own by default): every
    article, tag and highlight."""
    db, report = library.database(), ExchangeReport()
    identity = _Identities(library)
    user = user or getpass.getuser() or "Carnet"
    project = qda.Project(name=name or library.name, users=[qda.User(identity.guid("user", user), user)],
                          created=now or _now())
    project.codes = _code_tree(list_tags(db), identity)
    report.codes = len(list_tags(db))
    code_of = {tag.id: identity.guid("code", tag.id) for tag in list_tags(db)}
    for article_id, *_ in article_texts(db):
        article = get_article(db, article_id)
        source = qda.Source(guid=identity.guid("source", article_id), name=article.title, text=article.body,
                            description=_details(article),
                            created=identity.created("source", article_id, article.imported_at))
        for highlight in list_highlights(db, article_id=article_id):
            if highlight.status is AnchorStatus.ORPHAN:
                report.left_out.append(f"highlight {highlight.id} of '{article.title}': its passage is no longer in "
                                       "the text, so it has no position to export")
                continue
            selection = qda.Selection(guid=identity.guid("selection", highlight.id), start=highlight.start,
                                      end=highlight.end, code_guids=[code_of[t] for t in highlight.tag_ids],
                                      created=identity.created("selection", highlight.id, highlight.created_at))
            if highlight.note.strip():
                note = qda.Note(guid=identity.guid("note", highlight.id), name=f"Note on highlight {highlight.id}",
                                text=highlight.note, about=selection.guid,
                                created=identity.created("note", highlight.id, None)
                                or selection.created or project.created)
                selection.note_guids.append(note.guid)
                project.notes.append(note)
            source.selections.append(selection)
        project.sources.append(source)
    _tell_unwritable(project, report)
    report.sources, report.notes = len(project.sources), len(project.notes)
    report.selections = sum(len(s.selections) for s in project.sources)
    return project, report


class _Identities:
    """The GUID of each item a project names: the one an import kept for it, else one
    derived from the library's identity (its kind named as earlier versions did)."""

    _DERIVED = {"source": "article", "code": "tag", "selection": "highlight", "note": "note", "user": "user"}

    def __init__(self, library: Library) -> None:
        self._ns = library_namespace(library)
        self._known: dict = known_guids(library.database())

    def guid(self, kind: str, item: int | str) -> str:
        known = self._known.get((kind, item))
        return known.guid if known else qda.guid(self._ns, self._DERIVED[kind], item)

    def created(self, kind: str, item: int | str, stored: str | None) -> str | None:
        """The creation time the project gave the item, else the library's own (`stored`)."""
        known: ExchangeGuid | None = self._known.get((kind, item))
        return known.created if known and known.created else _stamp(stored)


def _tell_unwritable(project: qda.Project, report: ExchangeReport) -> None:
    """Name what loses characters that XML cannot hold (control characters but tab and
    line breaks): titles, notes, descriptions. A source's own text is a file of its own,
    written whole."""
    texts = [(f"the title of '{s.name}'", s.name) for s in project.sources]
    texts += [(f"the note on highlight {n.name.rsplit(' ', 1)[-1]}", n.text) for n in project.notes]
    texts += [(f"the description of tag '{code.name}'", code.description) for code in _all_codes(project.codes)]
    for what, text in texts:
        if qda.xml_text(text) != text:
            report.left_out.append(f"{what} holds control characters XML cannot carry: they were left out")


def _all_codes(codes: list[qda.Code]):
    for code in codes:
        yield code
        yield from _all_codes(code.children)


def export_project(library: Library, path: Path, *, overwrite: bool = False, name: str | None = None,
                   user: str | None = None, now: str | None = None) -> ExchangeReport:
    """Write the library as a `.qdpx` archive: `project.qde` and each source's text in `Sources/`."""
    project, report = build_project(library, name=name, user=user, now=now)
    xml = qda.to_bytes(qda.project_element(project))

    def write(archive: zipfile.ZipFile) -> None:
        archive.writestr(_entry(PROJECT_FILE), xml)
        for source in project.sources:
            archive.writestr(_entry(qda.source_path(source)), source.text.encode("utf-8"))

    _write_archive(Path(path), write, overwrite=overwrite)
    return report


def codebook_bytes(library: Library) -> bytes:
    """The library's tags as a REFI-QDA codebook: the XML a `.qdc` file holds."""
    return qda.to_bytes(qda.codebook_element(_code_tree(list_tags(library.database()), _Identities(library))))


def export_codebook(library: Library, path: Path, *, overwrite: bool = False) -> ExchangeReport:
    """Write the library's tags as a REFI-QDA codebook (`.qdc`)."""
    _write_bytes(Path(path), codebook_bytes(library), overwrite=overwrite)
    return ExchangeReport(codes=len(list_tags(library.database())))


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # the same bytes for the same project
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _code_tree(tags: list[Tag], identity: _Identities) -> list[qda.Code]:
    codes = {tag.id: qda.Code(guid=identity.guid("code", tag.id), name=tag.name,
                              colour=tag.colour if is_colour(tag.colour) else None, description=tag.description)
             for tag in tags}
    roots = []
    for tag in tags:
        parent = codes.get(tag.parent_id) if tag.parent_id != tag.id else None
        (parent.children if parent is not None else roots).append(codes[tag.id])
    return roots


def _details(article: Article) -> str:
    return "\n".join(f"{label}: {getattr(article, name)}" for label, name in _DETAILS if getattr(article, name))


def _read_details(source: qda.Source, report: ExchangeReport) -> dict[str, str | None]:
    """An article's details from the lines Carnet writes in a source's description; any
    other description is reported, since an article has no field for it."""
    labels, details, other = dict(_DETAILS), {}, []
    for line in source.description.splitlines():
        label, _, value = line.partition(": ")
        if label in labels and value.strip() and labels[label] not in details:
            details[labels[label]] = value.strip()
        elif line.strip():
            other.append(line)
    if other:
        report.left_out.append(f"the description of '{source.name}' ({len(other)} line{_s(len(other))}): an "
                               "article keeps only its source, author, address and date, so it was left out")
    return {name: details.get(name) for _, name in _DETAILS}


def _stamp(value: str | None) -> str | None:
    """A stored time as xsd:dateTime (`2024-01-24T10:00:00Z`), or None."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _write_archive(path: Path, fill, *, overwrite: bool) -> None:
    def write(temporary: Path) -> None:
        with zipfile.ZipFile(temporary, "w") as archive:
            fill(archive)
    _write_whole(path, write, overwrite=overwrite)


def _write_bytes(path: Path, data: bytes, *, overwrite: bool) -> None:
    _write_whole(path, lambda temporary: temporary.write_bytes(data), overwrite=overwrite)


def _write_whole(path: Path, write, *, overwrite: bool) -> None:
    """Write through a temporary file put in place at the end: never half a file at `path`."""
    temporary = _temporary(path, overwrite=overwrite)
    try:
        write(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise ExchangeError(Message("{path} could not be written ({error})", path=path,
                                    error=error.strerror or error)) from error
    finally:
        temporary.unlink(missing_ok=True)


def _temporary(path: Path, *, overwrite: bool) -> Path:
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise ExchangeError(Message("{path} is not a regular file", path=path))
    if path.exists() and not overwrite:
        raise ExchangeError(Message("{path} exists already (use --force to replace it)", path=path))
    if not path.parent.is_dir():
        raise ExchangeError(Message("{folder} is not a folder", folder=path.parent))
    return path.parent / f".{path.name}.{secrets.token_hex(6)}.part"


# Importing


def import_project(library: Library, path: Path) -> Outcome[ExchangeReport]:
    """Bring a `.qdpx` project into the library: its text sources as articles (one the
    library holds already is kept), its codes as tags (matched by name), its coded
    passages as highlights, their memos as the highlights' notes."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = {PurePosixPath(n).as_posix(): n for n in archive.namelist()}
            if PROJECT_FILE not in names:
                raise ExchangeError(Message("{path} holds no project.qde: it is not a REFI-QDA project", path=path))
            reading = qda.read_project(archive.read(names[PROJECT_FILE]))
            _read_texts(archive, names, reading)
    except zipfile.BadZipFile:
        raise ExchangeError(Message("{path} is not a .qdpx archive (not a zip file)", path=path)) from None
    except qda.QdaFormatError as error:
        raise ExchangeError(Message("{path}: {reason}", path=path, reason=str(error))) from None
    except OSError as error:
        raise ExchangeError(Message("{path} cannot be read ({error})", path=path,
                                    error=error.strerror or error)) from error
    report = ExchangeReport(left_out=list(reading.problems))
    users = reading.project.users
    if users:
        names = ", ".join(user.name or user.guid for user in users[:5]) + (", …" if len(users) > 5 else "")
        report.left_out.append(f"{len(users)} user{_s(len(users))} ({names}): Carnet does not record who made "
                               "a highlight")
    kept: list[tuple] = [("user", user.name, user.guid, None) for user in users if user.name]
    tag_ids = _import_codes(library, reading.project.codes, report, kept)
    _import_sources(library, reading.project, tag_ids, report, kept)
    _keep_guids(library, kept)
    report.changes = Changes(added_articles=report.changes.added_articles,
                             highlights_of=report.changes.highlights_of, tags=bool(tag_ids))
    return Outcome(report, report.changes)


def import_codebook(library: Library, path: Path) -> Outcome[ExchangeReport]:
    """Create the tags of a `.qdc` codebook (a name the library has already is kept as it is)."""
    try:
        codes, problems = qda.read_codebook(Path(path).read_bytes())
    except qda.QdaFormatError as error:
        raise ExchangeError(Message("{path}: {reason}", path=path, reason=str(error))) from None
    except OSError as error:
        raise ExchangeError(Message("{path} cannot be read ({error})", path=path,
                                    error=error.strerror or error)) from error
    report, kept = ExchangeReport(left_out=problems), []
    _import_codes(library, codes, report, kept)
    _keep_guids(library, kept)
    return Outcome(report, Changes(tags=True))


def _keep_guids(library: Library, kept: list[tuple]) -> None:
    """Keep the GUIDs (and creation times) a project gave the items it brought, so that
    they go out again as they came in."""
    db = library.database()
    with write_transaction(db):
        for kind, item, guid, created in kept:
            remember_guid(db, kind, item, guid, created)


def _read_texts(archive: zipfile.ZipFile, names: dict[str, str], reading: qda.Reading) -> None:
    for source in reading.project.sources:
        where = reading.text_paths.get(source.guid)
        if where is None:
            continue
        inside = where.split("internal://", 1)[1] if where.startswith("internal://") else None
        found = next((names[n] for n in (f"Sources/{inside}", f"sources/{inside}") if inside and n in names), None)
        if found is None:
            reading.problems.append(f"the text of '{source.name}' is outside the archive ({where}): "
                                    "that source was left out")
            source.text = ""
            continue
        source.text = archive.read(found).decode("utf-8", errors="replace")


def _import_codes(library: Library, codes: list[qda.Code], report: ExchangeReport,
                  kept: list[tuple]) -> dict[str, int]:
    tags, ids = TagService(library), {}

    def visit(code: qda.Code, parent_id: int | None) -> None:
        existing = find_tag(library.database(), code.name)
        if existing is not None:
            ids[code.guid] = existing.id
            if existing.parent_id != parent_id:
                report.left_out.append(f"code '{code.name}' is the library's tag of that name, which stays where "
                                       "it is among the tags")
        else:
            try:
                made = tags.create(code.name, colour=code.colour if code.colour and is_colour(code.colour) else None,
                                   parent_id=parent_id, description=code.description).value
            except ToldError as error:
                report.left_out.append(f"code '{code.name}' cannot be a tag ({error}): it was left out, "
                                       "with its codings")
                return
            ids[code.guid] = made.id
            report.codes += 1
        kept.append(("code", ids[code.guid], code.guid, None))
        for child in code.children:
            visit(child, ids[code.guid])

    for code in codes:
        visit(code, None)
    return ids


def _import_sources(library: Library, project: qda.Project, tag_ids: dict[str, int], report: ExchangeReport,
                    kept: list[tuple]) -> None:
    notes = {note.guid: note for note in project.notes}
    used: set[str] = set()
    annotations = AnnotationService(library)
    added, annotated = set(), set()
    for source in project.sources:
        if not source.text.strip():
            if source.text == "" and not any(source.name in p for p in report.left_out):
                report.left_out.append(f"source '{source.name}' holds no text: it was left out")
            continue
        fields = _read_details(source, report)
        article = Article(title=source.name.strip() or "Untitled", body=source.text, format="txt", **fields)
        stored = add_articles(library, [article])[0]
        if stored.kind == "imported":
            added.add(stored.article_id)
        kept.append(("source", stored.article_id, source.guid, source.created))
        report.sources += 1
        have = {(h.start, h.end): h for h in annotations.highlights(article_id=stored.article_id)}
        for selection in source.selections:
            if not 0 <= selection.start < selection.end <= len(source.text):
                report.left_out.append(f"a selection in '{source.name}' ({selection.start}–{selection.end}) lies "
                                       "outside its text: it was left out")
                continue
            unknown = [g for g in selection.code_guids if g not in tag_ids]
            if unknown:
                report.left_out.append(f"a selection in '{source.name}' is coded with {len(unknown)} code(s) the "
                                       "project does not define: those codings were left out")
            chosen = [tag_ids[g] for g in selection.code_guids if g in tag_ids]
            text = "\n\n".join(notes[g].text for g in selection.note_guids if g in notes)
            used.update(selection.note_guids)
            if (selection.start, selection.end) in have:
                highlight = have[(selection.start, selection.end)]
                for tag_id in chosen:
                    if tag_id not in highlight.tag_ids:
                        annotations.add_tag(highlight.id, tag_id)
            else:
                made = annotations.add_highlight(article_id=stored.article_id, start=selection.start,
                                                 end=selection.end, tag_ids=chosen, note=text).value
                kept.append(("selection", made.id, selection.guid, selection.created))
                memo = next((notes[g] for g in selection.note_guids if g in notes), None)
                if memo is not None:
                    kept.append(("note", made.id, memo.guid, memo.created))
                report.selections += 1
                report.notes += bool(text)
            annotated.add(stored.article_id)
    for note in project.notes:
        if note.guid not in used:
            report.left_out.append(f"memo '{note.name or note.guid}' is about no passage: Carnet keeps notes on "
                                   "highlights only, so it was left out")
    report.changes = Changes(added_articles=frozenset(added), highlights_of=frozenset(annotated))

"""Writing the library as an Obsidian vault, and writing it again without ever
overwriting a note the user changed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import vault
from app.core.errors import ToldError
from app.core.messages import Message
from app.core.tasks import CancelToken
from app.services.exporting import ExportError, write_atomically
from app.store.articles import article_texts, get_article
from app.store.highlights import list_highlights
from app.store.tags import list_tags

if TYPE_CHECKING:
    from app.store.library import Library


class VaultError(ToldError):
    """A vault that cannot be written, naming the folder."""


@dataclass
class VaultReport:
    written: list[str] = field(default_factory=list)
    """Notes new in the vault."""
    updated: list[str] = field(default_factory=list)
    """Notes Carnet wrote before, unchanged since, now holding the library's new state."""
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    """A sentence for each note left as it is: changed by the user, or not Carnet's."""

    def __str__(self) -> str:
        return (f"{len(self.written)} note(s) written, {len(self.updated)} updated, {self.unchanged} unchanged"
                + (f", {len(self.skipped)} left as they are" if self.skipped else ""))


def vault_notes(library: Library) -> list[vault.VaultNote]:
    """The vault's notes: one per article, then one per tag."""
    db = library.database()
    tags = list_tags(db)
    paths = vault.tag_paths(tags)
    by_article: dict[int, list] = defaultdict(list)
    for highlight in list_highlights(db):
        by_article[highlight.article_id].append(highlight)
    notes, articles = [], {}  # (only the annotated articles are kept, for the tag notes)
    for article_id, *_ in article_texts(db):
        article = get_article(db, article_id)
        if article_id in by_article:
            articles[article_id] = article
        notes.append(vault.article_note(article, by_article.get(article_id, []), paths))
    by_id = {tag.id: tag for tag in tags}
    for tag in tags:
        passages = [(articles[h.article_id], h) for article_id in sorted(by_article)
                    for h in by_article[article_id] if tag.id in h.tag_ids and h.article_id in articles]
        parent = by_id.get(tag.parent_id)
        notes.append(vault.tag_note(tag, paths[tag.id], passages,
                                    vault.tag_note_name(paths[parent.id]) if parent else None))
    return notes


def export_vault(library: Library, folder: Path, *, cancel: CancelToken | None = None) -> VaultReport:
    """Write the vault in `folder` (made if need be). A note there that Carnet wrote and
    nobody changed since is replaced; any other file is left as it is, and named."""
    folder = Path(folder)
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise VaultError(Message("{folder} is not a folder", folder=folder))
    report = VaultReport()
    try:
        for sub in ("Articles", "Tags"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise VaultError(Message("{folder} cannot be made ({error})", folder=folder,
                                 error=error.strerror or error)) from error
    for note in vault_notes(library):
        if cancel is not None and cancel.cancelled:
            break
        _write_note(folder, note, report)
    return report


def _write_note(folder: Path, note: vault.VaultNote, report: VaultReport) -> None:
    target = folder / note.path
    if target.is_symlink() or (target.exists() and not target.is_file()):
        report.skipped.append(f"{note.path}: not a regular file, left as it is")
        return
    existed = target.exists()
    if existed:
        try:
            current = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            report.skipped.append(f"{note.path}: cannot be read, left as it is")
            return
        if current == note.text:
            report.unchanged += 1
            return
        if not vault.untouched(current):
            report.skipped.append(f"{note.path}: changed since Carnet wrote it (or not Carnet's), left as it is")
            return
    try:
        write_atomically(target, note.text, overwrite=True)
    except ExportError as error:
        report.skipped.append(f"{note.path}: {error}")
        return
    (report.updated if existed else report.written).append(note.path)

"""A Zotero library read in place: its `zotero.sqlite` opened read-only and immutable (so a
running Zotero is neither locked nor disturbed) and the files of its `storage/` folder.

Only what Carnet can bring is read: items with their fields, creators and tags; their
stored HTML snapshots, PDFs and EPUBs; and the annotations on those (highlights with their
colour, comment and tags). The rest is named in `ZoteroItem.unbrought`."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from app.core.errors import ImportRejected
from app.core.messages import Message

IMPORTED_FILE_MODES = (0, 1)  # imported_file, imported_url: a copy lives in storage/KEY/
BROUGHT_TYPES = {"text/html": ".html", "application/pdf": ".pdf", "application/epub+zip": ".epub"}
HIGHLIGHT, UNDERLINE = 1, 5
ANNOTATION_TYPES = {1: "highlight", 2: "note", 3: "image", 4: "ink", 5: "underline", 6: "text"}


@dataclass
class ZoteroAnnotation:
    kind: str
    text: str
    comment: str
    colour: str
    page_label: str
    tags: list[str] = field(default_factory=list)


@dataclass
class ZoteroAttachment:
    key: str
    content_type: str
    file: Path | None
    annotations: list[ZoteroAnnotation] = field(default_factory=list)


@dataclass
class ZoteroItem:
    key: str
    item_type: str
    fields: dict[str, str]
    creators: list[str]
    tags: list[str]
    attachments: list[ZoteroAttachment] = field(default_factory=list)
    unbrought: list[str] = field(default_factory=list)


def database_path(profile_or_sqlite: Path) -> Path:
    """The `zotero.sqlite` of a Zotero data folder, or the file given, or `ImportRejected`."""
    path = Path(profile_or_sqlite).expanduser()
    if path.is_dir():
        path = path / "zotero.sqlite"
    if not path.is_file():
        raise ImportRejected(profile_or_sqlite, Message("holds no zotero.sqlite"))
    return path


def connect(path: Path) -> sqlite3.Connection:
    """The database opened read-only and immutable: no lock is taken, no journal read."""
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
        connection.execute("SELECT count(*) FROM items").fetchone()
    except sqlite3.DatabaseError as error:
        raise ImportRejected(path, Message("is not a Zotero database ({error})", error=error)) from error
    return connection


def collections(connection: sqlite3.Connection) -> list[tuple[int, str, int | None]]:
    """Every collection: id, name, parent id."""
    return connection.execute(
        "SELECT collectionID, collectionName, parentCollectionID FROM collections ORDER BY collectionName").fetchall()


def collection_ids(connection: sqlite3.Connection, names: list[str]) -> set[int]:
    """The collections named (case aside) and every one nested in them, or `ImportRejected`."""
    every = collections(connection)
    chosen = {cid for cid, name, _ in every if name.casefold() in {n.casefold() for n in names}}
    missing = {n for n in names if n.casefold() not in {name.casefold() for _, name, _ in every}}
    if missing:
        raise ImportRejected("zotero.sqlite", Message("has no collection named {names}",
                                                      names=", ".join(sorted(missing))))
    grown = True
    while grown:
        nested = {cid for cid, _, parent in every if parent in chosen} - chosen
        chosen |= nested
        grown = bool(nested)
    return chosen


def read_items(connection: sqlite3.Connection, storage: Path, chosen: set[int] | None) -> list[ZoteroItem]:
    """The regular items of the chosen collections (every one with None), in the trash or not aside."""
    rows = connection.execute(
        "SELECT i.itemID, i.key, t.typeName FROM items i JOIN itemTypesCombined t USING (itemTypeID) "
        "WHERE t.typeName NOT IN ('attachment', 'note', 'annotation') "
        "AND i.itemID NOT IN (SELECT itemID FROM deletedItems) ORDER BY i.itemID").fetchall()
    if chosen is not None:
        inside = {row[0] for row in connection.execute(
            f"SELECT itemID FROM collectionItems WHERE collectionID IN ({','.join('?' * len(chosen))})",
            sorted(chosen))}
        rows = [row for row in rows if row[0] in inside]
    return [_item(connection, storage, item_id, key, item_type) for item_id, key, item_type in rows]


def _item(connection, storage: Path, item_id: int, key: str, item_type: str) -> ZoteroItem:
    fields = dict(connection.execute(
        "SELECT f.fieldName, v.value FROM itemData d JOIN fieldsCombined f USING (fieldID) "
        "JOIN itemDataValues v USING (valueID) WHERE d.itemID = ?", [item_id]).fetchall())
    creators = [last if mode == 1 or not first else f"{first} {last}" for first, last, mode in connection.execute(
        "SELECT c.firstName, c.lastName, c.fieldMode FROM itemCreators ic JOIN creators c USING (creatorID) "
        "WHERE ic.itemID = ? ORDER BY ic.orderIndex", [item_id]).fetchall()]
    item = ZoteroItem(key, item_type, {k: str(v) for k, v in fields.items()}, creators, _tags(connection, item_id))
    notes = connection.execute("SELECT count(*) FROM itemNotes WHERE parentItemID = ?", [item_id]).fetchone()[0]
    if notes:
        item.unbrought.append(f"{notes} child notes")
    for attachment_id, attachment_key, mode, content_type, path in connection.execute(
            "SELECT a.itemID, i.key, a.linkMode, a.contentType, a.path FROM itemAttachments a "
            "JOIN items i USING (itemID) WHERE a.parentItemID = ? ORDER BY a.itemID", [item_id]).fetchall():
        content_type = content_type or ""
        if content_type not in BROUGHT_TYPES:
            item.unbrought.append(f"attachment {attachment_key} ({content_type or 'no type'})")
            continue
        file = None
        if mode in IMPORTED_FILE_MODES and path and path.startswith("storage:"):
            candidate = storage / attachment_key / path[len("storage:"):]
            file = candidate if candidate.is_file() else None
        if file is None:
            item.unbrought.append(f"attachment {attachment_key}: its file is not in the storage folder")
            continue
        attachment = ZoteroAttachment(attachment_key, content_type, file)
        for annotation_id, kind, text, comment, colour, page in connection.execute(
                "SELECT itemID, type, text, comment, color, pageLabel FROM itemAnnotations WHERE parentItemID = ? "
                "ORDER BY sortIndex", [attachment_id]).fetchall():
            if kind not in (HIGHLIGHT, UNDERLINE) or not (text or "").strip():
                name = ANNOTATION_TYPES.get(kind, "unknown")
                item.unbrought.append(f"{'an' if name[0] in 'aeiou' else 'a'} {name} annotation on {attachment_key}"
                                      " (only highlights and underlines of text are brought)")
                continue
            attachment.annotations.append(ZoteroAnnotation(ANNOTATION_TYPES[kind], text, comment or "",
                                                           colour or "", page or "",
                                                           _tags(connection, annotation_id)))
        item.attachments.append(attachment)
    return item


def _tags(connection, item_id: int) -> list[str]:
    return [row[0] for row in connection.execute(
        "SELECT t.name FROM itemTags it JOIN tags t USING (tagID) WHERE it.itemID = ? ORDER BY t.name", [item_id])]

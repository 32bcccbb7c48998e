"""A small Zotero data folder made for the tests: `zotero.sqlite` with the tables (and the
columns) of Zotero's published schema that Carnet reads (resource/schema/userdata.sql of
zotero/zotero, schema 129), and a `storage/` folder with an HTML snapshot and a PDF."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

TABLES = """
CREATE TABLE itemTypesCombined (itemTypeID INT NOT NULL, typeName TEXT NOT NULL, display INT DEFAULT 1 NOT NULL,
    custom INT NOT NULL, PRIMARY KEY (itemTypeID));
CREATE TABLE fieldsCombined (fieldID INT NOT NULL, fieldName TEXT NOT NULL, label TEXT, fieldFormatID INT,
    custom INT NOT NULL, PRIMARY KEY (fieldID));
CREATE TABLE libraries (libraryID INTEGER PRIMARY KEY, type TEXT NOT NULL, editable INT NOT NULL,
    filesEditable INT NOT NULL, version INT NOT NULL DEFAULT 0, clientVersion INT NOT NULL DEFAULT 0,
    storageVersion INT NOT NULL DEFAULT 0, lastSync INT NOT NULL DEFAULT 0, archived INT NOT NULL DEFAULT 0);
CREATE TABLE items (itemID INTEGER PRIMARY KEY, itemTypeID INT NOT NULL,
    dateAdded TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, dateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, libraryID INT NOT NULL, key TEXT NOT NULL,
    version INT NOT NULL DEFAULT 0, clientVersion INT NOT NULL DEFAULT 0, synced INT NOT NULL DEFAULT 0,
    UNIQUE (libraryID, key));
CREATE TABLE itemDataValues (valueID INTEGER PRIMARY KEY, value UNIQUE, valueNormalized TEXT);
CREATE TABLE itemData (itemID INT, fieldID INT, valueID, PRIMARY KEY (itemID, fieldID));
CREATE TABLE itemNotes (itemID INTEGER PRIMARY KEY, parentItemID INT, note TEXT, title TEXT);
CREATE TABLE itemAttachments (itemID INTEGER PRIMARY KEY, parentItemID INT, linkMode INT, contentType TEXT,
    charsetID INT, path TEXT, syncState INT DEFAULT 0, storageModTime INT, storageHash TEXT,
    lastProcessedModificationTime INT, lastRead INT);
CREATE TABLE itemAnnotations (itemID INTEGER PRIMARY KEY, parentItemID INT NOT NULL, type INTEGER NOT NULL,
    authorName TEXT, text TEXT, textNormalized TEXT, comment TEXT, commentNormalized TEXT, color TEXT,
    pageLabel TEXT, sortIndex TEXT NOT NULL, position TEXT NOT NULL, isExternal INT NOT NULL);
CREATE TABLE tags (tagID INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, nameNormalized TEXT);
CREATE TABLE itemTags (itemID INT NOT NULL, tagID INT NOT NULL, type INT NOT NULL, PRIMARY KEY (itemID, tagID));
CREATE TABLE creators (creatorID INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, fieldMode INT,
    firstNameNormalized TEXT, lastNameNormalized TEXT, UNIQUE (lastName, firstName, fieldMode));
CREATE TABLE itemCreators (itemID INT NOT NULL, creatorID INT NOT NULL, creatorTypeID INT NOT NULL DEFAULT 1,
    orderIndex INT NOT NULL DEFAULT 0, PRIMARY KEY (itemID, creatorID, creatorTypeID, orderIndex),
    UNIQUE (itemID, orderIndex));
CREATE TABLE collections (collectionID INTEGER PRIMARY KEY, collectionName TEXT NOT NULL,
    parentCollectionID INT DEFAULT NULL, clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    libraryID INT NOT NULL, key TEXT NOT NULL, version INT NOT NULL DEFAULT 0, clientVersion INT NOT NULL DEFAULT 0,
    synced INT NOT NULL DEFAULT 0, UNIQUE (libraryID, key));
CREATE TABLE collectionItems (collectionID INT NOT NULL, itemID INT NOT NULL, orderIndex INT NOT NULL DEFAULT 0,
    PRIMARY KEY (collectionID, itemID));
CREATE TABLE deletedItems (itemID INTEGER PRIMARY KEY, dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL);
"""
# Ids as in Zotero's global schema (resource/schema/global/schema.json).
ITEM_TYPES = {2: "attachment", 3: "book", 13: "journalArticle", 20: "newspaperArticle", 28: "note",
              40: "webpage", 39: "annotation"}
FIELDS = {1: "title", 6: "date", 13: "url", 38: "publicationTitle", 59: "DOI", 87: "language", 111: "websiteTitle"}
SNAPSHOT = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Les usines ferment</title></head>
<body><article><h1>Les usines ferment en Lorraine</h1>
<p>La fermeture de trois usines a été annoncée mardi. Les syndicats parlent d’un « choc » pour la vallée.</p>
<p>Le gouvernement promet un plan de reconversion de 40 millions d’euros d’ici la fin de l’année.</p>
</article></body></html>
"""
PDF = Path(__file__).resolve().parent / "fixtures" / "report.pdf"


def make_zotero_folder(folder: Path) -> Path:
    """A Zotero data folder in `folder`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(folder / "zotero.sqlite")
    db.executescript(TABLES)
    db.executemany("INSERT INTO itemTypesCombined VALUES (?, ?, 1, 0)", ITEM_TYPES.items())
    db.executemany("INSERT INTO fieldsCombined VALUES (?, ?, NULL, NULL, 0)", FIELDS.items())
    db.execute("INSERT INTO libraries (libraryID, type, editable, filesEditable) VALUES (1, 'user', 1, 1)")
    values: dict[str, int] = {}

    def item(item_id, type_id, key, **fields):
        db.execute("INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (?, ?, 1, ?)", [item_id, type_id, key])
        for name, value in fields.items():
            field_id = next(i for i, n in FIELDS.items() if n == name)
            if value not in values:
                values[value] = len(values) + 1
                db.execute("INSERT INTO itemDataValues (valueID, value) VALUES (?, ?)", [values[value], value])
            db.execute("INSERT INTO itemData VALUES (?, ?, ?)", [item_id, field_id, values[value]])

    def tag(item_id, name):
        row = db.execute("SELECT tagID FROM tags WHERE name = ?", [name]).fetchone()
        tag_id = row[0] if row else db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid
        db.execute("INSERT INTO itemTags VALUES (?, ?, 0)", [item_id, tag_id])

    def attachment(item_id, parent, key, content_type, file_name, source: str | Path | None):
        item(item_id, 2, key)
        db.execute("INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path) "
                   "VALUES (?, ?, 1, ?, ?)", [item_id, parent, content_type, f"storage:{file_name}"])
        if source is not None:
            (folder / "storage" / key).mkdir(parents=True)
            target = folder / "storage" / key / file_name
            if isinstance(source, Path):
                shutil.copy(source, target)
            else:
                target.write_text(source, encoding="utf-8")

    def annotation(item_id, parent, kind, text, colour, *, comment="", page="", tags=()):
        item(item_id, 39, f"ANN{item_id:05d}")
        db.execute("INSERT INTO itemAnnotations (itemID, parentItemID, type, text, comment, color, pageLabel, "
                   "sortIndex, position, isExternal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', 0)",
                   [item_id, parent, kind, text, comment, colour, page, f"{item_id:05d}|000000|00000"])
        for name in tags:
            tag(item_id, name)

    db.execute("INSERT INTO collections (collectionID, collectionName, libraryID, key) VALUES (1, 'Industrie', 1, 'C1')")
    db.execute("INSERT INTO collections (collectionID, collectionName, parentCollectionID, libraryID, key) "
               "VALUES (2, 'Lorraine', 1, 1, 'C2')")
    db.execute("INSERT INTO collections (collectionID, collectionName, libraryID, key) VALUES (3, 'Autre', 1, 'C3')")
    # A newspaper article (in a sub-collection) with its snapshot, two authors, a tag and a note.
    item(1, 20, "NEWS0001", title="Les usines ferment en Lorraine", publicationTitle="Le Républicain lorrain",
         date="2024-03-05 2024-03-05", url="https://www.republicain-lorrain.fr/usines", language="fr")
    db.execute("INSERT INTO creators (creatorID, firstName, lastName, fieldMode) VALUES (1, 'Marie', 'Dupont', 0)")
    db.execute("INSERT INTO creators (creatorID, firstName, lastName, fieldMode) VALUES (2, '', 'AFP', 1)")
    db.execute("INSERT INTO itemCreators VALUES (1, 1, 1, 0)")
    db.execute("INSERT INTO itemCreators VALUES (1, 2, 1, 1)")
    tag(1, "industrie")
    db.execute("INSERT INTO collectionItems VALUES (2, 1, 0)")
    item(2, 28, "NOTE0001")
    db.execute("INSERT INTO itemNotes VALUES (2, 1, '<p>À relire</p>', 'À relire')")
    attachment(3, 1, "SNAP0001", "text/html", "usines.html", SNAPSHOT)
    annotation(4, 3, 1, "Les syndicats parlent d’un « choc » pour la vallée.", "#ffd400",
               comment="Citation forte", tags=("social",))
    annotation(5, 3, 1, "un plan de reconversion de 40 millions d'euros", "#5fb236")  # straight apostrophe
    annotation(6, 3, 1, "Une phrase que le texte n’a pas.", "#ff6666")
    annotation(7, 3, 4, None, "#2ea8e5")  # ink: not brought
    attachment(8, 1, "IMG00001", "image/png", "photo.png", "not really a picture")
    # A report with its PDF and an underline, in the parent collection.
    item(9, 13, "PAPR0001", title="Rapport sur le numérique", date="2023", DOI="10.1234/num")
    db.execute("INSERT INTO collectionItems VALUES (1, 9, 0)")
    attachment(10, 9, "PDF00001", "application/pdf", "report.pdf", PDF)
    annotation(11, 10, 5, "1,5 milliard d’euros", "#a28ae5", page="2")
    # An item elsewhere, whose file is missing from storage, and one in the trash.
    item(12, 40, "WEB00001", title="Une page absente", websiteTitle="Exemple")
    db.execute("INSERT INTO collectionItems VALUES (3, 12, 0)")
    attachment(13, 12, "GONE0001", "text/html", "page.html", None)
    item(14, 40, "TRSH0001", title="À la corbeille")
    db.execute("INSERT INTO collectionItems VALUES (1, 14, 0)")
    db.execute("INSERT INTO deletedItems (itemID) VALUES (14)")
    db.commit()
    db.close()
    return folder

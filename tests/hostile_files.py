"""A corpus of hostile files, made in a folder for a test: what a careless download, a
prankster or an attacker would hand an importer. Every supported format gets the
generic cases (empty, noise, over the size limit, a named pipe, symbolic links, hostile
names, a truncated copy); each format gets its own attacks beside (zip bombs, page trees
that repeat a page ten thousand times, EPUBs with a broken package file, control
characters in titles). A new importer needs only a `VALID` writer to get the lot.

`write_corpus(folder)` returns what each file is and what may become of it.
"""

from __future__ import annotations

import io
import os
import random
import socket
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from app.importers import IMPORTERS

TEXT = ("Titre de l’article sur les usines d’IA\n\n"
        "La Commission européenne investit 2,1 milliards d’euros dans les usines d’IA. "
        "Les start-up y entraînent leurs modèles sur des supercalculateurs.\n")
# What terminals obey: a window title change, clearing the screen, cursor moves, a bell,
# and the 8-bit CSI (allowed in XML, so it reaches titles of Word and EPUB files).
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[1;1H\x08\x9b31m"  # (a NUL makes a text file binary)
OVER_LIMIT_BYTES = 60 * 1024 * 1024


@dataclass(frozen=True)
class Hostile:
    """One file of the corpus: what it tries, and the statuses an import may give it
    (`reason` must then appear in the reason; `inside` that it lies in the corpus folder)."""

    path: Path
    attack: str
    statuses: frozenset[str]
    reason: str = ""
    slow: bool = False  # takes its reader past any time budget


# Valid content per format, to be named, truncated or wrapped.

def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes) -> bytes:
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"


def pdf_bytes(text: str = "La Commission investit dans les usines. Les start-up entrainent leurs modeles.",
              title: bytes = b"") -> bytes:
    content = b"BT /F1 12 Tf 72 712 Td (" + text.encode("latin-1") + b") Tj ET"
    info = [b"<< /Title (" + title + b") >>"] if title else []
    pdf = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _PAGE,
                _stream(content), _FONT, *info])
    if title:
        pdf = pdf.replace(b"/Root 1 0 R", b"/Root 1 0 R /Info 6 0 R")
    return pdf


def pdf_repeating_one_page(levels: int = 4, fan_out: int = 10) -> bytes:
    """A small PDF whose page tree names one heavy page fan_out**levels times."""
    heavy = b"BT /F1 12 Tf 72 712 Td " + b"(usine) Tj 0 -1 Td " * 8000 + b"ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _PAGE, _stream(heavy), _FONT]
    below = b"3 0 R"
    count = 1
    for level in range(levels):
        count *= fan_out
        kids = b" ".join([below] * fan_out)
        if level == levels - 1:
            objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count
        else:
            objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count)
            below = b"%d 0 R" % len(objects)
    return _pdf(objects)


def pdf_page_tree_loop() -> bytes:
    """A page tree whose node names itself among its kids."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", _PAGE,
                 _stream(b"BT /F1 12 Tf 72 712 Td (boucle) Tj ET"), _FONT])


def docx_bytes(title: str = "Les usines d’IA", body: str = TEXT) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in body.split("\n\n"):
        document.add_paragraph(paragraph)
    document.core_properties.title = title
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_CONTAINER = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
              '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
              '</rootfiles></container>')
_OPF = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier>'
        '<dc:title>{title}</dc:title><dc:language>fr</dc:language></metadata>'
        '<manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest>'
        '<spine><itemref idref="c"/></spine></package>')


def epub_bytes(opf: str | None = None, chapter: bytes | None = None, title: str = "Les usines d’IA") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", _CONTAINER)
        archive.writestr("OEBPS/content.opf", _OPF.format(title=title) if opf is None else opf)
        archive.writestr("OEBPS/c.xhtml", chapter if chapter is not None else
                         ("<html><body>" + "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n")) + "</body></html>"
                          ).encode())
    return buffer.getvalue()


def _html(title: str, body: str = TEXT) -> bytes:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in body.split("\n\n"))
    return (f'<html lang="fr"><head><title>{title}</title></head><body><article><h1>{title}</h1>'
            f"{paragraphs}{paragraphs}</article></body></html>").encode()


VALID: dict[str, Callable[[], bytes]] = {
    ".txt": lambda: TEXT.encode(),
    ".md": lambda: ("---\ntitle: Les usines\n---\n" + TEXT).encode(),
    ".html": lambda: _html("Les usines d’IA"),
    ".pdf": pdf_bytes,
    ".docx": docx_bytes,
    ".epub": epub_bytes,
}
VALID[".text"] = VALID[".txt"]
VALID[".markdown"] = VALID[".md"]
VALID[".htm"] = VALID[".html"]


# Archives that inflate beyond any reasonable size.

def zip_with(members: dict[str, bytes], base: bytes | None = None) -> bytes:
    """A ZIP holding `members` (added to those of `base`, a valid archive, if given)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if base is not None:
            with zipfile.ZipFile(io.BytesIO(base)) as original:
                for info in original.infolist():
                    if info.filename not in members:
                        archive.writestr(info, original.read(info))
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_of_many_members(count: int) -> bytes:
    return zip_with({f"part{n}.xml": b"" for n in range(count)})


def zip_understating_its_size(base: bytes, member: str, inflated: bytes) -> bytes:
    """An archive whose `member` inflates to `inflated` while its headers announce a
    hundredth of that (as a crafted bomb does)."""
    data = zip_with({member: inflated}, base)
    told = len(inflated) // 100
    name = member.encode()
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                data = data[:at + size_at] + struct.pack("<I", told) + data[at + size_at + 4:]
            at += 4
    return data


# The corpus.

def write_corpus(folder: Path) -> list[Hostile]:
    """Write the hostile files under `folder` (which must not exist) and say what each is."""
    folder.mkdir(parents=True)
    outside = folder.parent / f"{folder.name}-outside"
    outside.mkdir()
    secret = outside / "id_ed25519.txt"
    secret.write_text("PRIVATE KEY motsecret never to be imported from a link in a folder", encoding="utf-8")
    made: list[Hostile] = []
    rng = random.Random(15)

    def add(name: str, data: bytes | None, attack: str, statuses: set[str], reason: str = "", *,
            slow: bool = False) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if data is not None:
            path.write_bytes(data)
        made.append(Hostile(path, attack, frozenset(statuses), reason, slow))
        return path

    for suffix in sorted(IMPORTERS):
        valid = VALID[suffix]()
        stem = suffix.lstrip(".")
        add(f"generic/{stem}/empty{suffix}", b"", "an empty file", {"rejected"}, "empty")
        add(f"generic/{stem}/noise{suffix}", rng.randbytes(4096), "random bytes", {"rejected", "imported"})
        add(f"generic/{stem}/nul{suffix}", b"\x00" * 4096, "only NUL bytes", {"rejected"})
        add(f"generic/{stem}/truncated{suffix}", valid[:len(valid) // 2], "the first half of a valid file",
            {"rejected", "imported"})
        over = add(f"generic/{stem}/over-limit{suffix}", None, "a sparse file over the size limit", {"rejected"},
                   "too large")
        with open(over, "wb") as file:
            file.truncate(OVER_LIMIT_BYTES)
        add(f"generic/{stem}/name\n\x1b[2Jforged line{suffix}", valid, "a newline and an escape in its name",
            {"imported"})
        add(f"generic/{stem}/{'x' * (250 - len(suffix))}{suffix}", valid, "a name of 250 bytes",
            {"imported"})
        add(f"generic/{stem}/-dash --help{suffix}", valid, "a name that looks like an option",
            {"imported"})
        if os.name == "posix":
            raw = os.fsencode(folder / "generic" / stem) + b"/not-utf8-\xff\xfe" + suffix.encode()
            with open(raw, "wb") as file:  # a text of its own, so that it is stored, not a duplicate
                file.write(VALID[suffix]() if suffix in (".docx", ".epub", ".pdf") else valid + b" nonutf8" + stem.encode())
            made.append(Hostile(Path(os.fsdecode(raw)), "a name that is not UTF-8",
                                frozenset({"imported"})))
            os.mkfifo(add(f"generic/{stem}/fifo{suffix}", None, "a named pipe", {"rejected"}, "named pipe"))
            for name, target in ((f"to-zero{suffix}", "/dev/zero"), (f"to-secret{suffix}", secret),
                                 (f"dangling{suffix}", outside / "missing"), (f"to-folder{suffix}", outside)):
                os.symlink(target, add(f"generic/{stem}/{name}", None, f"a symbolic link to {target}",
                                       {"skipped"}, "symbolic link"))
            _socket(add, folder / f"generic/{stem}", suffix)

    add("text/escapes.txt", (ESCAPES + "Titre piégé\n\n" + TEXT * 8 + ESCAPES).encode(),
        "terminal escapes in the title and the text", {"imported"}, "control characters removed")
    add("text/escapes.md", (f'---\ntitle: "{ESCAPES}Titre"\nurl: "javascript:alert(1)"\nauthor: "a\x1b[2Jb"\n---\n'
                            + TEXT * 8).encode(), "escapes in front matter", {"imported"})
    add("text/escapes.html", _html("&#x1b;]0;pwned&#x7;Titre &#x9b;31m piégé"), "escapes as character references",
        {"imported", "rejected"})
    add("text/nested.html", b"<html><body>" + b"<div>" * 100_000 + b"usine" + b"</div>" * 100_000 + b"</body></html>",
        "elements nested 100,000 deep", {"imported", "rejected"})
    add("pdf/one-page-ten-thousand-times.pdf", pdf_repeating_one_page(), "a page tree repeating one page",
        {"rejected", "imported"}, slow=True)
    add("pdf/page-tree-loop.pdf", pdf_page_tree_loop(), "a page tree that contains itself", {"rejected", "imported"})
    add("pdf/escapes-in-title.pdf", pdf_bytes(title=b"\\033]0;pwned\\007Titre"), "escapes in the PDF title",
        {"imported"})
    zeros = bytes(OVER_LIMIT_BYTES)
    add("archives/member-over-limit.docx", zip_with({"word/document.xml": zeros}, docx_bytes()),
        "a Word document with a 60 MB member", {"rejected"}, "too large unpacked")
    add("archives/ratio.epub", zip_with({"OEBPS/c.xhtml": b"<p>" + bytes(5 * 1024 * 1024) + b"</p>"}, epub_bytes()),
        "an EPUB chapter inflating a thousand-fold", {"rejected"}, "zip bomb")
    add("archives/understated.docx", zip_understating_its_size(docx_bytes(), "word/document.xml", bytes(20_000_000)),
        "a member larger than its headers say", {"rejected"})
    add("archives/many-members.epub", zip_of_many_members(12_000), "12,000 members", {"rejected"}, "too many parts")
    add("archives/not-a-zip.docx", b"PK\x03\x04" + rng.randbytes(2000), "a ZIP signature and noise", {"rejected"})
    add("archives/escapes-in-title.docx", docx_bytes(title="\x9b2J\x85Titre piégé"), "C1 controls in the title",
        {"imported"})
    add("archives/escapes-in-title.epub", epub_bytes(title="\x9b2J\x85Titre piégé"), "C1 controls in the title",
        {"imported"})
    for name, opf in (("lol", "lol"), ("no-manifest", _OPF.replace("<manifest>", "<x>").replace("</manifest>", "</x>")),
                      ("no-spine", _OPF.replace("<spine>", "<x>").replace("</spine>", "</x>")),
                      ("no-metadata", _OPF[:_OPF.index("<metadata")] + _OPF[_OPF.index("</metadata>") + 11:]),
                      ("item-without-href", _OPF.replace(' href="c.xhtml"', ""))):
        add(f"archives/{name}_opf.epub", epub_bytes(opf=opf), f"an EPUB package file: {name}", {"rejected", "imported"})
    return made


def _socket(add, folder: Path, suffix: str) -> None:
    path = folder / f"socket{suffix}"
    if len(os.fsencode(path)) >= 100:  # sun_path holds about 104 bytes
        return
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
    except OSError:
        return
    finally:
        server.close()
    add(f"{path.relative_to(folder.parent.parent).as_posix()}", None, "a socket", {"rejected"}, "socket")


def links_named_on_their_own(folder: Path) -> list[Path]:
    """Links and special files to name on a command line: followed, then refused."""
    made = folder / "named"
    made.mkdir(parents=True)
    (made / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(made / "pipe.html")
    (made / "pipe-link.pdf").symlink_to(made / "pipe.html")
    return [made / "zero.txt", made / "pipe.html", made / "pipe-link.pdf"]

"""The REFI-QDA exchange standard (QDA-XML 1.0, "mrt2019"): a project or a codebook as
plain values, written to and read from its XML.

Text selections count Unicode code points from 0, the end exclusive (REFI-QDA 1.5,
§10.2, and what QualCoder slices with), which is how Carnet counts: offsets pass as they
are. Reading never raises on a well-formed file: what Carnet cannot represent is named
in `problems`.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = "Carnet"
_READ = uuid.UUID("9b1f4c1e-3a54-4f6e-8d0c-52c0a0d7e1b3")
"""The namespace of the GUIDs given, while reading, to what a file holds without one."""
_RGB = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class QdaFormatError(ValueError):
    """A file that is not a REFI-QDA project or codebook, with the reason."""


def guid(namespace: uuid.UUID, kind: str, item: object) -> str:
    """A GUID for one element, the same at every export of the same library item."""
    return str(uuid.uuid5(namespace, f"{kind}:{item}"))


@dataclass
class Code:
    guid: str
    name: str
    colour: str | None = None
    description: str = ""
    children: list[Code] = field(default_factory=list)


@dataclass
class Selection:
    """A coded (or only annotated) passage: `source.text[start:end]`."""

    guid: str
    start: int
    end: int
    code_guids: list[str] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)
    created: str | None = None
    modified: str | None = None


@dataclass
class Source:
    guid: str
    name: str
    text: str
    description: str = ""
    selections: list[Selection] = field(default_factory=list)
    created: str | None = None


@dataclass
class Note:
    """A memo; `about` is the selection it annotates, if any."""

    guid: str
    name: str
    text: str
    about: str | None = None
    created: str | None = None
    span: tuple[int, int] | None = None
    """The positions a note read from a file gives itself (QualCoder's annotations)."""


@dataclass
class User:
    guid: str
    name: str


@dataclass
class Project:
    name: str
    users: list[User] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    created: str | None = None


def xml_text(text: str) -> str:
    """`text` with the characters XML cannot hold removed."""
    return _NOT_XML.sub("", text)


def source_path(source: Source) -> str:
    """Where a source's plain text lies in a .qdpx archive (and how the XML names it)."""
    return f"Sources/{source.guid}.txt"


# Writing


def project_element(project: Project) -> ET.Element:
    """The `project.qde` document of `project` (sources point to their text files)."""
    ET.register_namespace("", PROJECT_NS)
    q = _qualify(PROJECT_NS)
    user = project.users[0].guid if project.users else None
    root = ET.Element(q("Project"), _attrs(name=xml_text(project.name), origin=ORIGIN, creatingUserGUID=user,
                                           creationDateTime=project.created))
    if project.users:
        users = ET.SubElement(root, q("Users"))
        for each in project.users:
            ET.SubElement(users, q("User"), _attrs(guid=each.guid, name=xml_text(each.name)))
    if project.codes:
        _codes(ET.SubElement(ET.SubElement(root, q("CodeBook")), q("Codes")), project.codes, q)
    if project.sources:
        sources = ET.SubElement(root, q("Sources"))
        for source in project.sources:
            _source(sources, source, q, user)
    if project.notes:
        notes = ET.SubElement(root, q("Notes"))
        about = {s.guid: s for source in project.sources for s in source.selections}
        for note in project.notes:
            element = ET.SubElement(notes, q("Note"), _attrs(guid=note.guid, name=xml_text(note.name),
                                                             creatingUser=user, creationDateTime=note.created))
            ET.SubElement(element, q("PlainTextContent")).text = xml_text(note.text)
            if note.about in about:  # QualCoder reads an annotation's span from here
                selection = about[note.about]
                ET.SubElement(element, q("PlainTextSelection"),
                              _attrs(guid=guid(uuid.UUID(note.guid), "span", note.about),
                                     startPosition=selection.start, endPosition=selection.end))
    return root


def codebook_element(codes: list[Code]) -> ET.Element:
    """The `.qdc` document of a codebook."""
    ET.register_namespace("", CODEBOOK_NS)
    q = _qualify(CODEBOOK_NS)
    root = ET.Element(q("CodeBook"), {"origin": ORIGIN})
    _codes(ET.SubElement(root, q("Codes")), codes, q, with_notes=False)
    return root


def to_bytes(root: ET.Element) -> bytes:
    """A document as UTF-8 XML with its declaration, indented."""
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _qualify(namespace: str):
    return lambda name: f"{{{namespace}}}{name}"


def _attrs(**values: object) -> dict[str, str]:
    return {key: str(value) for key, value in values.items() if value is not None}


def _codes(parent: ET.Element, codes: list[Code], q, *, with_notes: bool = True) -> None:
    for code in codes:
        element = ET.SubElement(parent, q("Code"), _attrs(guid=code.guid, name=xml_text(code.name), isCodable="true",
                                                          color=code.colour))
        if code.description:
            ET.SubElement(element, q("Description")).text = xml_text(code.description)
        _codes(element, code.children, q, with_notes=with_notes)


def _source(parent: ET.Element, source: Source, q, user: str | None) -> None:
    element = ET.SubElement(parent, q("TextSource"), _attrs(
        guid=source.guid, name=xml_text(source.name), plainTextPath=f"internal://{source.guid}.txt",
        creatingUser=user, creationDateTime=source.created))
    if source.description:
        ET.SubElement(element, q("Description")).text = xml_text(source.description)
    for selection in source.selections:
        chosen = ET.SubElement(element, q("PlainTextSelection"), _attrs(
            guid=selection.guid, startPosition=selection.start, endPosition=selection.end, creatingUser=user,
            creationDateTime=selection.created, modifyingUser=user if selection.modified else None,
            modifiedDateTime=selection.modified))
        for code_guid in selection.code_guids:
            coding = ET.SubElement(chosen, q("Coding"), _attrs(
                guid=guid(uuid.UUID(selection.guid), "coding", code_guid), creatingUser=user,
                creationDateTime=selection.created))
            ET.SubElement(coding, q("CodeRef"), {"targetGUID": code_guid})
        for note_guid in selection.note_guids:
            ET.SubElement(chosen, q("NoteRef"), {"targetGUID": note_guid})
    # QualCoder finds a selection's annotation through a reference on the source itself.
    for selection in source.selections:
        for note_guid in selection.note_guids:
            ET.SubElement(element, q("NoteRef"), {"targetGUID": note_guid})


# Reading


@dataclass
class Reading:
    """What a file held, and a sentence for each thing in it that Carnet cannot keep."""

    project: Project
    problems: list[str] = field(default_factory=list)
    text_paths: dict[str, str] = field(default_factory=dict)
    """source guid → the archive path of its text, for sources whose text is not inline."""


def read_project(data: bytes) -> Reading:
    """The project in a `project.qde` document (its sources' text still to be read from
    `text_paths`), or `QdaFormatError`."""
    root = _root(data, "Project", PROJECT_NS)
    ns = _namespace(root)
    q = _qualify(ns)
    reading = Reading(Project(name=root.get("name") or ""))
    project = reading.project
    project.created = root.get("creationDateTime")
    for user in root.iterfind(f"{q('Users')}/{q('User')}"):
        project.users.append(User(guid=user.get("guid", ""), name=user.get("name") or user.get("id") or ""))
    codes = root.find(f"{q('CodeBook')}/{q('Codes')}")
    if codes is not None:
        project.codes = _read_codes(codes, q, reading.problems)
    for child in root:
        local = _local(child.tag)
        if local == "Sources":
            for source in child:
                _read_source(source, q, reading)
        elif local == "Notes":
            for note in child.iterfind(q("Note")):
                _read_note(note, q, reading)
        elif local == "Description" and (child.text or "").strip():
            reading.problems.append("the project's description: a library has none, so it was left out")
        elif local not in ("Users", "CodeBook", "Description", "NoteRef"):
            count = len(child)
            reading.problems.append(f"{local} ({count} element{'' if count == 1 else 's'}): Carnet has no such "
                                    "thing, so they were left out")
    about = {g: sel.guid for s in project.sources for sel in s.selections for g in sel.note_guids}
    for note in project.notes:
        note.about = about.get(note.guid)
    _attach_source_notes(root, q, reading)
    return reading


def _attach_source_notes(root: ET.Element, q, reading: Reading) -> None:
    """A note a source refers to, with positions of its own, annotates that passage of
    the source (as QualCoder writes annotations): it joins the selection of that span, or
    makes one without codes."""
    notes = {note.guid: note for note in reading.project.notes if note.about is None and note.span}
    sources = {source.guid: source for source in reading.project.sources}
    for element in root.iterfind(f"{q('Sources')}/{q('TextSource')}"):
        source = sources.get(element.get("guid", ""))
        for ref in element.iterfind(q("NoteRef")):
            note = notes.pop(ref.get("targetGUID", ""), None)
            if source is None or note is None:
                continue
            start, end = note.span
            selection = next((s for s in source.selections if (s.start, s.end) == (start, end)), None)
            if selection is None:
                selection = Selection(guid=guid(_READ, "span", note.guid), start=start, end=end)
                source.selections.append(selection)
            selection.note_guids.append(note.guid)
            note.about = selection.guid


def read_codebook(data: bytes) -> tuple[list[Code], list[str]]:
    """The codes of a `.qdc` document and what Carnet cannot keep of it."""
    root = _root(data, "CodeBook", CODEBOOK_NS, PROJECT_NS)
    q = _qualify(_namespace(root))
    problems: list[str] = []
    codes_element = root.find(q("Codes"))
    codes = _read_codes(codes_element, q, problems) if codes_element is not None else []
    sets = root.find(q("Sets"))
    if sets is not None and len(sets):
        problems.append(f"{len(sets)} code set(s): Carnet has no sets of tags, so they were left out")
    return codes, problems


def _root(data: bytes, name: str, *namespaces: str) -> ET.Element:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise QdaFormatError(f"it is not well-formed XML ({error})") from None
    if _local(root.tag) != name or _namespace(root) not in namespaces:
        raise QdaFormatError(f"its root element is {root.tag}, not a REFI-QDA {name}")
    return root


def _namespace(element: ET.Element) -> str:
    return element.tag[1:].split("}")[0] if element.tag.startswith("{") else ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _read_codes(parent: ET.Element, q, problems: list[str]) -> list[Code]:
    codes = []
    for element in parent.iterfind(q("Code")):
        colour = element.get("color")
        if colour is not None and not _RGB.fullmatch(colour):
            problems.append(f"code '{element.get('name')}' has the colour '{colour}', which is not #rrggbb: "
                            "it gets one of Carnet's")
            colour = None
        if colour is not None and len(colour) == 4:  # #rgb → #rrggbb
            colour = "#" + "".join(c * 2 for c in colour[1:])
        colour = colour.lower() if colour else None
        if element.get("isCodable") == "false":
            problems.append(f"code '{element.get('name')}' is a category that cannot be coded: "
                            "it becomes a tag like any other")
        if element.find(q("NoteRef")) is not None:
            problems.append(f"code '{element.get('name')}' has notes: Carnet keeps a tag's description, not notes, "
                            "so they were left out")
        description = element.findtext(q("Description")) or ""
        codes.append(Code(guid=element.get("guid", ""), name=element.get("name") or "", colour=colour,
                          description=description, children=_read_codes(element, q, problems)))
    return codes


def _read_source(element: ET.Element, q, reading: Reading) -> None:
    local, name = _local(element.tag), element.get("name") or ""
    if local != "TextSource":
        reading.problems.append(f"{local} '{name}': Carnet holds text only, so it was left out")
        return
    source = Source(guid=element.get("guid", ""), name=name, text=element.findtext(q("PlainTextContent")) or "",
                    description=element.findtext(q("Description")) or "", created=element.get("creationDateTime"))
    if element.get("richTextPath"):
        reading.problems.append(f"'{name}' has a formatted version ({element.get('richTextPath')}): Carnet keeps "
                                "its plain text only")
    path = element.get("plainTextPath")
    if element.find(q("PlainTextContent")) is None and path:
        reading.text_paths[source.guid] = path
    for chosen in element.iterfind(q("PlainTextSelection")):
        try:
            start, end = int(chosen.get("startPosition", "")), int(chosen.get("endPosition", ""))
        except ValueError:
            reading.problems.append(f"a selection in '{name}' has no valid positions: it was left out")
            continue
        selection = Selection(guid=chosen.get("guid", ""), start=start, end=end,
                              created=chosen.get("creationDateTime"), modified=chosen.get("modifiedDateTime"))
        for coding in chosen.iterfind(q("Coding")):
            ref = coding.find(q("CodeRef"))
            if ref is not None and ref.get("targetGUID"):
                selection.code_guids.append(ref.get("targetGUID"))
        selection.note_guids = [ref.get("targetGUID") for ref in chosen.iterfind(q("NoteRef")) if ref.get("targetGUID")]
        description = chosen.findtext(q("Description"))
        if description:
            note_guid = guid(_READ, "description", selection.guid)
            reading.project.notes.append(Note(guid=note_guid, name="", text=description, about=selection.guid))
            selection.note_guids.append(note_guid)
        source.selections.append(selection)
    for child in element:
        if _local(child.tag) == "VariableValue":
            reading.problems.append(f"'{name}' has variable values: Carnet has no variables, so they were left out")
            break
    reading.project.sources.append(source)


def _read_note(element: ET.Element, q, reading: Reading) -> None:
    text = element.findtext(q("PlainTextContent"))
    if text is None:
        reading.problems.append(f"note '{element.get('name') or element.get('guid')}' keeps its text in a file "
                                "outside the project XML: it was left out")
        return
    note = Note(guid=element.get("guid", ""), name=element.get("name") or "", text=text,
                created=element.get("creationDateTime"))
    span = element.find(q("PlainTextSelection"))
    if span is not None:
        try:
            note.span = int(span.get("startPosition", "")), int(span.get("endPosition", ""))
        except ValueError:
            pass
    reading.project.notes.append(note)

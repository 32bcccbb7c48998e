"""REFI-QDA projects and codebooks: written valid against the standard's schemas, read
back into a new library, and what Carnet cannot keep reported."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.core.article import Article
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.importing import add_articles
from app.services.library import open_library
from app.services.qda_exchange import (ExchangeError, export_codebook, export_project, import_codebook,
                                       import_project)
from app.services.tagging import TagService
from app.store.database import write_transaction
from app.store.meta import set_meta

SCHEMAS = Path(__file__).resolve().parents[3] / "resources" / "refi-qda"
GOLDEN = Path(__file__).resolve().parents[2] / "golden"
NOW = "2026-01-15T09:30:00Z"
TIMES = re.compile(rb'(creationDateTime|modifiedDateTime)="[^"]*"')

# An astral character (an emoji: two UTF-16 units, one code point) before the passages
# checks that positions count code points, as the standard says.
FIRST = "Rapport 🇪🇺 sur l’IA.\nL’Europe investira 200 milliards d’euros dans des gigafactories.\n"
SECOND = "Sept usines d’IA ont été choisies <en> décembre & janvier.\n"


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


@pytest.fixture
def project_library(tmp_path):
    library = open_library(tmp_path / "source-library", add_samples=False, language="en")
    with write_transaction(library.database()):
        set_meta(library.database(), "exchange_guid", "6f1c2a1e-8d7b-4c1e-9a55-0c1d2e3f4a5b")
    stored = add_articles(library, [
        Article(title="Sommet de l’IA : 200 milliards", body=FIRST, format="txt", source="Le Monde",
                url="https://example.org/ia", published="2025-02-11"),
        Article(title="Usines d’IA", body=SECOND, format="txt"),
    ])
    tags, notes = TagService(library), AnnotationService(library)
    money = tags.create("money & power", colour="#aa3300", description="Budgets <and> funds").value
    tags.create("gigafactories", colour="#00aa33", parent_id=money.id)
    first, second = (s.article_id for s in stored)
    start = FIRST.index("200 milliards")
    notes.add_highlight(article_id=first, start=start, end=start + len("200 milliards d’euros"),
                        tags=["money & power", "funding"], note="Annoncé au sommet ; « à vérifier »")
    start = FIRST.index("gigafactories")
    notes.add_highlight(article_id=first, start=start, end=start + len("gigafactories"), tags=["gigafactories"])
    start = SECOND.index("<en>")
    notes.add_highlight(article_id=second, start=start, end=len(SECOND) - 2, note="dates <b>")
    yield library
    library.close()


def qde(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("project.qde")


def test_the_project_is_valid_and_matches_the_golden_file(project_library, tmp_path):
    path = tmp_path / "carnet.qdpx"
    report = export_project(project_library, path, name="Usines", user="claire", now=NOW)
    assert (report.sources, report.selections, report.notes) == (2, 3, 2)
    xml = qde(path)
    schema("Project-mrt2019.xsd").assertValid(etree.fromstring(xml))
    stable = TIMES.sub(rb'\1="T"', xml)
    golden = GOLDEN / "project.qde"
    if os.environ.get("CARNET_UPDATE_GOLDEN"):
        golden.write_bytes(stable)
    assert stable == golden.read_bytes()


def test_positions_count_code_points_and_the_texts_are_in_the_archive(project_library, tmp_path):
    path = tmp_path / "carnet.qdpx"
    export_project(project_library, path, now=NOW)
    root = etree.fromstring(qde(path))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    with zipfile.ZipFile(path) as archive:
        for source in root.iterfind("q:Sources/q:TextSource", ns):
            text = archive.read("Sources/" + source.get("plainTextPath").split("internal://")[1]).decode("utf-8")
            for selection in source.iterfind("q:PlainTextSelection", ns):
                quoted = text[int(selection.get("startPosition")):int(selection.get("endPosition"))]
                assert quoted in ("200 milliards d’euros", "gigafactories", "<en> décembre & janvier")
    first = root.find("q:Sources/q:TextSource/q:PlainTextSelection", ns)
    assert int(first.get("startPosition")) == FIRST.index("200")  # UTF-16 units would count 🇪🇺 as four, not two


def test_guids_are_stable_across_exports(project_library, tmp_path):
    export_project(project_library, tmp_path / "a.qdpx", now=NOW)
    export_project(project_library, tmp_path / "b.qdpx", now=NOW)
    assert qde(tmp_path / "a.qdpx") == qde(tmp_path / "b.qdpx")


def canonical(xml: bytes) -> bytes:
    """The project with its GUIDs numbered in order of appearance and its times left out."""
    seen: dict[bytes, bytes] = {}
    guid = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    return guid.sub(lambda m: seen.setdefault(m.group(), b"G%d" % len(seen)), TIMES.sub(b"", xml))


def test_round_trip_into_a_new_library_gives_the_same_project(project_library, tmp_path):
    first = tmp_path / "first.qdpx"
    export_project(project_library, first, name="Usines", user="claire", now=NOW)
    other = open_library(tmp_path / "new-library", add_samples=False, language="en")
    try:
        outcome = import_project(other, first)
        assert outcome.value.left_out == ["1 user (claire): Carnet does not record who made a highlight"]
        assert (outcome.value.sources, outcome.value.selections, outcome.value.notes) == (2, 3, 2)
        tree = {t.name: t for t in TagService(other).tags()}
        assert tree["gigafactories"].parent_id == tree["money & power"].id
        assert tree["money & power"].colour == "#aa3300"
        assert tree["money & power"].description == "Budgets <and> funds"
        second = tmp_path / "second.qdpx"
        export_project(other, second, name="Usines", user="claire", now=NOW)
        # The same project byte for byte: its GUIDs and creation times are those it came
        # with; only the export's own time is given (`now`), as it would differ otherwise.
        assert qde(second) == qde(first)
        assert first.read_bytes() == second.read_bytes()  # the texts too, in the same archive
        again = import_project(other, first).value  # nothing twice
        assert (again.selections, len(AnnotationService(other).highlights())) == (0, 3)
    finally:
        other.close()


def test_the_guids_a_project_gave_go_with_their_items(project_library, tmp_path):
    first = tmp_path / "first.qdpx"
    export_project(project_library, first, now=NOW)
    other = open_library(tmp_path / "new-library", add_samples=False, language="en")
    try:
        import_project(other, first)
        db = other.database()
        assert db.execute("SELECT kind, count(*) FROM exchange_guids GROUP BY kind ORDER BY kind").fetchall() == [
            ("code", 5), ("note", 2), ("selection", 3), ("source", 2), ("user", 1)]
        article_id = max(h.article_id for h in AnnotationService(other).highlights())  # the last article
        [gone] = db.execute("SELECT guid FROM exchange_guids WHERE article_id = ?", [article_id]).fetchone()
        ArticleService(other).delete(article_id)
        # Gone with the article and its highlights: a later article given its id gets a GUID of its own.
        assert db.execute("SELECT kind, count(*) FROM exchange_guids GROUP BY kind ORDER BY kind").fetchall() == [
            ("code", 5), ("note", 1), ("selection", 2), ("source", 1), ("user", 1)]
        later = add_articles(other, [Article(title="Autre", body="Un autre texte.\n", format="txt")])[0]
        second = tmp_path / "second.qdpx"
        export_project(other, second, now=NOW)
        guids = re.findall(rb'guid="([^"]+)"', qde(second))
        assert later.article_id == article_id  # SQLite gave the freed id again
        assert len(guids) == len(set(guids)) and gone.encode() not in qde(second) and b'name="Autre"' in qde(second)
    finally:
        other.close()


def test_the_codebook_is_valid_and_reads_back(project_library, tmp_path):
    path = tmp_path / "codes.qdc"
    export_codebook(project_library, path)
    schema("Codebook-mrt2019.xsd").assertValid(etree.parse(str(path)))
    golden = GOLDEN / "codebook.qdc"
    if os.environ.get("CARNET_UPDATE_GOLDEN"):
        golden.write_bytes(path.read_bytes())
    assert path.read_bytes() == golden.read_bytes()
    other = open_library(tmp_path / "new-library", add_samples=False, language="en")
    try:
        assert import_codebook(other, path).value.codes == 2  # the three default tags are there already
        tree = {t.name: t for t in TagService(other).tags()}
        assert tree["gigafactories"].parent_id == tree["money & power"].id
    finally:
        other.close()


FOREIGN = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="Other">
  <Users><User guid="11111111-1111-1111-1111-111111111111" name="A"/>
         <User guid="22222222-2222-2222-2222-222222222222" name="B"/></Users>
  <CodeBook><Codes>
    <Code guid="33333333-3333-3333-3333-333333333333" name="Theme" isCodable="false" color="#F00">
      <Code guid="44444444-4444-4444-4444-444444444444" name="Sub" isCodable="true"/>
    </Code></Codes></CodeBook>
  <Variables><Variable guid="55555555-5555-5555-5555-555555555555" name="age" typeOfVariable="Integer"/></Variables>
  <Sources>
    <TextSource guid="66666666-6666-6666-6666-666666666666" name="Interview 1" richTextPath="internal://i1.docx">
      <Description>Interviewee: a farmer</Description>
      <PlainTextContent>Hello 𝄞 world, this is the text.</PlainTextContent>
      <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="8" endPosition="13">
        <Description>a memo on world</Description>
        <Coding guid="88888888-8888-8888-8888-888888888888"><CodeRef targetGUID="44444444-4444-4444-4444-444444444444"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="99999999-9999-9999-9999-999999999999" startPosition="5" endPosition="900"/>
      <NoteRef targetGUID="cccccccc-cccc-cccc-cccc-cccccccccccc"/>
    </TextSource>
    <PictureSource guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" name="Photo" path="internal://p.jpg"/>
  </Sources>
  <Notes>
    <Note guid="cccccccc-cccc-cccc-cccc-cccccccccccc" name=""><PlainTextContent>greeting</PlainTextContent>
      <PlainTextSelection guid="dddddddd-dddd-dddd-dddd-dddddddddddd" startPosition="0" endPosition="5"/></Note>
    <Note guid="bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb" name="Journal"><PlainTextContent>thoughts</PlainTextContent></Note></Notes>
  <Description>Interviews of 2024</Description>
</Project>
"""


def test_what_carnet_cannot_represent_is_reported(empty_library, tmp_path):
    path = tmp_path / "foreign.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", FOREIGN)
    report = import_project(empty_library, path).value
    said = "\n".join(report.left_out)
    for expected in ("Variables", "PictureSource 'Photo'", "category", "900", "memo 'Journal'", "2 users (A, B)",
                     "description of 'Interview 1'", "project's description", "formatted version"):
        assert expected in said
    annotation, coded = AnnotationService(empty_library).highlights()
    assert (coded.quote, coded.note, coded.tags) == ("world", "a memo on world", ("Sub",))
    assert (annotation.quote, annotation.note, annotation.tags) == ("Hello", "greeting", ())  # QualCoder's form
    tags = {t.name: t for t in TagService(empty_library).tags()}
    assert tags["Theme"].colour == "#ff0000" and tags["Sub"].parent_id == tags["Theme"].id


@pytest.mark.parametrize("content", [b"not a zip", None])
def test_a_file_that_is_no_project_is_named(empty_library, tmp_path, content):
    path = tmp_path / "bad.qdpx"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("other.xml", "<x/>")
    else:
        path.write_bytes(content)
    with pytest.raises(ExchangeError, match="bad.qdpx"):
        import_project(empty_library, path)


def test_characters_xml_cannot_carry_are_named_and_the_text_kept_whole(empty_library, tmp_path):
    body = "Un saut\x0cde page, puis la suite.\n"
    article_id = add_articles(empty_library, [Article(title="Titre\x07", body=body, format="txt")])[0].article_id
    AnnotationService(empty_library).add_highlight(article_id=article_id, start=body.index("puis"), end=len(body) - 2,
                                                   note="note\x1b[31m")
    path = tmp_path / "p.qdpx"
    report = export_project(empty_library, path, now=NOW)
    assert any("title of 'Titre" in s for s in report.left_out) and any("note on highlight 1" in s
                                                                        for s in report.left_out)
    schema("Project-mrt2019.xsd").assertValid(etree.fromstring(qde(path)))
    with zipfile.ZipFile(path) as archive:
        assert body.encode("utf-8") in [archive.read(n) for n in archive.namelist() if n.startswith("Sources/")]

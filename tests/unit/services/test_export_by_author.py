"""The digest filtered and grouped by who made each highlight, on both databases: a local
library's highlights are all its owner's; a team library's are signed by each member."""

from __future__ import annotations

import json
import os

import psycopg
import pytest

from app.cli.main import main
from app.core.digest import DigestScope
from app.services.annotating import AnnotationService
from app.services.exporting import ExportError, ExportService
from app.services.library import open_library
from tests.team_libraries import add_member
from tests.unit.services.test_exporting import GOLDEN, NOW, annotated  # noqa: F401

BOB_PASSAGES = [(2, "Sept usines d’IA européennes ont été sélectionnées par l’entreprise commune EuroHPC", ["sites"]),
                (3, "InvestAI", ["Commission"])]


@pytest.fixture
def two_members(annotated, postgres_server):  # noqa: F811
    """The annotated team library, its first member renamed Alice Admin, with a second
    member, Bob Martin, who made two highlights of his own."""
    with psycopg.connect(annotated.address, autocommit=True) as connection:
        connection.execute("UPDATE members SET name = 'Alice Admin' WHERE role_name = 'postgres'")
    bob_library = open_library(add_member(postgres_server, annotated.address, "bob", name="Bob Martin"))
    try:
        notes = AnnotationService(bob_library)
        for article, quote, tags in BOB_PASSAGES:
            start, end = notes.find_quote(article, quote, occurrence=1)
            notes.add_highlight(article_id=article, start=start, end=end, tags=tags, note="Vu par Bob.")
    finally:
        bob_library.close()
    return annotated


def _golden(text: str, library, name: str) -> None:
    text = text.replace(f'library: "{library.name}"', 'library: "library"')
    if os.environ.get("CARNET_UPDATE_GOLDEN"):
        (GOLDEN / name).write_text(text, encoding="utf-8")
    assert text == (GOLDEN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("library", ["sqlite"], indirect=True)
def test_a_local_librarys_digest_by_author_is_all_yours(annotated):  # noqa: F811
    export = ExportService(annotated)
    _golden(export.markdown(DigestScope(), group_by="author", title="Par auteur", now=NOW), annotated,
            "digest_by_author_local.md")
    assert len(export.digest(DigestScope(authors=("you",))).highlights) == 9
    assert len(export.digest(DigestScope(authors=("me",))).highlights) == 9


@pytest.mark.parametrize("library", ["team"], indirect=True)
def test_a_team_digest_groups_and_filters_by_author(two_members):
    export = ExportService(two_members)
    _golden(export.markdown(DigestScope(), group_by="author", title="Par auteur", now=NOW), two_members,
            "digest_by_author_team.md")
    bob = export.digest(DigestScope(authors=("bob martin",)))
    assert sorted(h.quote[:8] for h in bob.highlights) == ["InvestAI", "Sept usi"]
    assert len(export.digest(DigestScope(authors=("Bob Martin", "Alice Admin"))).highlights) == 11
    assert len(export.digest(DigestScope(authors=("me",))).highlights) == 9
    by_topic = export.markdown(DigestScope(authors=("Bob Martin",)), now=NOW)
    assert "Tags: sites · by Bob Martin" in by_topic and "by Alice Admin" not in by_topic
    assert 'authors: ["Bob Martin"]' in by_topic
    with pytest.raises(ExportError, match=r"no member named 'carol' \(members: Alice Admin, Bob Martin\)"):
        export.digest(DigestScope(authors=("carol",)))


@pytest.mark.parametrize("library", ["team"], indirect=True)
def test_carnet_export_takes_author_and_group_by_author(two_members, capsys):
    assert main(["--library", two_members.address, "export", "--author", "Bob Martin", "--author", "me",
                 "--group-by", "author", "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert out.index("## Alice Admin") < out.index("## Bob Martin")
    assert main(["--library", two_members.address, "export", "--author", "carol"]) != 0
    assert "no member named 'carol'" in capsys.readouterr().err
    assert main(["--library", two_members.address, "highlights", "--json"]) == 0
    authors = [item["author"] for item in json.loads(capsys.readouterr().out)]
    assert authors.count("postgres") == 9 and len([a for a in authors if a.startswith("bob_")]) == 2


@pytest.mark.parametrize("library", ["team"], indirect=True)
def test_the_web_annotations_name_each_members_highlights_creator(two_members):
    collection = json.loads(ExportService(two_members).render(DigestScope(), format="json", now=NOW))
    creators = {item["target"]["selector"][0]["exact"][:8]: item["creator"] for item in collection["first"]["items"]}
    assert creators["InvestAI"]["name"] == "Bob Martin" and creators["InvestAI"]["type"] == "Person"
    assert creators["InvestAI"]["nickname"].startswith("bob_")
    assert creators["EuroHPC "] == {"type": "Person", "name": "Alice Admin", "nickname": "postgres"}


@pytest.mark.parametrize("library", ["sqlite"], indirect=True)
def test_a_local_librarys_web_annotations_name_no_creator(annotated):  # noqa: F811
    collection = json.loads(ExportService(annotated).render(DigestScope(), format="json", now=NOW))
    assert all("creator" not in item for item in collection["first"]["items"])

"""Who made what: each highlight signed by its author, and the library's members."""

from __future__ import annotations

import pytest

from app.core.people import OWNER, initials
from app.services.carnet import Carnet
from app.services.library import open_library
from tests.team_libraries import add_member


def _add(carnet: Carnet, quote: str, *, tags=("funding",)):
    article = carnet.articles.summaries()[4]
    start, end = carnet.annotations.find_quote(article.id, quote)
    return carnet.annotations.add_highlight(article_id=article.id, start=start, end=end, tags=list(tags)).value


def test_a_highlight_is_signed_by_who_made_it(library):
    carnet = Carnet(library)
    created = _add(carnet, "8 milliards d’euros")
    me = carnet.people.me()
    assert created.author == me.role
    assert carnet.annotations.highlights() == [created]
    assert carnet.people.author(created) == me and carnet.people.is_mine(created)
    if getattr(library, "is_team", False):
        assert me.role == "postgres" and me.access == "admin"
    else:
        assert me == OWNER and created.author is None


def test_a_local_library_has_one_member_you(library):
    people = Carnet(library).people
    if getattr(library, "is_team", False):
        assert [(p.role, p.access) for p in people.members()] == [("postgres", "admin")]
    else:
        assert people.members() == [OWNER] and OWNER.name == "you"


def test_an_undone_deletion_comes_back_with_its_author(library):
    carnet = Carnet(library)
    created = _add(carnet, "8 milliards d’euros")
    removed = carnet.annotations.delete_highlight(created.id).value
    assert carnet.annotations.restore_highlight(removed).value.author == created.author


@pytest.mark.parametrize("library", ["team"], indirect=True)
def test_each_member_signs_their_own_highlights(library, postgres_server):
    bob_uri = add_member(postgres_server, library.address, "bob", name="Bob Martin")
    bob_library = open_library(bob_uri)
    try:
        bob = Carnet(bob_library)
        by_bob = _add(bob, "8 milliards d’euros")
        assert bob.people.me().name == "Bob Martin" and by_bob.author == bob.people.me().role
    finally:
        bob_library.close()
    carnet = Carnet(library)
    mine = _add(carnet, "EuroHPC. Ces", tags=["sites"])
    highlights = {h.id: h for h in carnet.annotations.highlights()}
    assert highlights[by_bob.id].author == by_bob.author and highlights[mine.id].author == "postgres"
    assert not carnet.people.is_mine(highlights[by_bob.id]) and carnet.people.is_mine(highlights[mine.id])
    members = carnet.people.members()
    assert [(p.name, p.access) for p in members] == [("Bob Martin", "editor"), ("postgres", "admin")]
    assert len({p.colour for p in members}) == 2
    assert carnet.people.author(highlights[by_bob.id]).initials == "BM"


def test_initials_take_the_first_and_last_words():
    assert initials("Alice Martin") == "AM" and initials("bob") == "B"
    assert initials("jean-luc picard") == "JP" and initials("  ") == "?" and initials("élodie") == "É"

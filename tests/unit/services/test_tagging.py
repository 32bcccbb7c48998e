import pytest

from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.searching import SearchService
from app.services.tagging import KeyTaken, TagError, TagService


@pytest.fixture
def tags(library):
    return TagService(library)


@pytest.fixture
def notes(library):
    return AnnotationService(library)


@pytest.fixture
def article(library):
    return ArticleService(library).summaries()[4].id  # 004: "2,1 milliards d’euros"


def highlight(notes, library, article, quote, *names):
    start, end = notes.find_quote(article, quote, occurrence=1)
    return notes.add_highlight(article_id=article, start=start, end=end, tags=names).value


def test_defaults_and_case_insensitive_uniqueness(tags):
    assert [(t.name, t.shortcut) for t in tags.tags()] == [("funding", 1), ("sites", 2), ("Commission", 3)]
    with pytest.raises(TagError, match="exists already"):
        tags.create("COMMISSION")
    with pytest.raises(TagError, match="exists already"):
        tags.create(" Funding ")
    created = tags.create("énergie").value
    assert created.colour not in {t.colour for t in tags.tags() if t.id != created.id}
    with pytest.raises(TagError, match="exists already"):
        tags.create("ÉNERGIE")


def test_rename_to_another_tags_name_is_refused_but_a_change_of_case_is_not(tags):
    funding = tags.find("funding")
    with pytest.raises(TagError, match="merge the two instead"):
        tags.change(funding.id, name="sites")
    renamed, _ = tags.change(funding.id, name="Funding").value
    assert renamed.name == "Funding"


def test_rename_reindexes_tagged_highlights_and_restore_undoes(tags, notes, library, article):
    highlight(notes, library, article, "2,1 milliards d’euros", "funding")
    funding = tags.find("funding")
    _, before = tags.change(funding.id, name="financement", colour="#000000").value
    search = SearchService(library)
    assert len(search.search("tag:financement").hits) == 1
    assert search.search("tag:financement").hits[0].highlights[0].tags == ("financement",)
    tags.restore(before)
    assert tags.tag(funding.id) == funding
    assert len(search.search("tag:funding").hits) == 1


def test_a_taken_key_is_refused_unless_taken_and_then_the_old_holder_gets_the_freed_key(tags):
    energy = tags.create("énergie", shortcut=4).value
    with pytest.raises(KeyTaken, match="key 1 belongs to 'funding'"):
        tags.change(energy.id, shortcut=1)
    assert tags.find("énergie").shortcut == 4 and tags.find("funding").shortcut == 1
    _, before = tags.change(energy.id, shortcut=1, take_key=True).value
    assert tags.find("énergie").shortcut == 1 and tags.find("funding").shortcut == 4
    tags.restore(before)
    assert tags.find("énergie").shortcut == 4 and tags.find("funding").shortcut == 1
    with pytest.raises(TagError, match="1 to 9"):
        tags.change(energy.id, shortcut=10)


def test_hierarchy_refuses_cycles_and_deleting_a_parent_lifts_its_children(tags):
    europe = tags.create("Europe").value
    france = tags.create("France", parent_id=europe.id).value
    paris = tags.create("Paris", parent_id=france.id).value
    with pytest.raises(TagError, match="nested under itself"):
        tags.change(europe.id, parent_id=paris.id)
    deletion = tags.delete(france.id).value
    assert tags.find("Paris").parent_id == europe.id
    tags.undelete(deletion)
    assert tags.find("Paris").parent_id == france.id
    assert tags.find("France").parent_id == europe.id


def test_delete_keeps_the_highlights_other_tags_and_undelete_restores(tags, notes, library, article):
    h = highlight(notes, library, article, "2,1 milliards d’euros", "funding", "Commission")
    deletion = tags.delete(tags.find("funding").id).value
    assert notes.highlight(h.id).tags == ("Commission",)
    assert SearchService(library).search("tag:funding").hits == ()
    tags.undelete(deletion)
    assert notes.highlight(h.id).tags == ("funding", "Commission")
    assert len(SearchService(library).search("tag:funding").hits) == 1


def test_merge_moves_highlights_and_unmerge_restores_both(tags, notes, library, article):
    both = highlight(notes, library, article, "2,1 milliards d’euros", "funding", "sites")
    only_funding = highlight(notes, library, article, "8 milliards d’euros", "funding")
    funding, sites = tags.find("funding"), tags.find("sites")
    merge = tags.merge(funding.id, sites.id).value
    assert [t.name for t in tags.tags()] == ["sites", "Commission"]
    assert notes.highlight(both.id).tags == ("sites",)
    assert notes.highlight(only_funding.id).tags == ("sites",)
    assert tags.counts()[sites.id] == (2, 1)
    tags.unmerge(merge)
    assert tags.tag(funding.id) == funding
    assert notes.highlight(both.id).tags == ("funding", "sites")
    assert notes.highlight(only_funding.id).tags == ("funding",)
    with pytest.raises(TagError, match="into itself"):
        tags.merge(sites.id, sites.id)


@pytest.mark.parametrize("name", ["a\x1fb", "a\x1eb", "ligne\nautre", "tab\there", "esc\x1b[2J", "n\x85l", "u\u2028v"])
def test_a_tag_name_with_a_control_character_is_refused(tags, name):
    with pytest.raises(TagError, match="cannot hold control characters"):
        tags.create(name)
    funding = tags.find("funding")
    with pytest.raises(TagError, match="cannot hold control characters"):
        tags.change(funding.id, name=name)
    assert tags.find("funding").name == "funding" and len(tags.tags()) == 3


@pytest.mark.parametrize("colour", ["notacolour", "#12345", "#1234567", "123456", "#ggg000", "red", " #123456"])
def test_a_colour_that_is_not_rrggbb_is_refused(tags, colour):
    with pytest.raises(TagError, match="is not a colour: write it as #rrggbb"):
        tags.create("nouveau", colour=colour)
    with pytest.raises(TagError, match="is not a colour"):
        tags.change(tags.find("funding").id, colour=colour)
    assert tags.find("funding").colour == "#f2c94c" and len(tags.tags()) == 3


def test_valid_colours_and_names_still_go_through(tags):
    assert tags.create("Énergie & climat", colour="#A0b1C2").value.colour == "#A0b1C2"
    assert tags.create("sans couleur").value.colour.startswith("#")


def test_rules_with_an_expression_that_is_not_one_are_refused_in_a_sentence(tags):
    sites = tags.find("sites")
    with pytest.raises(TagError, match=r"'\(unclosed' is not a valid expression"):
        tags.change(sites.id, rules={**sites.rules, "patterns": ["(unclosed"]})
    with pytest.raises(TagError, match="a rule's words cannot be empty"):
        tags.change(sites.id, rules={**sites.rules, "keywords": ["  "]})
    assert tags.find("sites").rules == sites.rules

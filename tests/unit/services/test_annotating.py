import pytest

from app.core.anchoring import AnchorStatus
from app.services.annotating import AnnotationService, BadSelection, UnknownTag
from app.services.articles import ArticleService
from app.services.searching import SearchService
from app.store.database import write_transaction


@pytest.fixture
def notes(library):
    return AnnotationService(library)


@pytest.fixture
def article(library):
    return ArticleService(library).summaries()[4]  # 004


def test_a_highlight_stores_its_quote_context_tags_and_note(notes, article, library):
    body = ArticleService(library).article(article.id).body
    start = body.index("2,1 milliards")
    created = notes.add_highlight(article_id=article.id, start=start - 1, end=start + 22,
                                  tags=["FUNDING", "sites"], note="À *vérifier*").value
    assert created.quote == "2,1 milliards d’euros"  # the space around the selection is trimmed
    assert created.anchor.prefix == body[start - 32:start]
    assert created.anchor.suffix == body[start + 21:start + 53]
    assert created.tags == ("funding", "sites") and created.note == "À *vérifier*"
    assert created.status is AnchorStatus.EXACT
    assert notes.highlights(article_id=article.id) == [created]


def test_bad_selections_and_unknown_tags_are_refused(notes, article, library):
    space = ArticleService(library).article(article.id).body.index("EuroHPC. Ces") + len("EuroHPC.")
    with pytest.raises(BadSelection, match="only white space"):
        notes.add_highlight(article_id=article.id, start=space, end=space + 1)
    with pytest.raises(BadSelection, match="outside the article"):
        notes.add_highlight(article_id=article.id, start=5, end=10**6)
    with pytest.raises(UnknownTag, match="no tag named 'energy'"):
        notes.add_highlight(article_id=article.id, start=0, end=10, tags=["energy"])
    assert notes.highlights() == []


def test_find_quote_needs_an_occurrence_when_ambiguous(notes, article):
    with pytest.raises(BadSelection, match="occurs 2 times"):
        notes.find_quote(article.id, "2,1 milliards d’euros")
    first = notes.find_quote(article.id, "2,1 milliards d’euros", occurrence=1)
    second = notes.find_quote(article.id, "2,1 milliards d’euros", occurrence=2)
    assert first < second
    with pytest.raises(BadSelection, match="not in article"):
        notes.find_quote(article.id, "gigafactories")


def test_delete_then_restore_brings_back_the_same_highlight(notes, article, library):
    start, end = notes.find_quote(article.id, "8 milliards d’euros")
    created = notes.add_highlight(article_id=article.id, start=start, end=end, tags=["funding"], note="n").value
    removed = notes.delete_highlight(created.id).value
    assert notes.highlights() == [] and SearchService(library).search("tag:funding").hits == ()
    assert notes.restore_highlight(removed).value == created
    assert len(SearchService(library).search("tag:funding").hits) == 1


def test_tags_and_notes_change_and_stay_searchable(notes, article, library):
    start, end = notes.find_quote(article.id, "8 milliards d’euros")
    h = notes.add_highlight(article_id=article.id, start=start, end=end).value
    sites = notes.add_tag(h.id, 2).value
    assert sites.tags == ("sites",)
    assert notes.remove_tag(h.id, 2).value.tags == ()
    assert notes.set_note(h.id, "Budget pluriannuel").value.note == "Budget pluriannuel"
    assert [hit.article.id for hit in SearchService(library).search("pluriannuel").hits] == [article.id]


def test_replacing_an_articles_text_reanchors_its_highlights(notes, article, library):
    body = ArticleService(library).article(article.id).body
    spans = {
        "kept": notes.find_quote(article.id, "projet EuroHPC"),
        "moved": notes.find_quote(article.id, "8 milliards d’euros"),
        "fuzzy": notes.find_quote(article.id, "cent millions d’euros"),
        "gone": notes.find_quote(article.id, "La CE espère qu’en investissant"),
    }
    ids = {name: notes.add_highlight(article_id=article.id, start=s, end=e).value.id for name, (s, e) in spans.items()}
    new_body = (body.replace("Ces supercalculateurs devraient", "Selon Bruxelles, ces supercalculateurs devraient")
                .replace("cent millions d’euros", "cent millions d’€uros")
                .replace("La CE espère qu’en investissant", "Autre chose"))
    db = library.database()
    with write_transaction(db):
        db.execute("UPDATE articles SET body = ? WHERE id = ?", [new_body, article.id])
    report = notes.reanchor_article(article.id).value
    assert (report.exact, report.moved, report.fuzzy, report.orphaned) == (1, 1, 1, 1)
    moved = notes.highlight(ids["moved"])
    assert moved.status is AnchorStatus.MOVED and new_body[moved.start:moved.end] == "8 milliards d’euros"
    fuzzy = notes.highlight(ids["fuzzy"])
    assert fuzzy.status is AnchorStatus.FUZZY and new_body[fuzzy.start:fuzzy.end] == "cent millions d’€uros"
    assert notes.highlight(ids["gone"]).status is AnchorStatus.ORPHAN


def test_deleting_an_article_takes_its_highlights_and_restore_brings_all_back(notes, article, library):
    articles = ArticleService(library)
    start, end = notes.find_quote(article.id, "8 milliards d’euros")
    highlight = notes.add_highlight(article_id=article.id, start=start, end=end, tags=["funding"], note="n").value
    before = articles.article(article.id)
    deletion = articles.delete(article.id).value
    assert articles.count() == 4 and notes.highlights() == []
    assert SearchService(library).search("EuroHPC date:2024").hits == ()
    assert articles.restore(deletion).value == before
    assert notes.highlights() == [highlight]
    assert [h.article.id for h in SearchService(library).search("tag:funding").hits] == [article.id]


def test_replace_text_reanchors(notes, article, library):
    from app.core.article import Article
    from app.services.importing import replace_text

    start, end = notes.find_quote(article.id, "8 milliards d’euros")
    highlight = notes.add_highlight(article_id=article.id, start=start, end=end).value
    old = ArticleService(library).article(article.id)
    report = replace_text(library, article.id, Article(title=old.title, body="Avant. " + old.body, format="txt",
                                                       language="fr")).value
    assert (report.exact, report.moved) == (0, 1)
    moved = notes.highlight(highlight.id)
    assert ArticleService(library).article(article.id).body[moved.start:moved.end] == "8 milliards d’euros"

import sqlite3
from pathlib import Path

import pytest

from app.search.errors import QuerySyntaxError
from app.services.annotating import AnnotationService
from app.services.articles import ArticleService
from app.services.importing import import_paths
from app.services.searching import SearchService

SEED = {
    "000": "000_610f2261d7174f80.txt",  # InvestAI, 200 milliards, gigafactories
    "001": "001_c5ba91b20dacb792.txt",  # L’UE crée enfin des usines d’IA
    "002": "002_753a0636a88286f5.txt",  # Techcrunch, Giga-factories
    "003": "003_e93bffb5ef5bafd4.txt",  # le secteur privé, gigafactories AI
    "004": "004_73f990bf24fe4a87.txt",  # 2024-01-24, 2,1 milliards, EuroHPC
}


@pytest.fixture
def ids(library):
    articles = ArticleService(library)
    by_name = {Path(articles.article(s.id).original_path).name: s.id for s in articles.summaries()}
    return {key: by_name[name] for key, name in SEED.items()}


@pytest.fixture
def search(library):
    return SearchService(library)


def found(search, query, ids):
    names = {article_id: key for key, article_id in ids.items()}
    return {names.get(hit.article.id, hit.article.id) for hit in search.search(query, limit=50).hits}


def test_plural_finds_the_singular_and_the_verb(search, ids):
    # 000 "investissement", 001 "L’investissement", 002 "investissement", 003 "forfait
    # d’investissement", 004 "investir", "investissement": every article.
    assert found(search, "investissements", ids) == {"000", "001", "002", "003", "004"}
    assert found(search, "investir", ids) == {"000", "001", "002", "003", "004"}


def test_no_accents_finds_accented_text(search, ids):
    assert found(search, "commission europeenne", ids) == {"000", "001", "002", "004"}
    assert found(search, "COMMISSION EUROPÉENNE", ids) == {"000", "001", "002", "004"}


def test_singular_finds_elided_plurals(search, ids):
    # "Usines d’IA" (000), "des usines d’IA" (001), « usines d’IA » (003), "d’usines d’IA" (004);
    # 002 speaks of « fabriques d’IA » only.
    assert found(search, "usine", ids) == {"000", "001", "003", "004"}
    assert found(search, "l'usine", ids) == {"000", "001", "003", "004"}


def test_phrase(search, ids):
    assert found(search, '"usines d\'IA"', ids) == {"000", "001", "003", "004"}
    assert found(search, '"secteur privé"', ids) == {"002", "003"}
    assert found(search, '"privé secteur"', ids) == set()


def test_prefix_and_fuzzy(search, ids):
    assert found(search, "gigafact*", ids) == {"000", "002", "003"}
    assert found(search, "supercalculateur~", ids) == {"001", "002", "003", "004"}
    assert found(search, "investisement~", ids) == found(search, "investissement", ids)
    assert found(search, "investissem*", ids) == found(search, "investissement", ids)


def test_fields_and_filters(search, ids):
    assert found(search, "source:techcrunch", ids) == {"002"}
    assert found(search, "date:2024", ids) == {"004"}
    assert found(search, "date:[2024-01 TO 2025-02]", ids) == {"004"}
    assert found(search, "date:2025", ids) == set()
    assert found(search, "title:usines", ids) == {"001"}
    assert found(search, "lang:fr Macron", ids) == {"000", "002"}
    assert found(search, "lang:en Macron", ids) == set()


def test_boolean_operators(search, ids):
    assert found(search, "Macron OR EuroHPC", ids) == {"000", "001", "002", "004"}
    assert found(search, "gigafactories -Stargate", ids) == set()
    assert found(search, "usines NOT gigafactories", ids) == {"001", "004"}
    assert found(search, "(Macron OR EuroHPC) date:2024", ids) == {"004"}
    assert found(search, "Macron OR source:techcrunch", ids) == {"000", "002"}
    assert found(search, "-Macron", ids) == {"001", "003", "004"}
    assert found(search, "AI-factories", ids) == found(search, '"AI factories"', ids)


def test_stop_words_alone_find_nothing_and_star_finds_all(search, ids):
    assert found(search, "le la des", ids) == set()
    assert len(found(search, "*", ids)) == 5


def test_title_hits_rank_first_and_snippets_mark_original_words(search, ids):
    page = search.search("usines")
    assert page.hits[0].article.id == ids["001"]
    snippet = page.hits[0].snippets[0]
    marked = [snippet.text[start:end] for start, end in snippet.marks]
    assert marked and all(word.lower() == "usines" for word in marked)
    european = search.search("europeenne").hits[0].snippets[0]
    marked = {european.text[s:e] for s, e in european.marks}
    assert marked and all(word.lower().startswith("européen") for word in marked)


def test_match_spans_for_the_reader(search, ids, library):
    body = ArticleService(library).article(ids["001"]).body
    spans = search.match_spans(ids["001"], "usine")
    assert len(spans) >= 5
    assert {body[s:e].lower() for s, e in spans} == {"usines"}


def test_english_article_is_stemmed_in_english(empty_library, tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("Europe builds AI factories\nThe Commission is investing in factories "
                    "and supercomputers for the startups of the Union.", encoding="utf-8")
    import_paths(empty_library, [path])
    search = SearchService(empty_library)
    [hit] = search.search("factory").hits
    assert hit.article.language == "en"
    assert len(search.search("invested").hits) == 1
    assert len(search.search("supercomputer").hits) == 1


def test_tag_filter_finds_tagged_articles_and_shows_their_highlights(search, ids, library):
    body = ArticleService(library).article(ids["004"]).body
    start = body.index("2,1 milliards d’euros")
    highlight = AnnotationService(library).add_highlight(
        article_id=ids["004"], start=start, end=start + len("2,1 milliards d’euros"),
        tags=["funding"], note="Montant à vérifier").value
    page = search.search("tag:funding")
    assert [hit.article.id for hit in page.hits] == [ids["004"]]
    [shown] = page.hits[0].highlights
    assert (shown.id, shown.quote, shown.tags) == (highlight.id, "2,1 milliards d’euros", ("funding",))
    assert found(search, "tag:FUNDING", ids) == {"004"}
    assert found(search, "tag:sites", ids) == set()
    # The note is searchable too, with the same analysis.
    assert found(search, "verifier", ids) == {"004"}
    assert found(search, "funding", ids) == {"004"}


@pytest.mark.parametrize(
    ("query", "message", "position"),
    [
        ('"unclosed', "quote is never closed", 0),
        ("(((", "'(' is never closed", 2),
        ("usine)", "')' closes nothing", 5),
        ("date:banana", "date: 'banana' is not a date", 0),
        ("usine date:2024-13", "date: '2024-13' is not a date", 6),
        ("usine AND", "AND needs a word on each side", 6),
        ("titre:usine", "unknown field 'titre:'", 0),
        ("title:[a TO c]", "ranges work only with date:", 0),
        ("   ", "nothing to search for", None),
    ],
)
def test_malformed_queries_say_what_and_where(search, query, message, position):
    with pytest.raises(QuerySyntaxError) as caught:
        search.search(query)
    assert message in str(caught.value.problem)
    assert caught.value.position == position


@pytest.mark.sqlite_only  # written in SQLite's SQL (its triggers, FTS5 tables)
def test_index_follows_the_store_in_one_transaction(library, tmp_path):
    db = library.database()
    before = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.execute("CREATE TRIGGER refuse_word BEFORE INSERT ON search_words WHEN NEW.word = 'explosif' "
               "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("Un texte calme sur les usines.", encoding="utf-8")
    (folder / "b.txt").write_text("Un texte explosif sur les usines.", encoding="utf-8")
    with pytest.raises(sqlite3.IntegrityError):
        import_paths(library, [folder])
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == before
    assert db.execute("SELECT count(*) FROM article_index").fetchone()[0] == before
    assert SearchService(library).search("calme").hits == ()


def test_reindex_gives_identical_results(search, library):
    queries = ["investissements", '"usines d\'IA"', "gigafact*", "supercalculateur~", "source:techcrunch",
               "commission -Macron"]
    before = [[(h.article.id, round(h.score or 0, 6), h.snippets) for h in search.search(q).hits]
              for q in queries]
    seen = []
    assert search.reindex(progress=lambda *args: seen.append(args)) == 5
    after = [[(h.article.id, round(h.score or 0, 6), h.snippets) for h in search.search(q).hits]
             for q in queries]
    assert after == before
    assert seen[-1] == (5, 5, "")


def test_ranking_in_parallel_slices_gives_the_same_hits(library):
    whole = SearchService(library)
    sliced = SearchService(library, parallel_from=1, parts=3)
    for query in ["investissements", "usines", '"Commission européenne"', "gigafact*", "commission -Macron",
                  "date:2024", "source:techcrunch"]:
        for offset in (0, 2):
            expected = [(h.article.id, h.score) for h in whole.search(query, limit=2, offset=offset).hits]
            assert [(h.article.id, h.score) for h in sliced.search(query, limit=2, offset=offset).hits] == expected


@pytest.mark.sqlite_only  # written in SQLite's SQL (its triggers, FTS5 tables)
def test_hits_through_highlights_merge_exactly_at_every_page(library):
    """Articles found by their text and by their highlights' notes, ranked together:
    each page equals the ranking of all of them at once, whole or in parallel slices."""
    notes = AnnotationService(library)
    summaries = ArticleService(library).summaries()
    for number, summary in enumerate(summaries):
        notes.add_highlight(article_id=summary.id, start=0, end=8,
                            note="investissements massifs" if number % 2 else "rien à voir")
    db = library.database()
    plan = SearchService(library).plan("investissements")
    everything = db.execute(
        "SELECT article_id, min(score) FROM ("
        " SELECT rowid AS article_id, bm25(article_index, 10.0, 1.0, 4.0, 10.0) AS score FROM article_index"
        " WHERE article_index MATCH ?1"
        " UNION ALL"
        " SELECT h.article_id, bm25(highlight_index, 2.0, 2.0, 4.0) FROM highlight_index"
        " JOIN highlights h ON h.id = highlight_index.rowid WHERE highlight_index MATCH ?2"
        ") GROUP BY article_id ORDER BY min(score), article_id", [plan.match, plan.highlight_match]).fetchall()
    assert len(everything) >= 3
    for service in (SearchService(library), SearchService(library, parallel_from=1, parts=2)):
        for offset in range(len(everything)):
            page = service.search("investissements", limit=2, offset=offset).hits
            assert [(h.article.id, round(h.score, 9)) for h in page] == \
                [(article_id, round(score, 9)) for article_id, score in everything[offset:offset + 2]]

"""Words that real reading found missed: hyphenated and joined compounds, compatibility
characters, every language of the library."""

from pathlib import Path

import pytest

from app.services.articles import ArticleService
from app.services.importing import import_paths
from app.services.searching import SearchService

GIGA_ARTICLE = "002_753a0636a88286f5.txt"  # writes "Giga-factories"; the others "gigafactories"


@pytest.fixture
def search(library):
    return SearchService(library)


def ids_of(search, query):
    return {hit.article.id for hit in search.search(query, limit=50).hits}


def article_id(library, file_name):
    articles = ArticleService(library)
    return next(s.id for s in articles.summaries() if Path(articles.article(s.id).original_path).name == file_name)


def test_hyphenated_and_joined_compounds_meet(search, library):
    giga = article_id(library, GIGA_ARTICLE)
    everywhere = ids_of(search, "gigafactories")
    assert giga in everywhere and len(everywhere) >= 3
    assert giga in ids_of(search, "gigafact*")
    assert ids_of(search, "giga-factories") == everywhere
    assert ids_of(search, "giga factories") == everywhere
    assert ids_of(search, '"les giga-factories"') >= ids_of(search, '"les gigafactories"') | {giga}


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def written(empty_library, tmp_path):
    texts = {
        "joined": "Le courriel ou email des usines\nLes aifactories et le RoyaumeUni investissent.",
        "hyphen": "Un e-mail des usines\nLes AI-factories du Royaume-Uni investissent le 2024-01-24.",
        "apart": "Les AI factories\nLe Royaume Uni, janvier 2024 01 24 et un mail.",
    }
    import_paths(empty_library, [write(tmp_path, f"{name}.txt", text) for name, text in texts.items()])
    search = SearchService(empty_library)
    by_title = {hit.article.title: hit.article.id for hit in search.search("*", limit=10).hits}
    names = {by_title[text.split("\n")[0]]: name for name, text in texts.items()}
    found = lambda query: {names[hit.article.id] for hit in search.search(query, limit=10).hits}  # noqa: E731
    found.marked = lambda query: {snippet.text[a:b] for hit in search.search(query, limit=10).hits
                                  for snippet in hit.snippets for a, b in snippet.marks}
    return found


def test_email_ai_factories_and_royaume_uni_in_every_spelling(written):
    assert written("email") == {"joined", "hyphen"}
    assert written("e-mail") >= {"joined", "hyphen"}
    assert written("AI-factories") == {"joined", "hyphen", "apart"}
    assert written("aifactories") == {"joined", "hyphen"}
    assert written("Royaume-Uni") == {"joined", "hyphen", "apart"}
    assert written("royaumeuni") == {"joined", "hyphen"}
    assert written("royaume uni") == {"joined", "hyphen", "apart"}
    assert written.marked("email") == {"email", "e-mail"}
    assert written.marked("royaumeuni") == {"RoyaumeUni", "Royaume-Uni"}


def test_a_date_stays_a_phrase_of_its_parts(written):
    assert written("2024-01-24") == {"hyphen", "apart"}
    assert written("20240124") == set()
    assert written('"2024 01 24"') == {"hyphen", "apart"}


def test_snippets_and_reader_mark_the_hyphenated_word_whole(search, library):
    giga = article_id(library, GIGA_ARTICLE)
    body = ArticleService(library).article(giga).body
    for query in ("gigafactories", "gigafact*", "giga-factories"):
        spans = search.match_spans(giga, query)
        assert spans and {body[s:e].lower() for s, e in spans} == {"giga-factories"}, query
        [hit] = [hit for hit in search.search(query, limit=10).hits if hit.article.id == giga]
        marked = {snippet.text[s:e].lower() for snippet in hit.snippets for s, e in snippet.marks}
        assert marked == {"giga-factories"}, query


def test_compatibility_characters_fold_both_ways(empty_library, tmp_path):
    import_paths(empty_library, [write(tmp_path, "lig.txt", "Un article scientiﬁque\nLa preuve ＡＢＣ et le CO₂ ﬁnal.")])
    search = SearchService(empty_library)
    assert len(search.search("scientifique").hits) == 1
    assert len(search.search("scientiﬁque").hits) == 1
    assert len(search.search("abc").hits) == 1
    assert len(search.search("ＦＩＮＡＬ").hits) == 1
    assert len(search.search("co2").hits) == 1
    [hit] = search.search("final").hits
    body = ArticleService(empty_library).article(hit.article.id).body
    assert [body[s:e] for s, e in search.match_spans(hit.article.id, "final")] == ["ﬁnal"]
    assert {s.text[a:b] for s in hit.snippets for a, b in s.marks} == {"ﬁnal"}


ARTICLES_IN_LANGUAGES = {
    "es": ("Las fábricas de inteligencia artificial", "Las fábricas de Europa invierten en los "
           "superordenadores y las empresas emergentes de la Unión y de la región."),
    "de": ("Die Fabriken der künstlichen Intelligenz", "Die Fabriken der Union werden mit den "
           "Rechenzentren gebaut, und die Unternehmen investieren in die Forschung."),
    "it": ("Le fabbriche di intelligenza artificiale", "Le fabbriche della Commissione sono per le "
           "imprese e per la ricerca, con i supercomputer della regione."),
    "pt": ("As fábricas de inteligência artificial", "As fábricas da Comissão são para as empresas "
           "e para a investigação, com os supercomputadores da região."),
}


@pytest.mark.parametrize("language, query, written", [
    ("es", "fábrica", "fábricas"), ("es", "superordenador", "superordenadores"),
    ("de", "Fabrik", "Fabriken"), ("de", "Unternehmens", "Unternehmen"),
    ("it", "fabbrica", "fabbriche"), ("it", "impresa", "imprese"),
    ("pt", "fábrica", "fábricas"), ("pt", "empresa", "empresas"),
])
def test_articles_are_stemmed_in_their_own_language(empty_library, tmp_path, language, query, written):
    paths = [write(tmp_path, f"{code}.md", f"---\nlanguage: {code}\ntitle: {title}\n---\n{body}\n")
             for code, (title, body) in ARTICLES_IN_LANGUAGES.items()]
    import_paths(empty_library, paths)
    search = SearchService(empty_library)
    [hit] = [hit for hit in search.search(query, limit=10).hits if hit.article.language == language]
    assert written.lower() in {snippet.text[a:b].lower() for snippet in hit.snippets for a, b in snippet.marks}


@pytest.mark.sqlite_only  # written in SQLite's SQL (its triggers, FTS5 tables)
def test_a_library_indexed_by_the_analyser_of_version_1_is_rebuilt_on_opening(library):
    from app.search.analysis import ANALYSER_VERSION
    from app.services.library import open_library
    from app.store.database import write_transaction

    giga, folder, db = article_id(library, GIGA_ARTICLE), library.folder, library.database()
    with write_transaction(db):  # an index of version 1: one (here empty) entry per article
        db.execute("UPDATE search_state SET value = '1' WHERE key = 'analyser_version'")
        db.execute("DELETE FROM article_index")
        db.execute("INSERT INTO article_index (rowid, title, body, source) SELECT id, '', '', '' FROM articles")
    library.close()
    reopened = open_library(folder)
    version = reopened.database().execute("SELECT value FROM search_state WHERE key = 'analyser_version'").fetchone()
    assert int(version[0]) == ANALYSER_VERSION
    assert giga in ids_of(SearchService(reopened), "gigafactories")
    reopened.close()


def test_a_word_that_matches_few_articles_also_searches_the_words_it_begins(search, library):
    page = search.search("souverain")
    assert page.also_searched == ("souveraineté",)
    assert page.hits and all("souveraineté" in " ".join(s.text for s in hit.snippets).lower() for hit in page.hits)
    giga = search.search("gigafactory")
    assert "gigafactories" in giga.also_searched
    assert {hit.article.id for hit in giga.hits} == ids_of(search, "gigafactories")
    assert search.search("usines").also_searched == ()
    assert search.search("title:souverain").also_searched == ()
    off = SearchService(library, related_below=0).search("souverain")
    assert (off.hits, off.also_searched) == ((), ())


def test_the_command_line_says_what_it_also_searched(library, capsys):
    from app.cli.main import main
    library.close()
    assert main(["--library", str(library.folder), "search", "souverain"]) == 0
    out, err = capsys.readouterr()
    assert "also searched: souveraineté" in err and "**souveraineté**" in out

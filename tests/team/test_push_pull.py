"""`carnet team push` and `carnet team pull`: the samples library with a codebook and
notes goes into a team library and comes back out as a normal local library."""

import psycopg

from app.cli.main import main
from app.services.carnet import Carnet
from app.services.library import open_library
from app.store.postgres.search_vector import vector_literal


def _annotated_library(library):
    """The sample library with a nested tag holding a colour, a key and rules, and
    highlights with notes (one in an article's second story copy, if any)."""
    carnet = Carnet(library)
    parent = carnet.tags.find("sites")
    child = carnet.tags.create("sites/Brussels", colour="#123abc", parent_id=parent.id, description="in Brussels",
                               shortcut=7).value
    carnet.tags.change(child.id, rules={"keywords": ["Bruxelles", "Brussels"], "money": True})
    carnet.tags.change(carnet.tags.find("funding").id, colour="#a1b2c3")
    return carnet, child


def _content(library):
    """What a library holds, compared without ids: tags by name with their parent's name,
    articles by hash, highlights by article hash and span with their tags' names."""
    db = library.database()
    from app.store import articles, highlights, tags

    all_tags = {tag.id: tag for tag in tags.list_tags(db)}
    tag_view = {tag.name: (tag.colour, all_tags[tag.parent_id].name if tag.parent_id else None, tag.description,
                           tag.shortcut, tag.rules) for tag in all_tags.values()}
    by_id = {}
    for row in articles.iter_articles_for_index(db):
        article = articles.get_article(db, row[0])
        by_id[article.id] = (article.content_hash, article.title, article.source, article.published,
                             article.language, article.keywords, article.extras, article.imported_at)
    highlight_view = sorted((by_id[h.article_id][0], h.anchor.start, h.anchor.end, h.anchor.exact, h.anchor.prefix,
                             h.anchor.suffix, h.note, tuple(sorted(h.tags)), h.created_at)
                            for h in highlights.list_highlights(db))
    return tag_view, sorted(by_id.values()), highlight_view


def test_a_library_pushed_then_pulled_holds_the_same_articles_highlights_tags_and_notes(
        capsys, tmp_path, library, team_database):
    carnet, child = _annotated_library(library)
    annotations = carnet.annotations
    summaries = library.database().execute("SELECT id, body FROM articles ORDER BY id").fetchall()
    (first, first_body), (second, second_body) = summaries[0], summaries[1]
    annotations.add_highlight(article_id=first, start=0, end=20, tags=["sites/Brussels", "funding"],
                              note="to check «with» the source")
    annotations.add_highlight(article_id=first, start=30, end=60, note="a note alone")
    annotations.add_highlight(article_id=second, start=10, end=40, tags=["sites"])
    before = _content(library)
    library.close()

    assert main(["team", "init", team_database]) == 0
    capsys.readouterr()
    assert main(["team", "push", str(library.folder), team_database]) == 0
    out = capsys.readouterr().out
    assert "5 articles added (0 already there), 3 highlights (0 already there)" in out

    copy_folder = tmp_path / "copy"
    assert main(["team", "pull", team_database, str(copy_folder)]) == 0
    assert "a local copy with 5 articles, 3 highlights" in capsys.readouterr().out
    copy = open_library(copy_folder)
    try:
        assert _content(copy) == before
        # the copy keeps who made each highlight: the member who pushed them, no longer "you"
        assert {h.author for h in Carnet(copy).annotations.highlights()} == {"postgres"}
        assert copy.database().execute("SELECT value FROM library_meta WHERE key = 'pulled_from'").fetchone()
        # the copy's own search index was written with it: a note's word finds its article
        hits = Carnet(copy).search.search("alone").hits
        assert [hit.article.id for hit in hits] == [first]
        assert [h.note for h in hits[0].highlights] == ["a note alone"]
    finally:
        copy.close()


def test_pushing_again_adds_nothing_twice_and_a_second_pull_into_a_library_is_refused(
        capsys, tmp_path, library, team_database):
    library.close()
    main(["team", "init", team_database])
    main(["team", "push", str(library.folder), team_database])
    capsys.readouterr()
    assert main(["team", "push", str(library.folder), team_database]) == 0
    assert "0 articles added (5 already there)" in capsys.readouterr().out
    with psycopg.connect(team_database) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert connection.execute("SELECT count(DISTINCT imported_by) FROM articles").fetchone()[0] == 1
    assert main(["team", "pull", team_database, str(library.folder)]) == 1
    assert "holds a library already" in capsys.readouterr().err


def test_the_team_library_searches_the_terms_carnet_analysed_with_weights_phrases_and_prefixes(
        library, team_database):
    library.close()
    main(["team", "init", team_database])
    main(["team", "push", str(library.folder), team_database])
    with psycopg.connect(team_database) as connection:
        def titles(query):
            return [row[0] for row in connection.execute(
                "SELECT title FROM articles WHERE search @@ %s::tsquery ORDER BY id", [query])]

        everything = connection.execute("SELECT count(*) FROM articles WHERE search <> ''").fetchone()[0]
        assert everything == 5
        title_word = connection.execute("SELECT title FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        from app.search.bulk_analysis import index_terms
        from app.search.analysis import index_language

        language = connection.execute("SELECT language FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        terms = index_terms(title_word, index_language(language))
        assert title_word in titles(f"'{terms[0]}':A")
        assert title_word in titles(f"'{terms[0]}' <-> '{terms[1]}'")
        assert title_word in titles(f"'{terms[0][:3]}':*A")
        assert connection.execute("SELECT count(*) FROM search_words").fetchone()[0] > 100
        noted = connection.execute("SELECT count(*) FROM highlights WHERE search @@ 'alone'::tsquery").fetchone()
        assert noted == (0,)  # the samples have no highlight


def test_postgresql_reads_a_vector_literal_back_as_written(postgres_server):
    literal = vector_literal([("A", "budget européen"), ("B", "le monde"), ("D", "l'europ back\\slash européen")])
    with psycopg.connect(postgres_server.uri()) as connection:
        assert connection.execute("SELECT %s::tsvector::text", [literal]).fetchone()[0] == \
            "'back\\\\slash':8 'budget':1A 'européen':2A,9 'l''europ':7 'le':4B 'monde':5B"


def test_a_vector_keeps_fields_apart_and_quotes_any_term():
    literal = vector_literal([("A", "budget européen"), ("D", "l'europ back\\slash européen")])
    assert literal == "'budget':1A 'européen':2A,6D 'l''europ':4D 'back\\\\slash':5D"


def test_a_push_reports_its_progress_and_one_cancelled_or_failed_leaves_the_team_library_as_it_was(
        library, team_database):
    from app.core.tasks import CancelToken
    from app.team.transfer import TransferCancelled, push_library

    library.close()
    main(["team", "init", team_database])
    cancel = CancelToken()
    seen = []

    def progress(done, total, label):
        seen.append((done, total))
        if done == 3:
            cancel.cancel()

    try:
        push_library(library.folder, team_database, progress=progress, cancel=cancel)
    except TransferCancelled:
        pass
    else:
        raise AssertionError("the push was not cancelled")
    assert seen == [(1, 5), (2, 5), (3, 5)]
    with psycopg.connect(team_database) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM search_words").fetchone()[0] == 0


def test_a_database_without_a_team_library_is_told_so_before_anything_is_read(capsys, library, team_database,
                                                                               tmp_path):
    library.close()
    assert main(["team", "push", str(library.folder), team_database]) == 1
    assert "this database holds no team library yet: `carnet team init` creates one" in capsys.readouterr().err
    assert main(["team", "pull", team_database, str(tmp_path / "copy")]) == 1
    assert "holds no team library yet" in capsys.readouterr().err
    assert not (tmp_path / "copy").exists()
    assert main(["team", "push", str(tmp_path / "nothing"), team_database]) == 1
    assert "this folder holds no Carnet library" in capsys.readouterr().err


def test_a_cancelled_pull_leaves_no_library_behind(library, team_database, tmp_path):
    from app.core.tasks import CancelToken
    from app.team.transfer import TransferCancelled, pull_library

    library.close()
    main(["team", "init", team_database])
    main(["team", "push", str(library.folder), team_database])
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "notes.txt").write_text("mine")
    for folder in (tmp_path / "new", tmp_path / "kept"):
        cancel = CancelToken()
        try:
            pull_library(team_database, folder, progress=lambda done, total, label: done == 2 and cancel.cancel(),
                         cancel=cancel)
        except TransferCancelled:
            pass
        else:
            raise AssertionError("the pull was not cancelled")
    assert not (tmp_path / "new").exists()
    assert [path.name for path in (tmp_path / "kept").iterdir()] == ["notes.txt"]

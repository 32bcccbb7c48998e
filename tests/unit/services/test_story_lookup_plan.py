"""The members of a page's stories are read through the articles' indexes, not by
reading every article (what made each search of a large team library slow)."""

import json

from app.core.article import Article
from app.services.importing import add_articles
from app.store.stories import MEMBERS_OF_LEADS, members_of_leads, set_story
from app.store.team import is_team_database


def test_members_of_leads_reads_through_the_indexes(empty_library):
    db = empty_library.database()
    ids = [stored.article_id for stored in add_articles(empty_library, [
        Article(title=f"Dépêche {n}", body=f"Une dépêche numéro {n} sur les usines.", format="txt", language="fr")
        for n in range(6)])]
    set_story(db, ids[1:3], ids[0])
    assert members_of_leads(db, [ids[0], ids[3]]) == {ids[0]: [(ids[0], None), (ids[1], None), (ids[2], None)]}
    leads = json.dumps([ids[0], ids[3]])
    if is_team_database(db):
        db.execute("SET enable_seqscan = off")  # so that a plan able to use no index shows it
        plan = "\n".join(row[0] for row in db.execute("EXPLAIN " + MEMBERS_OF_LEADS, [leads, leads]).fetchall())
        db.execute("RESET enable_seqscan")
        assert "Seq Scan on articles" not in plan, plan
    else:
        plan = "\n".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + MEMBERS_OF_LEADS,
                                                       [leads, leads]).fetchall())
        assert "SCAN articles" not in plan, plan

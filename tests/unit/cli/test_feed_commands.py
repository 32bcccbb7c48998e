"""`carnet feed …` in real processes against a real server on 127.0.0.1."""

from __future__ import annotations

import json

from tests.feeds_served import BROKEN_XML, LONG_TEXT, atom, json_feed, rss091, rss2
from tests.unit.cli.subprocess_runs import carnet, no_traceback
from tests.web_server import Route, article_page


def serve_feed(server, path: str, text: str, content_type: str = "application/rss+xml") -> str:
    """Serve a feed that answers 304 to a request with its ETag."""
    body = text.encode("iso-8859-1" if 'encoding="iso-8859-1"' in text else "utf-8")

    def answer(headers):
        if headers.get("if-none-match") == '"v1"':
            return Route(304, b"", {"ETag": '"v1"'})
        return Route(200, body, {"Content-Type": content_type, "ETag": '"v1"'})
    server.routes[path] = answer
    return server.url(path)


def test_feeds_of_every_kind_are_followed_and_their_new_entries_imported(web_server, tmp_path):
    library, base = tmp_path / "lib", web_server.url("")
    for path, title in (("/a1", "Premier article du fil"), ("/old", "Un vieil article"),
                        ("/json", "Un article JSON")):
        web_server.page(path, article_page(title))
    rss = serve_feed(web_server, "/rss.xml", rss2(base, [("g1", "/a1", "Court."),
                                                         ("g2", "/never-fetched", f"<p>{LONG_TEXT}</p>")]))
    serve_feed(web_server, "/old.xml", rss091(base, "/old"))
    serve_feed(web_server, "/atom.xml", atom(base, "/atom-page-never-fetched"), "application/atom+xml")
    serve_feed(web_server, "/feed.json", json_feed(base, "/json"), "application/feed+json")
    assert carnet(library, "feed", "add", rss, "--tag", "veille", "--name", "Fil").returncode == 0
    for path in ("/old.xml", "/atom.xml", "/feed.json"):
        assert carnet(library, "feed", "add", web_server.url(path)).returncode == 0
    result = carnet(library, "feed", "update")
    assert result.returncode == 0 and no_traceback(result), result.stderr
    assert result.stdout.splitlines() == [
        "   1  Fil: 2 new entries, 2 imported",
        "   2  Vieux fil: 1 new entry, 1 imported",
        "   3  Atome: 1 new entry, 1 imported",
        "   4  Le fil JSON: 1 new entry, 1 imported",
        "5 imported from 4 feeds",
    ]
    fetched = [r.path for r in web_server.requests]
    assert "/never-fetched" not in fetched and "/atom-page-never-fetched" not in fetched  # full text in the feed
    ids = {article["title"]: str(article["id"]) for article in json.loads(carnet(library, "list", "--json").stdout)}
    shown = carnet(library, "show", ids["Entrée g1"]).stdout
    assert "Title:     Entrée g1" in shown and "Author:    Marie Dupont" in shown
    assert "Date:      2024-01-02T10:00:00Z" in shown and "Keywords:  #Intelligence artificielle #veille" in shown
    assert "Paragraphe 3 : Premier article du fil" in shown
    assert "Les usines d'IA européennes reçoivent un financement numéro 39." in carnet(
        library, "show", ids["Entrée g2"]).stdout

    requests_before = len(web_server.requests)
    again = carnet(library, "feed", "update", "--all")
    assert again.stdout.splitlines()[:4] == ["   1  Fil: not modified", "   2  Vieux fil: not modified",
                                             "   3  Atome: not modified", "   4  Le fil JSON: not modified"]
    asked = web_server.requests[requests_before:]
    assert len(asked) == 4 and all(r.headers.get("if-none-match") == '"v1"' for r in asked)
    listing = carnet(library, "feed", "list").stdout.splitlines()
    assert listing[0].startswith(f"   1  Fil [veille]  {rss}  2 entries; updated ")
    assert listing[0].endswith(", 0 new")


def test_entries_seen_once_are_not_fetched_again_when_the_feed_changes(web_server, tmp_path):
    library, base = tmp_path / "lib", web_server.url("")
    web_server.page("/a", article_page("Article A"))
    web_server.page("/b", article_page("Article B"))
    feed = web_server.page("/feed", rss2(base, [("a", "/a", "")]), content_type="application/rss+xml")
    carnet(library, "feed", "add", feed)
    assert carnet(library, "feed", "update", "1").stdout.splitlines()[0] == "   1  Le Fil IA: 1 new entry, 1 imported"
    web_server.page("/feed", rss2(base, [("b", "/b", ""), ("a", "/a", "")]), content_type="application/rss+xml")
    result = carnet(library, "feed", "update", "Le Fil IA")
    assert result.stdout.splitlines()[0] == "   1  Le Fil IA: 1 new entry, 1 imported"
    assert [r.path for r in web_server.requests].count("/a") == 1


def test_a_broken_feed_keeps_its_sentence_and_the_others_go_on(web_server, tmp_path):
    library, base = tmp_path / "lib", web_server.url("")
    web_server.page("/broken.xml", BROKEN_XML, content_type="application/rss+xml")
    web_server.routes["/down.xml"] = Route(500, b"oops", {"Content-Type": "text/plain"})
    web_server.page("/page.html", article_page("Pas un fil"))
    web_server.page("/ok", article_page("Le bon article"))
    good = web_server.page("/good.xml", rss2(base, [("ok", "/ok", ""), ("gone", "/gone", "")]),
                           content_type="application/rss+xml")
    for path in ("/broken.xml", "/down.xml", "/page.html"):
        carnet(library, "feed", "add", web_server.url(path))
    carnet(library, "feed", "add", good)
    carnet(library, "feed", "add", "http://no-such-host.invalid/feed")
    result = carnet(library, "feed", "update")
    assert result.returncode == 1 and no_traceback(result)
    out = result.stdout.splitlines()
    assert out[0] == f"   1  {base}/broken.xml: failed: this feed cannot be read: <unknown>:1:100: unclosed token"
    assert out[1].endswith("/down.xml: failed: the server answered 500 Internal Server Error")
    assert out[2].endswith("/page.html: failed: this is not a feed (RSS, Atom or JSON Feed)")
    assert out[3] == "   4  Le Fil IA: 2 new entries, 1 imported"
    assert out[4] == (f"  rejected   {base}/gone: there is no page at this address (the server answered 404)")
    assert out[5].endswith("feed: failed: unknown host: no server is known by the name no-such-host.invalid")
    assert out[6] == "1 imported from 5 feeds, 4 failed"
    listing = carnet(library, "feed", "list").stdout.splitlines()
    assert "failed " in listing[1] and listing[1].endswith(": the server answered 500 Internal Server Error")


def test_an_entry_that_timed_out_is_tried_again(web_server, tmp_path):
    library, base = tmp_path / "lib", web_server.url("")
    web_server.routes["/slow"] = Route(200, article_page("Enfin arrivé").encode(), {"Content-Type": "text/html"},
                                       delay=3)
    feed = serve_feed(web_server, "/feed", rss2(base, [("s", "/slow", "")]))
    carnet(library, "feed", "add", feed)
    first = carnet(library, "feed", "update", "--timeout", "1")
    assert first.stdout.splitlines()[:2] == ["   1  Le Fil IA: 1 new entry, 0 imported",
                                             f"  rejected   {base}/slow: the server did not answer within 1 seconds"]
    web_server.page("/slow", article_page("Enfin arrivé"))
    second = carnet(library, "feed", "update")
    assert second.stdout.splitlines()[0] == "   1  Le Fil IA: 1 new entry, 1 imported"  # no 304: asked again


def test_opml_import_export_and_removal(web_server, tmp_path):
    library = tmp_path / "lib"
    opml = tmp_path / "subscriptions.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="Tech">'
                    '<outline text="Le Fil" xmlUrl="https://a.example/rss"/></outline>'
                    '<outline text="Autre" xmlUrl="https://b.example/atom"/></body></opml>', encoding="utf-8")
    result = carnet(library, "feed", "import-opml", str(opml))
    assert result.stdout.splitlines() == ["following feed 1: Le Fil [Tech]", "following feed 2: Autre",
                                          "2 added, 0 followed already"]
    assert carnet(library, "feed", "import-opml", str(opml)).stdout.splitlines()[-1] == "0 added, 2 followed already"
    out = tmp_path / "out.opml"
    assert carnet(library, "feed", "export-opml", "-o", str(out)).returncode == 0
    assert 'xmlUrl="https://a.example/rss"' in out.read_text() and 'category="Tech"' in out.read_text()
    assert carnet(library, "feed", "export-opml", "-o", str(out)).returncode == 1  # it exists: --force
    assert carnet(library, "feed", "remove", "Autre").stdout == "no longer following feed 2: Autre\n"
    missing = carnet(library, "feed", "remove", "Autre")
    assert missing.returncode == 2 and "no feed is named 'Autre'" in missing.stderr
    duplicate = carnet(library, "feed", "add", "https://a.example/rss")
    assert duplicate.returncode == 1 and "followed already, as feed 1 (Le Fil)" in duplicate.stderr
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body>", encoding="utf-8")
    told = carnet(library, "feed", "import-opml", str(broken))
    assert told.returncode == 1 and f"carnet: {broken}: this OPML file cannot be read" in told.stderr
    assert no_traceback(told)

"""Reading feeds of every kind, and OPML subscription lists."""

from __future__ import annotations

import pytest

from app.core.feeds import Feed, FeedEntry, carries_full_text
from app.importers.feeds import FeedUnreadable, parse_feed, read_opml, write_opml
from tests.feeds_served import BROKEN_XML, LONG_TEXT, atom, json_feed, rss091, rss2

BASE = "http://news.example"


def test_rss_2_entries_with_their_metadata():
    feed = parse_feed(rss2(BASE, [("g1", "/a", "Court."), ("g2", "/b", f"<p>{LONG_TEXT}</p>")]).encode(),
                      url=f"{BASE}/feed.xml")
    assert feed.title == "Le Fil IA" and feed.site_url == f"{BASE}/"
    first = feed.entries[0]
    assert (first.key, first.link, first.title, first.published, first.author, first.categories) == (
        "g1", f"{BASE}/a", "Entrée g1", "2024-01-02T10:00:00Z", "Marie Dupont", ("Intelligence artificielle",))
    assert not carries_full_text(first) and carries_full_text(feed.entries[1])


def test_rss_091_atom_and_json_feed():
    old = parse_feed(rss091(BASE, "/old").encode("iso-8859-1"), url=f"{BASE}/rss")
    assert old.entries[0].key == f"{BASE}/old" and old.entries[0].title == "Un vieil article"  # keyed by link
    entry = parse_feed(atom(BASE, "/atom").encode(), url=f"{BASE}/atom.xml").entries[0]
    assert (entry.key, entry.author, entry.categories, entry.published) == (
        "urn:atome:1", "Jean Martin", ("gigafactories",), "2024-02-01T08:30:00Z")
    assert carries_full_text(entry)
    entry = parse_feed(json_feed(BASE, "/json").encode(), url=f"{BASE}/feed.json",
                       media_type="application/feed+json").entries[0]
    assert (entry.key, entry.link, entry.author, entry.published, entry.categories) == (
        "j1", f"{BASE}/json", "Ana Lopez", "2024-03-05T08:00:00Z", ("calcul",))


@pytest.mark.parametrize("document, told", [
    (BROKEN_XML, "this feed cannot be read: <unknown>:1:"),
    ("<html><body><p>Bienvenue</p></body></html>", "this is not a feed (RSS, Atom or JSON Feed)"),
    ('{"title": "not a feed"}', "this is not a feed (RSS, Atom or JSON Feed)"),
    ('{"version": "https://jsonfeed.org/version/1", ', "this feed cannot be read:"),
])
def test_what_is_not_a_feed_is_told(document, told):
    with pytest.raises(FeedUnreadable) as caught:
        parse_feed(document.encode(), url=f"{BASE}/feed")
    assert str(caught.value).startswith(told)


def test_an_entry_without_link_is_read_from_its_content():
    assert carries_full_text(FeedEntry("k", None, "t", content="<p>Deux mots.</p>"))
    assert not carries_full_text(FeedEntry("k", None, "t", content=" "))


def test_opml_round_trip_with_folders_as_tags():
    opml = b"""<?xml version="1.0"?><opml version="1.0"><head/><body>
      <outline text="Tech"><outline text="Le Fil" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
        <outline text="Sans lien"/></outline>
      <outline text="Direct" xmlUrl="https://b.example/atom" category="/veille/ia"/>
      <outline text="Mauvais" xmlUrl="javascript:alert(1)"/></body></opml>"""
    subscriptions = read_opml(opml)
    assert [(s.url, s.name, s.tag) for s in subscriptions] == [
        ("https://a.example/rss", "Le Fil", "Tech"), ("https://b.example/atom", "Direct", "veille/ia")]
    written = write_opml([Feed(1, "https://a.example/rss", name="Le <Fil> & co", tag="Tech"),
                          Feed(2, "https://b.example/atom", title="Direct")])
    again = read_opml(written.encode())
    assert [(s.url, s.name, s.tag) for s in again] == [
        ("https://a.example/rss", "Le <Fil> & co", "Tech"), ("https://b.example/atom", "Direct", None)]


def test_opml_with_entities_or_broken_xml_is_refused():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
      <opml><body><outline text="&b;" xmlUrl="https://a.example/rss"/></body></opml>"""
    with pytest.raises(FeedUnreadable, match="this OPML file cannot be read"):
        read_opml(bomb)
    with pytest.raises(FeedUnreadable, match="this OPML file cannot be read"):
        read_opml(b"<opml><body>")
    with pytest.raises(FeedUnreadable, match="this is not an OPML file"):
        read_opml(b"<rss/>")

"""Feeds of every kind the tests serve: RSS 0.91 and 2.0, Atom, JSON Feed, broken XML."""

from __future__ import annotations

import json

LONG_TEXT = " ".join(f"Les usines d'IA européennes reçoivent un financement numéro {n}." for n in range(40))


def rss2(base: str, items: list[tuple[str, str, str]], *, title: str = "Le Fil IA") -> str:
    """RSS 2.0 whose items are (guid, path, description)."""
    entries = "".join(
        f"<item><title>Entrée {guid}</title><link>{base}{path}</link><guid isPermaLink=\"false\">{guid}</guid>"
        f"<pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate><category>Intelligence artificielle</category>"
        f"<author>redaction@example.org (Marie Dupont)</author>"
        f"<description><![CDATA[{description}]]></description></item>"
        for guid, path, description in items)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title>"
            f"<link>{base}/</link>{entries}</channel></rss>")


def rss091(base: str, path: str) -> str:
    return ("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"0.91\"><channel><title>Vieux fil</title>"
            f"<link>{base}/</link><description>x</description><language>fr</language>"
            f"<item><title>Un vieil article</title><link>{base}{path}</link></item></channel></rss>")


def atom(base: str, path: str) -> str:
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>Atome</title><link href=\"{base}/\"/><id>urn:atome</id><updated>2024-02-01T00:00:00Z</updated>"
            "<entry><title>Un article Atom</title><id>urn:atome:1</id><updated>2024-02-01T08:30:00Z</updated>"
            f"<link href=\"{base}{path}\"/><author><name>Jean Martin</name></author>"
            "<category term=\"gigafactories\"/>"
            f"<content type=\"html\">&lt;p&gt;{LONG_TEXT}&lt;/p&gt;</content></entry></feed>")


def json_feed(base: str, path: str) -> str:
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "Le fil JSON", "home_page_url": f"{base}/",
        "items": [{"id": "j1", "url": f"{base}{path}", "title": "Un article JSON",
                   "date_published": "2024-03-05T09:00:00+01:00", "authors": [{"name": "Ana Lopez"}],
                   "tags": ["calcul"], "summary": "Court résumé."}]})


BROKEN_XML = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cassé</title><item><title>x</tit"

"""Refreshing 200 feeds served on this machine: each feed on a loopback address of its
own (127.0.0.2 to 127.0.0.201, as 200 news sites would be), with 5 entries: 3 that carry
their full text and 2 whose pages are downloaded from the same host. Measured: the first
refresh (1,000 new entries, 400 pages downloaded, one request at a time per host with
Carnet's delay between them) and the second (every server answers 304 Not Modified).

Run: `.venv/bin/python bench/feed_refresh_bench.py [FEEDS]`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.feeds import FeedService  # noqa: E402
from app.services.library import open_library  # noqa: E402
from bench.report import Row, print_rows  # noqa: E402
from tests.feeds_served import LONG_TEXT  # noqa: E402
from tests.web_server import Route, WebServer, article_page  # noqa: E402

FEEDS = 200
ENTRIES = 5
LINKED = 2


def _feed(base: str, number: int) -> bytes:
    items = []
    for entry in range(ENTRIES):
        linked = entry < LINKED
        description = "Court résumé." if linked else f"<p>Fil {number}, entrée {entry}. {LONG_TEXT}</p>"
        items.append(f"<item><title>Fil {number} entrée {entry}</title><link>{base}/a{entry}</link>"
                     f"<guid>{number}-{entry}</guid><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>"
                     f"<description><![CDATA[{description}]]></description></item>")
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Fil {number}</title>"
            f"<link>{base}/</link>{''.join(items)}</channel></rss>").encode()


def _serve(number: int) -> WebServer:
    server = WebServer(host=f"127.0.0.{number + 2}")
    base = server.url("")
    body = _feed(base, number)

    def feed(headers, body=body):
        if headers.get("if-none-match") == '"1"':
            return Route(304, b"", {"ETag": '"1"'})
        return Route(200, body, {"Content-Type": "application/rss+xml", "ETag": '"1"'})
    server.routes["/feed"] = feed
    for entry in range(LINKED):
        server.page(f"/a{entry}", article_page(f"Site {number}, article {entry}", paragraphs=20))
    return server.start()


def rows(feeds: int = FEEDS) -> list[Row]:
    servers = [_serve(number) for number in range(feeds)]
    try:
        with tempfile.TemporaryDirectory() as folder:
            library = open_library(Path(folder) / "library", add_samples=False)
            service = FeedService(library)
            for server in servers:
                service.add(server.url("/feed"))
            started = time.perf_counter()
            first = service.update()
            first_seconds = time.perf_counter() - started
            started = time.perf_counter()
            second = service.update()
            second_seconds = time.perf_counter() - started
            imported = len(first.imported_ids)
            failed = sum(1 for outcome in first.feeds if outcome.error)
            unchanged = sum(1 for outcome in second.feeds if outcome.not_modified)
            library.close()
    finally:
        for server in servers:
            server.stop()
    return [
        Row(f"first refresh of {feeds} feeds ({imported} entries imported, {LINKED * feeds} pages downloaded, "
            f"{failed} feeds failed)", f"{first_seconds:.1f} s"),
        Row(f"second refresh of {feeds} feeds ({unchanged} answered 304 Not Modified)", f"{second_seconds:.2f} s"),
    ]


if __name__ == "__main__":
    print_rows(rows(int(sys.argv[1]) if len(sys.argv) > 1 else FEEDS))

"""Refreshing 200 feeds served on this machine: each feed on a loopback address of its
own (127.0.0.2 to 127.0.0.201, as 200 news sites would be), with 5 entries: 3 that carry
their full text and 2 whose pages are downloaded from the same host. Measured: the first
refresh (1,000 new entries, 400 pages downloaded, one request at a time per host with
Carnet's delay between them), the second (every server answers 304 Not Modified), and
the window's longest event-loop pause (a 5 ms heartbeat's worst gap, as in
bench/ui_pauses_bench.py) while its Feeds panel refreshes them in the background. The
servers run in a process of their own, at a lower priority (they stand for other
machines), the window in another.

Run: `.venv/bin/python bench/feed_refresh_bench.py [FEEDS]`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.report import Row, at_most, print_rows  # noqa: E402

FEEDS = 200
ENTRIES = 5
LINKED = 2
HEARTBEAT_MS = 5
PAUSE_TARGET_MS = 50


def _feed(base: str, number: int) -> bytes:
    from tests.feeds_served import LONG_TEXT

    items = []
    for entry in range(ENTRIES):
        linked = entry < LINKED
        description = "Court résumé." if linked else f"<p>Fil {number}, entrée {entry}. {LONG_TEXT}</p>"
        items.append(f"<item><title>Fil {number} entrée {entry}</title><link>{base}/a{entry}</link>"
                     f"<guid>{number}-{entry}</guid><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>"
                     f"<description><![CDATA[{description}]]></description></item>")
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Fil {number}</title>"
            f"<link>{base}/</link>{''.join(items)}</channel></rss>").encode()


def serve(feeds: int) -> None:
    """Serve the feeds until stdin closes; print their addresses as JSON when ready."""
    from tests.web_server import Route, WebServer, article_page

    # The servers stand for 200 sites on other machines, which take no processor from
    # the window's: on this machine they run after it (and before Carnet's own
    # background update, which runs at nice 10 too).
    if hasattr(os, "nice"):
        os.nice(10)
    servers = []
    for number in range(feeds):
        server = WebServer(host=f"127.0.0.{number + 2}")
        body = _feed(server.url(""), number)

        def feed(headers, body=body):
            if headers.get("if-none-match") == '"1"':
                return Route(304, b"", {"ETag": '"1"'})
            return Route(200, body, {"Content-Type": "application/rss+xml", "ETag": '"1"'})
        server.routes["/feed"] = feed
        for entry in range(LINKED):
            server.page(f"/a{entry}", article_page(f"Site {number}, article {entry}", paragraphs=20))
        servers.append(server.start())
    print(json.dumps([server.url("/feed") for server in servers]), flush=True)
    sys.stdin.read()
    os._exit(0)  # the servers' threads end with the process


def _library_following(folder: Path, addresses: list[str]):
    from app.services.feeds import FeedService
    from app.services.library import open_library

    library = open_library(folder, add_samples=False)
    service = FeedService(library)
    for address in addresses:
        service.add(address)
    return library, service


def headless(addresses: list[str]) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        library, service = _library_following(Path(folder) / "library", addresses)
        started = time.perf_counter()
        first = service.update()
        first_seconds = time.perf_counter() - started
        started = time.perf_counter()
        second = service.update()
        second_seconds = time.perf_counter() - started
        library.close()
    imported = len(first.imported_ids)
    failed = sum(1 for outcome in first.feeds if outcome.error)
    unchanged = sum(1 for outcome in second.feeds if outcome.not_modified)
    return [
        Row(f"first refresh of {len(addresses)} feeds ({imported} entries imported, {LINKED * len(addresses)} pages "
            f"downloaded, {failed} feeds failed)", f"{first_seconds:.1f} s"),
        Row(f"second refresh of {len(addresses)} feeds ({unchanged} answered 304 Not Modified)",
            f"{second_seconds:.2f} s"),
    ]


def window_pause(addresses: list[str]) -> dict:
    """Open a window on a library following the feeds, refresh them from the Feeds panel,
    and record the heartbeat until the refresh ends."""
    from PySide6.QtCore import QSettings, QTimer

    from app.ui.application import application, open_window

    folder = Path(tempfile.mkdtemp())
    library, _ = _library_following(folder / "library", addresses)
    library.close()
    app = application(sys.argv[:1])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(folder / "library", settings=settings)
    window.resize(1400, 900)
    ticks: list[float] = []
    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.setTimerType(heartbeat.timerType().PreciseTimer)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    moments: dict = {}

    def start() -> None:
        window.show_feeds()
        moments["start"] = time.perf_counter()
        window.feeds.refresh()

    def ended(report) -> None:
        moments["end"] = time.perf_counter()
        moments["imported"] = len(report.imported_ids)
        QTimer.singleShot(500, app.quit)

    window.feeds.refreshed.connect(ended)
    QTimer.singleShot(1200, start)
    app.exec()
    heartbeat.stop()
    during = [t for t in ticks if moments["start"] <= t <= moments["end"]]
    gaps = [later - earlier for earlier, later in zip(during, during[1:])]
    idle = [t for t in ticks if t < moments["start"]][20:]  # past the first paints
    idle_gaps = [later - earlier for earlier, later in zip(idle, idle[1:])]
    window.close()
    return {"worst_pause_ms": max(gaps) * 1000, "idle_pause_ms": max(idle_gaps) * 1000,
            "seconds": moments["end"] - moments["start"], "imported": moments["imported"]}


def rows(feeds: int = FEEDS) -> list[Row]:
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(feeds)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        addresses = json.loads(server.stdout.readline())
        result = headless(addresses)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as listed:
            json.dump(addresses, listed)
        probe = subprocess.run([sys.executable, __file__, "--window", listed.name], capture_output=True, text=True,
                               check=True)
        os.unlink(listed.name)
        window = json.loads(probe.stdout.strip().splitlines()[-1])
    finally:
        server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    worst = window["worst_pause_ms"]
    result.append(Row(f"longest pause of the window while its Feeds panel refreshes {feeds} feeds "
                      f"({window['imported']} entries imported in {window['seconds']:.1f} s; the idle window's "
                      f"longest pause just before: {window['idle_pause_ms']:.0f} ms)", f"{worst:.0f} ms",
                      f"≤ {PAUSE_TARGET_MS} ms", at_most(worst, PAUSE_TARGET_MS)))
    return result


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]))
    elif len(sys.argv) > 2 and sys.argv[1] == "--window":
        print(json.dumps(window_pause(json.loads(Path(sys.argv[2]).read_text()))))
    else:
        print_rows(rows(int(sys.argv[1]) if len(sys.argv) > 1 else FEEDS))

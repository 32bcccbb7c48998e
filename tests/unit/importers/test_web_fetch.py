"""Downloading from a real server on 127.0.0.1: redirects, limits, charsets, failures."""

from __future__ import annotations

import threading
import time

import pytest

from app import __version__
from app.importers.web_fetch import (Download, FetchFailed, Fetcher, FetchPolicy, HostTurns, canonical_url,
                                     decode_page, is_web_address, page_kind)
from tests.web_server import Route, endless_body, gzip_bomb, slow_body

FAST = FetchPolicy(seconds=5, host_delay=0)


def fetch(address: str, policy: FetchPolicy = FAST, **options) -> Download:
    with Fetcher(policy, turns=HostTurns()) as fetcher:
        return fetcher.get(address, **options)


def failure(address: str, policy: FetchPolicy = FAST) -> FetchFailed:
    with pytest.raises(FetchFailed) as caught:
        fetch(address, policy)
    return caught.value


def test_a_page_is_downloaded_with_carnets_user_agent(web_server):
    address = web_server.page("/a", "<html><body>bonjour</body></html>")
    download = fetch(address)
    assert download.body == b"<html><body>bonjour</body></html>"
    assert download.media_type == "text/html" and download.charset == "utf-8"
    assert web_server.requests[0].headers["user-agent"] == f"Carnet/{__version__} (research notes for news articles)"


def test_redirects_are_followed_to_the_final_address(web_server):
    web_server.page("/end", "<html>fin</html>")
    web_server.redirect("/two", "/end", 302)
    start = web_server.redirect("/one", web_server.url("/two"), 301)
    download = fetch(start)
    assert download.final_url == web_server.url("/end") and download.body == b"<html>fin</html>"


def test_a_redirect_loop_and_too_many_redirects_are_told(web_server):
    web_server.redirect("/ping", "/pong")
    web_server.redirect("/pong", "/ping")
    assert "in a loop" in str(failure(web_server.url("/ping")).reason)
    for n in range(12):
        web_server.redirect(f"/hop{n}", f"/hop{n + 1}")
    assert str(failure(web_server.url("/hop0")).reason) == "the server redirects more than 10 times"


def test_statuses_are_told_in_a_sentence(web_server):
    web_server.routes["/gone"] = Route(410)
    web_server.routes["/broken"] = Route(500, b"oops")
    assert str(failure(web_server.url("/missing")).reason) == \
        "there is no page at this address (the server answered 404)"
    assert "answered 410" in str(failure(web_server.url("/gone")).reason)
    broken = failure(web_server.url("/broken"))
    assert str(broken.reason) == "the server answered 500 Internal Server Error" and broken.transient


def test_refused_and_unknown_hosts(web_server):
    web_server.stop()
    assert str(failure(web_server.url("/a")).reason) == "the server refused the connection"
    assert str(failure("http://no-such-host.invalid/page").reason) == \
        "unknown host: no server is known by the name no-such-host.invalid"


def test_a_slow_answer_and_a_slow_body_run_out_of_time(web_server):
    web_server.routes["/slow"] = Route(200, b"<html></html>", {"Content-Type": "text/html"}, delay=3)
    web_server.routes["/drip"] = Route(200, slow_body(0.05), {"Content-Type": "text/html"})
    policy = FetchPolicy(seconds=0.6, host_delay=0)
    for path in ("/slow", "/drip"):
        started = time.monotonic()
        told = failure(web_server.url(path), policy)
        assert str(told.reason) == "the server did not answer within 0.6 seconds"
        assert time.monotonic() - started < 2


def test_huge_endless_and_bomb_bodies_stop_at_the_cap(web_server):
    web_server.routes["/endless"] = Route(200, endless_body(), {"Content-Type": "text/html"})
    web_server.routes["/huge"] = Route(200, b"x" * 3_000_000, {"Content-Type": "text/html"})
    web_server.routes["/bomb"] = Route(200, gzip_bomb(50_000_000),
                                       {"Content-Type": "text/html", "Content-Encoding": "gzip"})
    policy = FetchPolicy(seconds=10, max_bytes=2_000_000, host_delay=0)
    for path in ("/endless", "/huge", "/bomb"):
        told = failure(web_server.url(path), policy)
        assert str(told.reason) == "too large: the page is over 2 MB, the limit is 2 MB", path


def test_conditional_requests_get_not_modified(web_server):
    def answer(headers):
        if headers.get("if-none-match") == '"v1"':
            return Route(304)
        return Route(200, b"<rss/>", {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                                      "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"})
    web_server.routes["/feed"] = answer
    first = fetch(web_server.url("/feed"))
    assert first.etag == '"v1"' and not first.not_modified
    second = fetch(web_server.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified
    assert web_server.requests[-1].headers["if-modified-since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_requests_to_one_host_take_turns_with_a_delay(web_server):
    web_server.routes["/wait"] = Route(200, b"<html></html>", {"Content-Type": "text/html"}, delay=0.2)
    turns = HostTurns()
    policy = FetchPolicy(seconds=5, host_delay=0.3)
    finished: list[float] = []

    def one() -> None:
        with Fetcher(policy, turns=turns) as fetcher:
            fetcher.get(web_server.url("/wait"))
            finished.append(time.monotonic())

    started = time.monotonic()
    threads = [threading.Thread(target=one) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # One after the other: 3 answers of 0.2 s with 0.3 s between them.
    assert time.monotonic() - started >= 3 * 0.2 + 2 * 0.3 - 0.05
    assert min(b - a for a, b in zip(sorted(finished), sorted(finished)[1:])) >= 0.45


def test_charset_from_the_header_then_the_meta_and_utf8_first():
    text = "<html><head><meta charset=\"windows-1252\"></head><body>Déjà l’été</body></html>"
    wrong_header = Download("a", "a", "text/html", "utf-8", text.encode("cp1252"))
    assert "Déjà l’été" in decode_page(wrong_header)
    no_header = Download("a", "a", "text/html", None, text.encode("cp1252"))
    assert "Déjà l’été" in decode_page(no_header)
    said_latin1 = Download("a", "a", "text/html", "iso-8859-1", "<p>Déjà</p>".encode("utf-8"))
    assert decode_page(said_latin1) == "<p>Déjà</p>"
    header_only = Download("a", "a", "text/html", "koi8-r", "<p>Привет</p>".encode("koi8-r"))
    assert decode_page(header_only) == "<p>Привет</p>"


def test_the_kind_of_page_and_its_canonical_address():
    assert page_kind(Download("a", "a", "application/pdf", None, b"%PDF-1.4")) == "pdf"
    assert page_kind(Download("a", "a", "application/octet-stream", None, b"%PDF-1.7 ...")) == "pdf"
    assert page_kind(Download("a", "a", "", None, b"<!DOCTYPE html><html>")) == "html"
    with pytest.raises(FetchFailed, match=r"not a web page or a PDF \(the server sent image/png\)"):
        page_kind(Download("a", "a", "image/png", None, b"\x89PNG"))
    page = '<head><link rel="stylesheet" href="/s.css"><link href="/story?id=1&amp;p=2" rel="canonical"></head>'
    assert canonical_url(page, "https://example.org/a?utm=x") == "https://example.org/story?id=1&p=2"
    assert canonical_url("<head></head>", "https://example.org/a") == "https://example.org/a"
    assert canonical_url('<link rel="canonical" href="javascript:alert(1)">', "https://e.org/a") == "https://e.org/a"


def test_only_http_addresses_are_web_addresses():
    assert is_web_address("https://example.org/a") and is_web_address("http://127.0.0.1:8000/")
    assert not is_web_address("file:///etc/passwd") and not is_web_address("notes.txt")
    assert not is_web_address("https://") and not is_web_address("ftp://example.org/a")

"""Saving pages sent by a browser, over a real capture endpoint on 127.0.0.1 and a real
library file."""

from __future__ import annotations

import http.client
import json
import logging
import stat
import threading

import pytest

from app.core.bookmarklet import TOKEN_HEADER
from app.core.capture import CaptureRequest, origin_allowed
from app.services.annotating import AnnotationService
from app.services.capture_endpoint import CaptureEndpoint
from app.services.capturing import capture_page, selection_span
from app.store.articles import get_article

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour reopens</title></head><body>
<article><h1>Harbour reopens after the storm</h1>
<p>The harbour of Saint-Malo reopened on Tuesday after three days of closure, the port authority said.</p>
<p>Fishing boats left at dawn, and the ferries to Jersey will sail again from Thursday.</p>
<p>Repairs to the northern jetty will take “several weeks”, according to the engineers on site.</p>
</article><script>document.body.innerHTML = "ran";</script></body></html>"""


def _count(library, table: str) -> int:
    return library.database().execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def endpoint(empty_library):
    lock = threading.Lock()

    def handle(request):
        with lock:
            try:
                return capture_page(empty_library, request).value
            finally:
                empty_library.close()  # this request thread's connection

    with CaptureEndpoint(empty_library.folder, handle, max_bytes=1024 * 1024) as running:
        yield running


def post(endpoint, payload, *, token=None, origin="https://news.example", body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=60)
    sent = {"Content-Type": "application/json", "Host": f"127.0.0.1:{endpoint.port}"}
    if token is not None:
        sent[TOKEN_HEADER] = token
    if origin is not None:
        sent["Origin"] = origin
    sent.update(headers or {})
    connection.request("POST", "/capture", body=body if body is not None else json.dumps(payload), headers=sent)
    response = connection.getresponse()
    answer = response.read()
    connection.close()
    return response, (json.loads(answer) if answer else None)


def test_a_page_is_saved_with_its_selection_as_a_highlight(endpoint, empty_library):
    selection = "Fishing boats left at dawn, and the ferries\nto Jersey will sail again"
    response, answer = post(endpoint, {"url": "https://news.example/harbour", "html": PAGE, "selection": selection},
                            token=endpoint.token)
    assert response.status == 200, answer
    assert answer["ok"] and answer["status"] == "imported"
    assert response.headers["Access-Control-Allow-Origin"] == "https://news.example"
    article = get_article(empty_library.database(), answer["article_id"])
    assert article.url == "https://news.example/harbour"
    assert "Saint-Malo reopened" in article.body and "ran" not in article.body  # the script was not run
    highlights = AnnotationService(empty_library).highlights(article_id=answer["article_id"])
    assert len(highlights) == 1 and highlights[0].id == answer["highlight_id"]
    assert highlights[0].quote.startswith("Fishing boats") and highlights[0].quote.endswith("sail again")

    again, second = post(endpoint, {"url": "https://news.example/harbour", "html": PAGE,
                                    "selection": "Repairs to the northern jetty"}, token=endpoint.token)
    assert again.status == 200 and second["status"] == "duplicate"
    assert second["article_id"] == answer["article_id"] and second["highlight_id"] is not None
    assert _count(empty_library, "articles") == 1


def test_the_token_may_come_in_the_body_and_a_selection_not_found_is_said(endpoint, empty_library):
    response, answer = post(endpoint, {"url": "https://news.example/h", "html": PAGE, "token": endpoint.token,
                                       "selection": "words that are nowhere in it"}, origin=None)
    assert response.status == 200 and answer["highlight_id"] is None
    assert "was not found in the article" in answer["message"]


def test_a_wrong_or_missing_token_gets_403_and_is_logged(endpoint, empty_library, caplog):
    payload = {"url": "https://news.example/x", "html": PAGE}
    with caplog.at_level(logging.WARNING, logger="carnet.capture"):
        wrong, answer = post(endpoint, payload, token="not-the-token")
        missing, _ = post(endpoint, payload)
        in_body, _ = post(endpoint, {**payload, "token": endpoint.token[:-1]})
    assert (wrong.status, missing.status, in_body.status) == (403, 403, 403)
    assert "not allowed" in answer["message"]
    assert sum("capture refused (403)" in record.getMessage() for record in caplog.records) == 3
    assert endpoint.refused == 3
    assert _count(empty_library, "articles") == 0


def test_origins_hosts_and_sizes_are_checked_before_anything_is_read(endpoint, empty_library, caplog):
    payload = {"url": "https://news.example/x", "html": PAGE}
    with caplog.at_level(logging.WARNING, logger="carnet.capture"):
        assert post(endpoint, payload, token=endpoint.token, origin="file:///etc")[0].status == 403
        assert post(endpoint, payload, token=endpoint.token, headers={"Host": "attacker.example"})[0].status == 403
        big, answer = post(endpoint, None, token=endpoint.token, body=b"x" * (1024 * 1024 + 1))
    assert big.status == 413 and "too large" in answer["message"]
    assert _count(empty_library, "articles") == 0


def test_a_preflight_is_answered_for_allowed_origins_only(endpoint):
    def preflight(origin):
        connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=10)
        connection.request("OPTIONS", "/capture", headers={
            "Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": f"content-type,{TOKEN_HEADER.lower()}"})
        response = connection.getresponse()
        response.read()
        connection.close()
        return response

    allowed = preflight("moz-extension://0d1f1e2c-aaaa")
    assert allowed.status == 204
    assert allowed.headers["Access-Control-Allow-Origin"] == "moz-extension://0d1f1e2c-aaaa"
    assert TOKEN_HEADER in allowed.headers["Access-Control-Allow-Headers"]
    assert preflight("data:text/html,x").status == 403


def test_bad_input_is_one_sentence_and_nothing_is_stored(endpoint, empty_library):
    not_json, answer = post(endpoint, None, token=endpoint.token, body=b"{oops")
    assert not_json.status == 400 and answer["message"] == "the capture is not JSON in UTF-8"
    no_page, answer = post(endpoint, {"url": "ftp://news.example/x", "html": PAGE}, token=endpoint.token)
    assert no_page.status == 400 and "not an http or https address" in answer["message"]
    empty, answer = post(endpoint, {"url": "https://news.example/empty", "html": "<html><body></body></html>"},
                         token=endpoint.token)
    assert empty.status == 422 and answer["message"].startswith("https://news.example/empty was not saved: ")
    assert "." not in answer["message"].rstrip(".")[-1:] and "\n" not in answer["message"]
    assert _count(empty_library, "articles") == 0


def test_the_port_and_token_file_is_private_and_removed_on_close(empty_library):
    endpoint = CaptureEndpoint(empty_library.folder, lambda request: None).start()
    written = json.loads(endpoint.file.read_text())
    assert written == {"port": endpoint.port, "token": endpoint.token}
    assert stat.S_IMODE(endpoint.file.stat().st_mode) == 0o600
    assert endpoint._server.server_address[0] == "127.0.0.1"
    endpoint.close()
    assert not endpoint.file.exists()


@pytest.mark.sqlite_only  # a library opened read-only by its folder
def test_a_read_only_library_refuses_in_a_sentence(tmp_path, empty_library):
    from app.services.library import open_library

    empty_library.close()
    looking = open_library(empty_library.folder, read_only=True)
    result = capture_page(looking, CaptureRequest("https://news.example/x", PAGE)).value
    looking.close()
    assert result.status == "refused" and str(result.message).endswith("open for reading only")


@pytest.mark.parametrize("origin, allowed", [
    (None, True), ("null", True), ("https://news.example", True), ("http://127.0.0.1:8000", True),
    ("chrome-extension://abcdef", True), ("moz-extension://1234-5678", True),
    ("file://", False), ("data:", False), ("https://", False), ("javascript:alert(1)", False),
    ("https://news.example/path", False),
])
def test_which_origins_may_send(origin, allowed):
    assert origin_allowed(origin) is allowed


def test_a_selection_across_paragraphs_is_found_by_its_words():
    body = "First paragraph ends here.\n\nSecond one “starts” there."
    assert selection_span(body, "ends here.\nSecond one") == (16, 38)
    assert selection_span(body, 'one "starts"') == (35, 47)
    assert selection_span(body, "missing") is None


@pytest.mark.sqlite_only  # a library opened read-only by its folder
def test_serve_capture_on_a_read_only_library_says_why_and_exits_1(empty_library):
    from tests.unit.cli.subprocess_runs import carnet, no_traceback

    empty_library.close()
    result = carnet(empty_library.folder, "--read-only", "serve-capture")
    assert result.returncode == 1 and no_traceback(result)
    assert result.stderr.strip() == ("carnet: the library is open for reading only: captured pages could not be "
                                     "stored")
    assert not (empty_library.folder / "capture.json").exists()

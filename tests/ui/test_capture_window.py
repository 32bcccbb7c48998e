""""Save to Carnet" in the window: the endpoint opens with the library, a page posted
to it is saved in the background and shown, its selection highlighted; Help shows the
bookmarklet; the preference and a read-only library keep it closed."""

from __future__ import annotations

import dataclasses
import http.client
import json
import threading
from urllib.parse import unquote

from PySide6.QtGui import QGuiApplication

from app.core.bookmarklet import TOKEN_HEADER
from app.services.library import open_library

PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour reopens</title></head><body><article>"
        "<h1>Harbour reopens after the storm</h1>"
        "<p>The harbour of Saint-Malo reopened on Tuesday after three days of closure, the port authority said.</p>"
        "<p>Fishing boats left at dawn, and the ferries to Jersey will sail again from Thursday.</p>"
        "</article></body></html>")


def post_in_background(port: int, token: str, payload: dict) -> dict:
    """POST from another thread (the window must keep running to answer); the answer
    lands in the dict returned."""
    answer: dict = {}

    def send() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("POST", "/capture", body=json.dumps(payload),
                           headers={"Content-Type": "application/json", TOKEN_HEADER: token,
                                    "Origin": "https://news.example"})
        response = connection.getresponse()
        answer.update(json.loads(response.read()), http_status=response.status)
        connection.close()

    threading.Thread(target=send, daemon=True).start()
    return answer


def test_a_page_sent_to_the_window_is_saved_and_shown(qtbot, library, make_window):
    window = make_window(library)
    endpoint = window.capture.endpoint
    assert endpoint is not None and json.loads((library.folder / "capture.json").read_text())["port"] == endpoint.port
    before = window.article_model.total()
    with qtbot.waitSignal(window.capture.captured, timeout=60_000):
        answer = post_in_background(endpoint.port, endpoint.token, {
            "url": "https://news.example/harbour", "html": PAGE, "title": "Harbour reopens",
            "selection": "Fishing boats left at dawn"})
    qtbot.waitUntil(lambda: "http_status" in answer, timeout=10_000)
    assert answer["http_status"] == 200 and answer["status"] == "imported"
    assert window.article_model.total() == before + 1
    assert window.capture.label.isVisible() and window.capture.label.text() == (
        f"Save to Carnet: saved as article {answer['article_id']}; the selected text is highlight "
        f"{answer['highlight_id']}")
    told = window.capture.label.text()
    window.pick_up_outside_changes()  # the capture's own connection wrote it: seen as an outside change too
    assert window.capture.label.text() == told and window.article_model.total() == before + 1
    quotes = [h.quote for h in window.carnet.annotations.highlights(article_id=answer["article_id"])]
    assert quotes == ["Fishing boats left at dawn"]


def test_a_refused_capture_is_one_sentence_and_the_next_goes_on(qtbot, library, make_window):
    window = make_window(library)
    endpoint = window.capture.endpoint
    with qtbot.waitSignal(window.capture.captured, timeout=60_000):
        refused = post_in_background(endpoint.port, endpoint.token, {
            "url": "https://news.example/empty", "html": "<html><body></body></html>"})
    qtbot.waitUntil(lambda: "http_status" in refused, timeout=10_000)
    assert refused["http_status"] == 422 and refused["ok"] is False
    message = window.capture.label.text()
    assert message.startswith("Save to Carnet: https://news.example/empty was not saved: ") and "\n" not in message
    with qtbot.waitSignal(window.capture.captured, timeout=60_000):
        saved = post_in_background(endpoint.port, endpoint.token, {"url": "https://news.example/h", "html": PAGE})
    qtbot.waitUntil(lambda: "http_status" in saved, timeout=10_000)
    assert saved["http_status"] == 200


def test_help_shows_the_bookmarklet_and_copies_it(qtbot, library, make_window):
    window = make_window(library)
    dialog = window.show_bookmarklet()
    code = dialog.code.text()
    assert code.startswith("javascript:")
    assert f"127.0.0.1:{window.capture.endpoint.port}/capture" in unquote(code)
    assert window.capture.endpoint.token in code and dialog.token.text() == window.capture.endpoint.token
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    assert dialog.copy_button.text() == "Copied"


def test_the_preference_closes_the_endpoint_and_a_read_only_window_never_opens_it(qtbot, library, make_window,
                                                                                  tmp_path, settings):
    window = make_window(library)
    window.set_preferences(dataclasses.replace(window.preferences, capture=False))
    assert window.capture.endpoint is None and not (library.folder / "capture.json").exists()
    assert window.show_bookmarklet().code.isEnabled() is False
    window.set_preferences(dataclasses.replace(window.preferences, capture=True))
    assert window.capture.endpoint is not None
    window.close()
    assert not (library.folder / "capture.json").exists()
    library.close()

    looking = open_library(library.folder, read_only=True)
    read_only_window = make_window(looking)
    assert read_only_window.capture.endpoint is None
    assert not (library.folder / "capture.json").exists()
    read_only_window.close()

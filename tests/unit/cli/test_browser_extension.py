"""The browser extension in packaging/browser: a valid Manifest V3 for Chromium and
Firefox, and, loaded in a real headless Chromium, its toolbar action's code sends the
page shown and its selection to a running capture endpoint."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from app.core.bookmarklet import CAPTURE_PATH, TOKEN_HEADER
from app.services.annotating import AnnotationService
from app.services.capture_endpoint import CaptureEndpoint
from app.services.capturing import capture_page
from app.store.articles import find_by_url
from tests.devtools import CHROMIUM, Chromium, DevTools

EXTENSION = Path(__file__).resolve().parents[3] / "packaging" / "browser"
QUOTE = "The ferries to Jersey will sail again from Thursday, the company said."
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour reopens</title></head><body>
<article><h1>Harbour reopens after the storm</h1>
<p>The harbour of Saint-Malo reopened on Tuesday after three days of closure, the port authority said.</p>
<p id="quote">{QUOTE}</p>
<p>Repairs to the northern jetty will take several weeks, according to the engineers on site.</p></article>
<script>
var range = document.createRange();
range.selectNodeContents(document.getElementById("quote"));
window.getSelection().addRange(range);
</script></body></html>"""


def test_the_manifest_is_version_3_for_both_browsers_and_names_only_files_it_ships():
    manifest = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["manifest_version"] == 3
    assert manifest["background"] == {"service_worker": "background.js", "scripts": ["background.js"]}
    assert set(manifest["permissions"]) == {"activeTab", "scripting", "storage"}
    assert manifest["host_permissions"] == ["http://127.0.0.1/*"]
    assert manifest["browser_specific_settings"]["gecko"]["id"]
    for name in ("background.js", manifest["options_ui"]["page"], "options.js"):
        assert (EXTENSION / name).is_file()
    code = (EXTENSION / "background.js").read_text(encoding="utf-8")
    assert f'"{TOKEN_HEADER}": token' in code and f'"{CAPTURE_PATH}"' in code


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is installed by packaging/system-deps.sh test")
def test_the_extension_sends_the_page_from_chromium(empty_library, web_server):
    lock = threading.Lock()

    def handle(request):
        with lock:
            try:
                return capture_page(empty_library, request).value
            finally:
                empty_library.close()

    address = web_server.page("/harbour.html", PAGE)
    with CaptureEndpoint(empty_library.folder, handle) as endpoint, \
            Chromium(address, f"--load-extension={EXTENSION}", f"--disable-extensions-except={EXTENSION}") as browser:
        browser.target("page", address)
        worker = browser.target("service_worker", "chrome-extension://")
        devtools = DevTools(worker["webSocketDebuggerUrl"])
        try:
            told = devtools.evaluate(f"""(async () => {{
                await chrome.storage.local.set({{port: {endpoint.port}, token: "{endpoint.token}"}});
                const [tab] = await chrome.tabs.query({{url: "http://127.0.0.1/*"}});
                await savePage(tab);
                return await chrome.action.getTitle({{tabId: tab.id}});
            }})()""")
        finally:
            devtools.close()
    assert told.startswith("Save to Carnet: saved as article "), told
    article_id = find_by_url(empty_library.database(), address)
    assert article_id is not None
    assert [h.quote for h in AnnotationService(empty_library).highlights(article_id=article_id)] == [QUOTE]

"""End to end: `carnet serve-capture` running, a real headless Chromium loads a local
page, selects a paragraph and runs the bookmarklet Carnet prints; the page lands in the
library file with the selection as a highlight, and a request with a wrong token gets
403 (and a log line)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from urllib.parse import unquote

import pytest

from app.services.annotating import AnnotationService
from app.services.library import open_library
from app.store.articles import find_by_url, get_article
from tests.devtools import CHROMIUM, Chromium

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is installed by packaging/system-deps.sh test")

QUOTE = "Les chalutiers sont sortis à l’aube, et les ferries pour Jersey repartiront jeudi."
PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le port rouvre</title></head>
<body><article><h1>Le port de Saint-Malo rouvre après la tempête</h1>
<p>Le port a rouvert mardi après trois jours de fermeture, a indiqué l'autorité portuaire.</p>
<p id="quote">{quote}</p>
<p>La réparation de la jetée nord prendra « plusieurs semaines », selon les ingénieurs sur place.</p>
</article>
<script>
window.alert = function (message) {{ new Image().src = "/told?" + encodeURIComponent(message); }};
var range = document.createRange();
range.selectNodeContents(document.getElementById("quote"));
window.getSelection().removeAllRanges();
window.getSelection().addRange(range);
{bookmarklet}
fetch("http://127.0.0.1:{port}/capture", {{method: "POST",
      headers: {{"Content-Type": "application/json", "X-Carnet-Token": "not-the-token"}},
      body: JSON.stringify({{url: location.href, html: "<p>x</p>"}})}})
  .then(function (r) {{ new Image().src = "/wrong?" + r.status; }},
        function (e) {{ new Image().src = "/wrong?failed"; }});
</script></body></html>"""


def wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"waited {seconds} s for {what}")


def test_the_bookmarklet_saves_a_page_from_chromium(tmp_path, web_server):
    folder = tmp_path / "library"
    open_library(folder, add_samples=False, language="fr").close()
    serving = subprocess.Popen([sys.executable, "-m", "app", "--library", str(folder), "serve-capture"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8")
    try:
        listening = serving.stdout.readline()
        assert listening.startswith("listening on http://127.0.0.1:"), listening + serving.stderr.read()
        shown = serving.stdout.readline()
        assert shown.startswith("bookmarklet: javascript:")
        capture = json.loads((folder / "capture.json").read_text())
        code = unquote(shown.strip().removeprefix("bookmarklet: javascript:"))
        address = web_server.page("/port.html", PAGE.format(quote=QUOTE, bookmarklet=code, port=capture["port"]))

        def seen(prefix):
            return next((r.path for r in web_server.requests if r.path.startswith(prefix)), None)

        with Chromium(address):
            told = wait_for(lambda: seen("/told?"), 60, "the bookmarklet's answer")
            wrong = wait_for(lambda: seen("/wrong?"), 30, "the wrong token's answer")
    finally:
        serving.send_signal(signal.SIGINT)
        _, errors = serving.communicate(timeout=30)
    assert serving.returncode == 0, errors
    assert "Traceback" not in errors
    assert wrong == "/wrong?403"
    assert "capture refused (403) from 127.0.0.1: wrong token" in errors
    assert unquote(told).startswith("/told?Carnet: saved as article ")
    assert not (folder / "capture.json").exists()

    library = open_library(folder, read_only=True)
    try:
        article_id = find_by_url(library.database(), address)
        assert article_id is not None
        article = get_article(library.database(), article_id)
        assert article.title == "Le port rouvre" or article.title.startswith("Le port de Saint-Malo")
        assert "plusieurs semaines" in article.body and "getSelection" not in article.body
        highlights = AnnotationService(library).highlights(article_id=article_id)
        assert [h.quote for h in highlights] == [QUOTE]
    finally:
        library.close()

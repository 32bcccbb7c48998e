"""The "Save to Carnet" bookmarklet: a `javascript:` address that sends the page it is
used on (its address, title, HTML and selected text) to the capture endpoint listening
on this computer, and shows the answer."""

from __future__ import annotations

import re
from urllib.parse import quote

TOKEN_HEADER = "X-Carnet-Token"
CAPTURE_PATH = "/capture"

_CODE = (
    "(function(){"
    "var s=window.getSelection?String(window.getSelection()):'';"
    "fetch('http://127.0.0.1:{port}{path}',{method:'POST',"
    "headers:{'Content-Type':'application/json','{header}':'{token}'},"
    "body:JSON.stringify({url:location.href,title:document.title,"
    "html:document.documentElement.outerHTML,selection:s})})"
    ".then(function(r){return r.json();})"
    ".then(function(j){alert('Carnet: '+j.message);})"
    ".catch(function(e){alert('Carnet: '+e);});"
    "})();"
)


def bookmarklet_code(port: int, token: str) -> str:
    """The script the bookmarklet runs, for the endpoint at `port` with `token`."""
    if not re.fullmatch(r"[A-Za-z0-9_-]+", token):
        raise ValueError("a capture token is URL-safe base64")
    return (_CODE.replace("{port}", str(int(port))).replace("{path}", CAPTURE_PATH)
            .replace("{header}", TOKEN_HEADER).replace("{token}", token))


def bookmarklet(port: int, token: str) -> str:
    """The `javascript:` address to keep as a bookmark."""
    return "javascript:" + quote(bookmarklet_code(port, token), safe="(){}[];,:'=.+!/?&|_-")

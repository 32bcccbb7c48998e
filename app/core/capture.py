"""What a browser sends to "Save to Carnet": the page's address, its HTML, its title and
the text selected on it, read from the JSON of a request; and which origins may send it.

A bookmarklet runs in the origin of the page it is used on, so any http(s) page may be
the origin of a genuine capture: the token is what proves that the sender was given it
by the person (it is only in the bookmarklet, the extension's options and the library's
folder). The origin check refuses what no bookmarklet or extension sends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.core.errors import ToldError
from app.core.messages import Message

MAX_REQUEST_BYTES = 20 * 1024 * 1024
"""The largest capture accepted (a page's HTML with its inline images rarely passes 5 MB)."""
MAX_SELECTION_CHARACTERS = 100_000
EXTENSION_SCHEMES = frozenset({"chrome-extension", "moz-extension"})


class CaptureRefused(ToldError, ValueError):
    """A capture that cannot be read, with the one sentence that says why."""


@dataclass(frozen=True)
class CaptureRequest:
    """One page sent by a browser: `selection` is the text selected on it ("" if none)."""

    url: str
    html: str
    title: str = ""
    selection: str = ""


def origin_allowed(origin: str | None) -> bool:
    """Whether a request with this `Origin` header may be answered: none (a program such
    as curl), `null` (a local file, a sandboxed frame), an http(s) page (a bookmarklet
    runs in the page's origin) or a browser extension."""
    if origin is None or origin == "null":
        return True
    parts = urlsplit(origin)
    if parts.scheme in ("http", "https"):
        return bool(parts.hostname) and not parts.path and not parts.query
    return parts.scheme in EXTENSION_SCHEMES and bool(parts.netloc)


def read_capture(body: bytes) -> tuple[CaptureRequest, str | None]:
    """The capture a request's body holds, and the token it carries (if any); raises
    `CaptureRefused` for anything else than a JSON object with an http(s) `url` and an
    `html` text."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CaptureRefused(Message("the capture is not JSON in UTF-8")) from None
    if not isinstance(data, dict):
        raise CaptureRefused(Message("the capture is not a JSON object"))
    fields = {}
    for name in ("url", "html", "title", "selection", "token"):
        value = data.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise CaptureRefused(Message("the capture's field '{field}' is not text", field=name))
        fields[name] = value
    url = fields["url"].strip()
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise CaptureRefused(Message("the capture's address is not an http or https address: {url}",
                                     url=url[:200]))
    if not fields["html"].strip():
        raise CaptureRefused(Message("the capture of {url} holds no HTML", url=url[:200]))
    selection = fields["selection"].strip()[:MAX_SELECTION_CHARACTERS]
    request = CaptureRequest(url=url, html=fields["html"], title=fields["title"].strip()[:1000], selection=selection)
    return request, fields["token"] or None

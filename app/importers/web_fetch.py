"""Downloading a web address: a page, a PDF or a feed, with httpx.

Redirects are followed one by one (at most `FetchPolicy.max_redirects`, a loop is told
as one), every download is bounded in time (`FetchPolicy.seconds`, connecting and each
wait for bytes included) and in size: the body is read as a stream, decoded bytes are
counted (so that a small gzip bomb is stopped as soon as it decodes past the cap), and
reading stops past `FetchPolicy.max_bytes`. Requests to one host (and port) take turns,
one at a time, with `FetchPolicy.host_delay` seconds between them, whatever thread asks.

Every failure is a `FetchFailed` with a sentence naming the address's fault.
"""

from __future__ import annotations

import codecs
import contextlib
import html
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator
from urllib.parse import urljoin, urlsplit

from app import __version__
from app.core.errors import ToldError
from app.core.messages import Message
from app.core.tasks import CancelToken
from app.importers.reading import MAX_FILE_BYTES, decode_text

if TYPE_CHECKING:  # httpx is imported when a download starts: it costs a tenth of a second
    import httpx

USER_AGENT = f"Carnet/{__version__} (research notes for news articles)"
_PAGE_ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5"
FEED_ACCEPT = ("application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,"
               "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5")


@dataclass(frozen=True)
class FetchPolicy:
    """How a download is bounded: the whole of it in `seconds`, its body in `max_bytes`
    (decoded), `max_redirects` hops, `host_delay` seconds between two requests to a host."""

    seconds: float = 60.0
    max_bytes: int = MAX_FILE_BYTES
    max_redirects: int = 10
    host_delay: float = 0.5


class FetchFailed(ToldError):
    """A web address that could not be downloaded; `transient` when trying again later
    may work (a timeout, a server error, a refused connection)."""

    def __init__(self, address: str, reason: Message, *, transient: bool = False) -> None:
        self.address = address
        self.reason = reason
        self.transient = transient
        super().__init__(Message("{address}: {reason}", address=address, reason=reason))


class Cancelled(Exception):
    """The download was cancelled by its caller."""


@dataclass(frozen=True)
class Download:
    """What a server answered: `final_url` after redirects, the media type and charset
    of its Content-Type, the decoded body; `not_modified` for a 304."""

    address: str
    final_url: str
    media_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def is_web_address(text: str) -> bool:
    """Whether `text` is an http or https address with a host."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


class HostTurns:
    """One request at a time per host, `delay` seconds apart, across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hosts: dict[str, tuple[threading.Lock, list[float]]] = {}

    @contextlib.contextmanager
    def turn(self, host: str, delay: float) -> Iterator[None]:
        with self._lock:
            lock, last = self._hosts.setdefault(host, (threading.Lock(), [0.0]))
        with lock:
            wait = last[0] + delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                yield
            finally:
                last[0] = time.monotonic()


HOST_TURNS = HostTurns()
"""Shared by every download of the process."""


class Fetcher:
    """Downloads under a `FetchPolicy`; one connection pool, closed with `close()`."""

    def __init__(self, policy: FetchPolicy = FetchPolicy(), *, turns: HostTurns = HOST_TURNS) -> None:
        import httpx
        self.policy = policy
        self._turns = turns
        self._client = httpx.Client(headers={"User-Agent": USER_AGENT}, follow_redirects=False,
                                    timeout=httpx.Timeout(policy.seconds))

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, address: str, *, accept: str = _PAGE_ACCEPT, etag: str | None = None,
            last_modified: str | None = None, cancel: CancelToken | None = None) -> Download:
        """Download `address`, following redirects; `FetchFailed` says why it could not be.
        With `etag` or `last_modified` the request is conditional (a 304 gives a
        `Download` whose `not_modified` is set)."""
        if not is_web_address(address):
            raise FetchFailed(address, Message("this is not a web address (http:// or https://)"))
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline: list[float] = []  # set when the first request's turn comes
        current, seen = address.strip(), set()
        for _ in range(self.policy.max_redirects + 1):
            seen.add(current)
            following = self._request(address, current, headers, deadline, cancel)
            if isinstance(following, Download):
                return following
            if following in seen:
                raise FetchFailed(address, Message("the server redirects this address in a loop"))
            if not is_web_address(following):
                raise FetchFailed(address, Message("the server redirects to something that is not a web address"))
            current = following
        raise FetchFailed(address, Message("the server redirects more than {count} times",
                                           count=self.policy.max_redirects))

    def _request(self, address: str, url: str, headers: dict[str, str], deadline: list[float],
                 cancel: CancelToken | None) -> Download | str:
        """The download at `url`, or the address it redirects to. The time a download
        may take counts from its first request's turn, not from the wait for it."""
        import httpx
        host = urlsplit(url).netloc.lower()  # a host and its port
        try:
            with self._turns.turn(host, self.policy.host_delay):
                if not deadline:
                    deadline.append(time.monotonic() + self.policy.seconds)
                left = deadline[0] - time.monotonic()
                if left <= 0:
                    raise httpx.ReadTimeout("out of time")
                request = self._client.build_request("GET", url, headers=headers, timeout=httpx.Timeout(left))
                response = self._client.send(request, stream=True)
                try:
                    return self._answer(address, url, response, deadline[0], cancel)
                finally:
                    response.close()
        except httpx.TimeoutException:
            raise FetchFailed(address, Message("the server did not answer within {seconds} seconds",
                                               seconds=f"{self.policy.seconds:g}"), transient=True) from None
        except httpx.DecodingError:
            raise FetchFailed(address, Message("the server sent a damaged compressed answer")) from None
        except httpx.TransportError as error:
            raise _transport_failure(address, error) from None
        except httpx.InvalidURL:
            raise FetchFailed(address, Message("this is not a valid web address")) from None

    def _answer(self, address: str, url: str, response: httpx.Response, deadline: float,
                cancel: CancelToken | None) -> Download | str:
        import httpx
        status = response.status_code
        if status == 304:
            return Download(address, url, "", None, b"", response.headers.get("etag"),
                            response.headers.get("last-modified"), not_modified=True)
        if status in (301, 302, 303, 307, 308) and response.headers.get("location"):
            return urljoin(url, response.headers["location"].strip())
        if status in (404, 410):
            raise FetchFailed(address, Message("there is no page at this address (the server answered {status})",
                                               status=status))
        if status >= 400 or status < 200:
            raise FetchFailed(address, Message("the server answered {status} {phrase}", status=status,
                                               phrase=response.reason_phrase or ""), transient=status >= 500)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.policy.max_bytes and not response.headers.get(
                "content-encoding"):
            raise self._too_large(address)
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.policy.max_bytes:
                raise self._too_large(address)
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("out of time")
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        return Download(address, url, media_type, charset, bytes(body), response.headers.get("etag"),
                        response.headers.get("last-modified"))

    def _too_large(self, address: str) -> FetchFailed:
        return FetchFailed(address, Message("too large: the page is over {limit} MB, the limit is {limit} MB",
                                            limit=f"{self.policy.max_bytes / 1e6:.0f}"))


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, parameters = header.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return media_type.strip().lower(), charset


def _transport_failure(address: str, error: Exception) -> FetchFailed:
    import httpx
    causes = []
    cause: BaseException | None = error
    while cause is not None and len(causes) < 10:
        causes.append(cause)
        cause = cause.__cause__ or cause.__context__
    if any(isinstance(c, socket.gaierror) for c in causes) or _mentions(error, "name or service not known",
                                                                       "nodename nor servname", "getaddrinfo"):
        return FetchFailed(address, Message("unknown host: no server is known by the name {host}",
                                            host=urlsplit(address).hostname or address))
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or _mentions(error, "refused"):
        return FetchFailed(address, Message("the server refused the connection"), transient=True)
    if any(isinstance(c, ssl.SSLError) for c in causes):
        return FetchFailed(address, Message("the secure connection failed: {error}", error=_first_line(error)))
    if isinstance(error, httpx.RemoteProtocolError):
        return FetchFailed(address, Message("the server's answer could not be read: {error}",
                                            error=_first_line(error)), transient=True)
    return FetchFailed(address, Message("the connection failed: {error}", error=_first_line(error)), transient=True)


def _mentions(error: Exception, *phrases: str) -> bool:
    text = str(error).lower()
    return any(phrase in text for phrase in phrases)


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


_PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_UNSURE_TYPES = frozenset({"", "text/plain", "application/octet-stream", "binary/octet-stream"})
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)", re.I | re.S)


def page_kind(download: Download) -> str:
    """"html" or "pdf": what the body is, by its Content-Type and, where that says
    little, by its first bytes; `FetchFailed` for anything else."""
    if download.media_type in _PDF_TYPES or download.body.startswith(b"%PDF-"):
        return "pdf"
    if download.media_type in _HTML_TYPES:
        return "html"
    if download.media_type in _UNSURE_TYPES and _HTML_START.match(download.body[:4096].lstrip(b"\xef\xbb\xbf")):
        return "html"
    raise FetchFailed(download.address, Message("this is not a web page or a PDF (the server sent {type})",
                                                type=download.media_type or Message("no content type")))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_HEAD_CHARS = 512 * 1024


def page_charsets(download: Download) -> list[str]:
    """The encodings to try, in order: UTF-8 when the bytes are valid UTF-8 (a server
    that says Latin-1 for UTF-8 is far more common than Latin-1 that happens to be
    valid UTF-8), the Content-Type's charset, then the page's `<meta charset>`."""
    found = ["utf-8-sig"]
    if download.charset:
        found.append(download.charset)
    meta = _META_CHARSET.search(download.body[:4096])
    if meta:
        found.append(meta.group(1).decode("ascii").lower())
    return list(dict.fromkeys(found))


def canonical_url(page: str, final_url: str) -> str:
    """The page's `<link rel="canonical">` (made absolute) when it is a web address,
    else the address the page was finally downloaded from."""
    for tag in _LINK_TAG.findall(page[:_HEAD_CHARS]):
        attributes = {m.group(1).lower(): next(v for v in m.groups()[1:] if v is not None)
                      for m in _ATTRIBUTE.finditer(tag)}
        if "canonical" in attributes.get("rel", "").lower().split() and attributes.get("href"):
            candidate = urljoin(final_url, html.unescape(attributes["href"]).strip())
            if is_web_address(candidate):
                return candidate
    return final_url


def decode_page(download: Download) -> str:
    """The page's text, decoded by the first of `page_charsets` that decodes it
    without error, else as a saved file would be (see `app.importers.reading`)."""
    for charset in page_charsets(download):
        try:
            codecs.lookup(charset)
            return download.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_text(download.body, download.address)

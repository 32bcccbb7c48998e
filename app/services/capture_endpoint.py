"""The "Save to Carnet" endpoint: a small HTTP server on the loopback interface that a
bookmarklet or the browser extension sends pages to.

It listens on 127.0.0.1 only, on a port the system chooses, and writes that port with a
random token into the library's folder (`capture.json`, readable by its owner only),
removed when it closes. A capture is a POST of JSON to `/capture` carrying the token
(in the `X-Carnet-Token` header or the body's `token` field). Refused with 403, and
logged: a wrong or missing token, an `Origin` that no bookmarklet or extension sends
(`app.core.capture.origin_allowed`), a `Host` that is not this computer (a page that
renamed itself to 127.0.0.1). Refused before it is read: a body over
`MAX_REQUEST_BYTES`. The page is only read as text, never run. The answer is JSON:
`{"ok", "status", "message", "article_id", "highlight_id"}`.
"""

from __future__ import annotations

import hmac
import http.server
import ipaddress
import json
import logging
import os
import secrets
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from app.core.bookmarklet import CAPTURE_PATH, TOKEN_HEADER
from app.core.capture import MAX_REQUEST_BYTES, CaptureRefused, CaptureRequest, origin_allowed, read_capture
from app.services.capturing import CaptureResult

CAPTURE_FILE = "capture.json"
SOCKET_SECONDS = 30.0
"""A client that sends nothing for this long is dropped (it would hold a thread)."""
_CHUNK = 256 * 1024
_SHUTDOWN_SECONDS = 0.02  # how often the server looks whether to stop: closing the window waits that long

log = logging.getLogger("carnet.capture")

Handle = Callable[[CaptureRequest], CaptureResult]


class CaptureEndpoint:
    """Listens for captures and passes each to `handle` (on the request's own thread),
    whose result is the answer. Use as a context manager, or `start()` and `close()`."""

    def __init__(self, folder: Path, handle: Handle, *, max_bytes: int = MAX_REQUEST_BYTES) -> None:
        self.folder = Path(folder)
        self.token = secrets.token_urlsafe(32)
        self.max_bytes = max_bytes
        self.refused = 0
        self._handle = handle
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}{CAPTURE_PATH}"

    @property
    def file(self) -> Path:
        return self.folder / CAPTURE_FILE

    def start(self) -> CaptureEndpoint:
        """Write `capture.json` and start answering, on a thread of its own."""
        _write_private(self.file, json.dumps({"port": self.port, "token": self.token}))
        self._thread = threading.Thread(target=self._server.serve_forever, args=(_SHUTDOWN_SECONDS,),
                                        name="carnet-capture", daemon=True)
        self._thread.start()
        log.info("capture endpoint listening on %s", self.address)
        return self

    def close(self) -> None:
        """Stop answering and remove `capture.json` (if it is still this endpoint's)."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()
        try:
            if json.loads(self.file.read_text(encoding="utf-8")).get("token") == self.token:
                self.file.unlink()
        except (OSError, ValueError, AttributeError):
            pass

    def __enter__(self) -> CaptureEndpoint:
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.close()

    def authorised(self, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(token.encode(), self.token.encode())


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # The standard library prints a traceback; a browser that went away is one line.
        log.warning("a capture connection from %s failed: %s", client_address[0], sys.exc_info()[1])


def _write_private(path: Path, text: str) -> None:
    """Write `text` to `path`, readable and writable by its owner only, in one step."""
    partial = path.with_name(path.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
    os.chmod(partial, 0o600)
    os.replace(partial, path)


def _handler_for(endpoint: CaptureEndpoint) -> type[http.server.BaseHTTPRequestHandler]:
    class CaptureHandler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = SOCKET_SECONDS
        server_version = "Carnet"
        sys_version = ""

        def do_OPTIONS(self) -> None:  # noqa: N802 (the standard library's name): a CORS preflight
            if self._refused_at_the_door():
                return
            self.send_response(204)
            self._cors_headers()
            self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", f"Content-Type, {TOKEN_HEADER}")
            self.send_header("Access-Control-Allow-Private-Network", "true")
            self.send_header("Access-Control-Max-Age", "600")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:  # noqa: N802
            if self._refused_at_the_door():
                return
            header_token = self.headers.get(TOKEN_HEADER)
            if header_token is not None and not endpoint.authorised(header_token):
                return self._forbid("wrong token")
            body = self._body()
            if body is None:
                return
            try:
                request, body_token = read_capture(body)
            except CaptureRefused as refused:
                if header_token is None:
                    return self._forbid("no token")
                log.info("capture refused: %s", refused)
                return self._reply(400, {"ok": False, "status": "refused", "message": str(refused)})
            if header_token is None and not endpoint.authorised(body_token):
                return self._forbid("wrong token" if body_token else "no token")
            try:
                result = endpoint._handle(request)
            except Exception:  # a fault of Carnet's own: logged whole, told in a sentence
                log.exception("a capture of %s failed", request.url)
                return self._reply(500, {"ok": False, "status": "refused",
                                         "message": f"{request.url} was not saved: Carnet failed to store it"})
            self._reply(200 if result.stored else 422, {
                "ok": result.stored, "status": result.status, "message": str(result.message),
                "article_id": result.article_id, "highlight_id": result.highlight_id})

        def do_GET(self) -> None:  # noqa: N802
            self._reply(404, {"ok": False, "message": "captures are sent with POST to " + CAPTURE_PATH})

        def _refused_at_the_door(self) -> bool:
            """Refuse (and say so) a request from elsewhere, to another host or path, or
            from an origin no bookmarklet or extension has."""
            if not ipaddress.ip_address(self.client_address[0]).is_loopback:
                return self._forbid("not from this computer") or True
            host = self.headers.get("Host", "")
            if host not in (f"127.0.0.1:{endpoint.port}", f"localhost:{endpoint.port}"):
                return self._forbid(f"Host {host!r}") or True
            if not origin_allowed(self.headers.get("Origin")):
                return self._forbid(f"Origin {self.headers.get('Origin')!r}") or True
            if self.path.split("?", 1)[0] != CAPTURE_PATH:
                self._reply(404, {"ok": False, "message": "captures are sent to " + CAPTURE_PATH})
                return True
            return False

        def _body(self) -> bytes | None:
            """The request's body, read only when its announced length is within the
            limit, and read no further than that; None once refused."""
            try:
                length = int(self.headers.get("Content-Length", ""))
            except ValueError:
                self._reply(411, {"ok": False, "status": "refused", "message": "the capture has no Content-Length"})
                return None
            if length < 0 or length > endpoint.max_bytes:
                log.warning("capture refused (413): %s bytes from %s", length, self.client_address[0])
                self.close_connection = True
                self._reply(413, {"ok": False, "status": "refused",
                                  "message": f"the page is too large to save (over {endpoint.max_bytes // 2**20} MB)"})
                return None
            chunks, read = [], 0
            while read < length:
                chunk = self.rfile.read(min(_CHUNK, length - read))
                if not chunk:
                    self.close_connection = True
                    self._reply(400, {"ok": False, "status": "refused", "message": "the capture was cut short"})
                    return None
                chunks.append(chunk)
                read += len(chunk)
            return b"".join(chunks)

        def _forbid(self, why: str) -> None:
            endpoint.refused += 1
            log.warning("capture refused (403) from %s: %s", self.client_address[0], why)
            self.close_connection = True
            self._reply(403, {"ok": False, "status": "refused", "message": "this capture is not allowed (403): "
                                                                          "copy the bookmarklet again from Carnet"},
                        cors=origin_allowed(self.headers.get("Origin")))

        def _cors_headers(self) -> None:
            origin = self.headers.get("Origin")
            if origin is not None:
                self.send_header("Access-Control-Allow-Origin", origin)
                self.send_header("Vary", "Origin")

        def _reply(self, status: int, answer: dict, *, cors: bool = True) -> None:
            body = json.dumps(answer, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(status)
                if cors:
                    self._cors_headers()
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Cache-Control", "no-store")
                self.send_header("X-Content-Type-Options", "nosniff")
                self.send_header("Content-Length", str(len(body)))
                if self.close_connection:
                    self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def finish(self) -> None:
            super().finish()
            if self.close_connection:
                _linger(self.connection)

        def log_message(self, format: str, *args: object) -> None:
            log.debug("%s " + format, self.client_address[0], *args)

    return CaptureHandler


_LINGER_BYTES = 64 * 2**20
_LINGER_SECONDS = 2.0


def _linger(connection: socket.socket) -> None:
    """Before a refused request's connection closes, let the browser finish sending the
    body it was refused for (read and thrown away, for a bounded time and size): closing
    with unread bytes resets the connection, and the browser would lose the answer."""
    try:
        connection.shutdown(socket.SHUT_WR)
        deadline = time.monotonic() + _LINGER_SECONDS
        left = _LINGER_BYTES
        while left > 0 and (remaining := deadline - time.monotonic()) > 0:
            connection.settimeout(remaining)
            chunk = connection.recv(min(_CHUNK, left))
            if not chunk:
                break
            left -= len(chunk)
    except OSError:
        pass

"""A real HTTP server on 127.0.0.1 for the tests (standard library `http.server` in a
thread), answering each path by a `Route`: status, headers, a body (bytes, or chunks
written one after the other for bodies that are slow, huge or endless), a delay.

Routes can be set while it runs; every request is remembered (path and headers) so a
test can check what Carnet asked for."""

from __future__ import annotations

import http.server
import threading
import time
import zlib
from dataclasses import dataclass, field
from typing import Callable, Iterable, Union


@dataclass
class Route:
    status: int = 200
    body: Union[bytes, Callable[[], Iterable[bytes]]] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Answer = Union[Route, Callable[[dict[str, str]], Route]]
"""A route, or a function of the request's headers that gives one (for 304s)."""


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    host: str


class WebServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.routes: dict[str, Answer] = {}
        self.requests: list[Request] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
                headers = {name.lower(): value for name, value in self.headers.items()}
                server.requests.append(Request(self.path, headers, host))
                answer = server.routes.get(self.path)
                route = answer(headers) if callable(answer) else answer
                if route is None:
                    route = Route(404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"})
                if route.delay:
                    time.sleep(route.delay)
                try:
                    self.send_response(route.status)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if isinstance(route.body, bytes):
                        self.send_header("Content-Length", str(len(route.body)))
                        self.end_headers()
                        self.wfile.write(route.body)
                    else:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                        self.end_headers()
                        for chunk in route.body():
                            self.wfile.write(chunk)
                            self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self.host = host
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="test-web-server", daemon=True)

    def start(self) -> WebServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def page(self, path: str, body: str | bytes, *, content_type: str = "text/html; charset=utf-8",
             **headers: str) -> str:
        """Serve `body` at `path`; return its address."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(200, data, {"Content-Type": content_type, **headers})
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 301) -> str:
        self.routes[path] = Route(status, b"", {"Location": to})
        return self.url(path)


def article_page(title: str, paragraphs: int = 12, *, lang: str = "fr", head: str = "",
                 sentence: str = "La Commission européenne finance sept usines d'intelligence artificielle "
                                 "en Europe pour un montant de 1,5 milliard d'euros.") -> str:
    """A news page with a headline and `paragraphs` paragraphs of prose."""
    body = "".join(f"<p>{sentence} Paragraphe {n} : {title}.</p>" for n in range(paragraphs))
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}"
            f"</head><body><nav><a href=\"/\">Accueil</a></nav><article><h1>{title}</h1>{body}</article>"
            "</body></html>")


def endless_body(chunk: bytes = b"<p>" + b"a" * 65536 + b"</p>") -> Callable[[], Iterable[bytes]]:
    def chunks() -> Iterable[bytes]:
        yield b"<html><body>"
        while True:
            yield chunk
    return chunks


def slow_body(seconds_between: float, chunks: int = 1000) -> Callable[[], Iterable[bytes]]:
    def drip() -> Iterable[bytes]:
        yield b"<html><body><p>"
        for _ in range(chunks):
            time.sleep(seconds_between)
            yield b"a"
    return drip


def gzip_bomb(decoded_bytes: int) -> bytes:
    """A gzip stream of `decoded_bytes` zeros (about a thousandth of that in size)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    parts = [compressor.compress(block) for _ in range(decoded_bytes >> 20)]
    return b"".join(parts) + compressor.flush()

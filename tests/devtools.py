"""Driving a real headless Chromium for the tests: starting it with a profile of its own
(and the flags a closed network needs), and a minimal DevTools protocol client over a
standard-library WebSocket (text frames only), enough to evaluate a script in a target."""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
QUIET_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync")


class Chromium:
    """A headless Chromium on `address`, with DevTools on a port it chooses; a context manager."""

    def __init__(self, address: str, *extra: str) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="carnet-chromium-"))
        self.process = subprocess.Popen(
            [CHROMIUM, *QUIET_FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0", *extra, address],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *_exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(30)
        shutil.rmtree(self.profile, ignore_errors=True)

    def devtools_port(self, seconds: float = 30) -> int:
        file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if file.exists() and file.read_text().strip():
                return int(file.read_text().split()[0])
            time.sleep(0.1)
        raise AssertionError("Chromium did not open its DevTools port")

    def targets(self) -> list[dict]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.devtools_port()}/json/list", timeout=10) as answer:
            return json.load(answer)

    def target(self, kind: str, url_start: str, seconds: float = 30) -> dict:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = [t for t in self.targets() if t["type"] == kind and t["url"].startswith(url_start)]
            if found:
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"no {kind} target at {url_start} in Chromium")


class DevTools:
    """One DevTools protocol connection to a target's `webSocketDebuggerUrl`."""

    def __init__(self, url: str, timeout: float = 60) -> None:
        parts = urlsplit(url)
        self._socket = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self._socket.sendall((f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUpgrade: websocket\r\n"
                              f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                              "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self._socket.recv(1)
        assert head.startswith(b"HTTP/1.1 101"), head
        self._next_id = 0

    def close(self) -> None:
        self._socket.close()

    def evaluate(self, expression: str):
        """The value of `expression` (awaited if a promise) in the target."""
        answer = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in answer:
            raise AssertionError(answer["exceptionDetails"])
        return answer["result"].get("value")

    def call(self, method: str, **params) -> dict:
        self._next_id += 1
        self._send(json.dumps({"id": self._next_id, "method": method, "params": params}).encode())
        while True:
            message = json.loads(self._receive())
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise AssertionError(message["error"])
                return message["result"]

    def _send(self, payload: bytes) -> None:
        mask = os.urandom(4)
        length = len(payload)
        header = bytes([0x81]) + (bytes([0x80 | length]) if length < 126 else
                                  bytes([0x80 | 126]) + struct.pack(">H", length) if length < 65536 else
                                  bytes([0x80 | 127]) + struct.pack(">Q", length))
        self._socket.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _receive(self) -> bytes:
        message = b""
        while True:
            first, second = self._exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exactly(8))[0]
            data = self._exactly(length)
            if first & 0x0F in (0x1, 0x0):
                message += data
                if first & 0x80:
                    return message

    def _exactly(self, count: int) -> bytes:
        data = b""
        while len(data) < count:
            chunk = self._socket.recv(count - len(data))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            data += chunk
        return data

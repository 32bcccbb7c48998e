"""`carnet serve-capture`: the "Save to Carnet" endpoint without the window, until Ctrl+C."""

from __future__ import annotations

import argparse
import concurrent.futures
import sys
import threading
from pathlib import Path

from app.cli.opening import carnet_for
from app.cli.terminal import shown
from app.core.bookmarklet import bookmarklet
from app.core.capture import CaptureRequest
from app.core.errors import ToldError
from app.core.messages import Message
from app.services.capture_endpoint import CaptureEndpoint
from app.services.capturing import CaptureResult, capture_page


def add_parser(sub) -> None:
    serve = sub.add_parser(
        "serve-capture", help="save the pages a browser sends (bookmarklet or extension) until Ctrl+C",
        description="Listen on 127.0.0.1 for the pages that the \"Save to Carnet\" bookmarklet or browser "
                    "extension sends, and import each (its selected text becomes a highlight). The port and "
                    "the token are written to capture.json in the library's folder, and the bookmarklet is "
                    "printed. Stop with Ctrl+C.")
    serve.set_defaults(handler=serve_capture_command)


def serve_capture_command(args: argparse.Namespace, folder: Path) -> int:
    carnet = carnet_for(args, folder)
    library = carnet.library
    if library.read_only:
        raise ToldError(Message("the library is open for reading only: captured pages could not be stored"))
    # One thread stores every capture, with one connection, one capture at a time.
    writer = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="carnet-capture-writer")

    def handle(request: CaptureRequest) -> CaptureResult:
        result = writer.submit(capture_page, library, request).result().value
        print(shown(str(result.message)), flush=True)
        return result

    stopped = threading.Event()
    try:
        with CaptureEndpoint(folder, handle) as endpoint:
            print(f"listening on {endpoint.address} (port and token in {shown(str(endpoint.file))}); "
                  "Ctrl+C stops", flush=True)
            print(f"bookmarklet: {bookmarklet(endpoint.port, endpoint.token)}", flush=True)
            try:
                stopped.wait()
            except KeyboardInterrupt:
                print("stopped", file=sys.stderr)
    finally:
        writer.submit(library.close).result()
        writer.shutdown()
    return 0

"""A local image host for the url check's tests: one path per kind of answer, and a count of requests."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

from click.testing import CliRunner
from helpers import seed

from lintkit.cli import main

URL = "https://images.unsplash.com/photo-1555066931-4365d14bab8c?auto=format&fit=crop&w=1200&q=80"


class Handler(BaseHTTPRequestHandler):
    requests: ClassVar[Counter[tuple[str, str]]] = Counter()
    lock: ClassVar[threading.Lock] = threading.Lock()

    def do_HEAD(self) -> None:
        self.respond()

    def do_GET(self) -> None:
        self.respond()

    def log_message(self, *args: object) -> None:
        pass

    def send(self, status: int, content_type: str = "image/png", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", "0")
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()

    def respond(self) -> None:
        with self.lock:
            Handler.requests[(self.command, self.path)] += 1
            seen = Handler.requests[(self.command, self.path)]
        path = self.path
        if path in ("/ok.png", "/counted.png"):
            self.send(200)
        elif path == "/missing.png":
            self.send(404, "text/html")
        elif path == "/error.png":
            self.send(500, "text/html")
        elif path == "/page":
            self.send(200, "text/html; charset=utf-8")
        elif path == "/slow.png":
            time.sleep(3)
            self.send(200)
        elif path == "/limited.png":
            if seen == 1:
                self.send(429, "text/plain", Retry_After="1")
            else:
                self.send(200)
        elif path == "/moved":
            self.send(301, "text/html", Location="/ok.png")
        elif path == "/nohead.png":
            if self.command == "HEAD":
                self.send(405, "text/plain")
            else:
                self.send(200)
        elif path == "/loop":
            self.send(302, "text/html", Location="/loop")
        elif path == "/trickle.png":  # a valid answer, its headers a byte every 0.2 s (about 20 s in all)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 0\r\nX-Padding: " + b"." * 40
            try:
                for byte in head + b"\r\n\r\n":
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:  # the client gave up
                pass
        elif path == "/later.png":  # come back in an hour
            self.send(503, "text/plain", Retry_After="3600")
        elif path == "/badport":  # a hostile host: a redirect no connection can follow
            self.send(302, "text/html", Location="http://127.0.0.1:99999/x.png")
        elif path == "/badurl":
            self.send(302, "text/html", Location="http://[::1/x.png")
        else:
            self.send(404, "text/html")


def serve() -> Iterator[str]:
    """Serve Handler on a free local port for as long as the generator runs; yields its base url."""
    Handler.requests.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


CASES = {
    "ok": ("/ok.png", None),
    "missing": ("/missing.png", "image url answers 404 Not Found"),
    "error": ("/error.png", "image url answers 500 Internal Server Error after 3 attempts"),
    "page": ("/page", "image url answers 200 with content type 'text/html; charset=utf-8', not an image"),
    "slow": ("/slow.png", "image url did not answer within 2 s (3 attempts)"),
    "limited": ("/limited.png", None),
    "moved": ("/moved", None),
    "nohead": ("/nohead.png", None),
}


def write_articles(folder: Path, base: str, shared: int = 50) -> None:
    text = seed("000")
    for name, (path, _) in CASES.items():
        (folder / f"{name}.txt").write_text(text.replace(URL, base + path))
    for i in range(shared):
        (folder / f"shared{i:02d}.txt").write_text(text.replace(URL, base + "/counted.png"))


def run_check(folder: Path, *extra: str) -> dict:
    result = CliRunner().invoke(
        main,
        [
            "check",
            "--format",
            "json",
            "--select",
            "IMG006",
            "--check-urls",
            "--url-timeout",
            "2",
            "--jobs",
            "1",
            *extra,
            str(folder),
        ],
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)

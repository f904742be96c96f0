"""A loopback HTTP server that answers from a script: how scenario cassettes are recorded.

The real API cannot be asked for a 429 storm or a page that repeats a record, so tests that need such
traffic describe the replies they want. When recording (`make record`), the `scripted` fixture starts this
server and the client talks to it over real HTTP, which vcrpy records; on replay, the cassette answers and
the server is never started.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    json: Any = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        if self.body is not None:
            return self.body, {"content-type": "text/plain", **self.headers}
        return json.dumps(self.json).encode(), {"content-type": "application/json", **self.headers}


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    query: dict[str, list[str]]


Script = list[Reply] | Callable[[Received], Reply]


class ScriptedServer:
    """Serves the replies of a script in order (a list), or chosen per request (a function)."""

    def __init__(self, script: Script) -> None:
        self._script = script
        self._lock = threading.Lock()
        self._next = 0
        self.received: list[Received] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reply_to(self, received: Received) -> Reply:
        with self._lock:
            self.received.append(received)
            if callable(self._script):
                return self._script(received)
            if self._next >= len(self._script):
                return Reply(599, body=b"scripted server: script exhausted")
            reply = self._script[self._next]
            self._next += 1
            return reply

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                url = urlsplit(self.path)
                reply = server.reply_to(Received(self.command, url.path, parse_qs(url.query)))
                body, headers = reply.encoded()
                self.send_response(reply.status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        return Handler

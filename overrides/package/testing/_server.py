"""HTTP mode: the same fake served on loopback, for tools and services in other processes."""

from __future__ import annotations

import argparse
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from ._fake import DEFAULT_TOKEN, FakeStuut


def make_server(fake: FakeStuut, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server (not yet serving) that hands each request to `fake`; port 0 picks a free one."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            content = self.rfile.read(length) if length else b""
            url = f"http://{self.headers.get('host') or f'{host}:{port}'}{self.path}"
            request = httpx.Request(self.command, url, headers=list(self.headers.items()), content=content)
            try:
                response = fake.handle_request(request)
            except httpx.ConnectError:
                self.close_connection = True  # an injected connection error: drop the connection unanswered
                return
            body = response.read()
            self.send_response(response.status_code)
            for name, value in response.headers.items():
                if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(name, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle  # noqa: N815

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    return ThreadingHTTPServer((host, port), Handler)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stuut_client.testing", description="Serve FakeStuut over HTTP.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake on loopback until interrupted")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--host", default="127.0.0.1", help="loopback by default; the fake has no real security")
    serve.add_argument("--seed", type=int, default=0)
    serve.add_argument("--token", default=DEFAULT_TOKEN)
    serve.add_argument("--invoices", type=int, default=None, help="how many invoices to start with")
    args = parser.parse_args(argv)
    counts = {} if args.invoices is None else {"invoices": args.invoices}
    fake = FakeStuut(seed=args.seed, token=args.token, counts=counts)
    server = make_server(fake, args.host, args.port)
    host, port = str(server.server_address[0]), int(server.server_address[1])
    print(f"FakeStuut (seed {args.seed}) on http://{host}:{port}", file=sys.stderr)
    print(f"  STUUT_BASE_URL=http://{host}:{port} STUUT_API_TOKEN={args.token}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()

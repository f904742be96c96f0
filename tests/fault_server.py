"""A loopback server that misbehaves on purpose: resets, stalls, truncated and oversized bodies.

Each connection is answered by a fault function that gets the raw socket after the request head was read,
so tests can break HTTP in ways a well-behaved server (or a cassette) never would.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable

Fault = Callable[[socket.socket, int], None]  # (connection, 1-based connection number)


def read_request_head(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def respond(conn: socket.socket, status: str, body: bytes, headers: dict[str, str] | None = None) -> None:
    head = [f"HTTP/1.1 {status}", f"content-length: {len(body)}", "connection: close"]
    head += [f"{k}: {v}" for k, v in (headers or {}).items()]
    conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)


def answering(status: str, body: bytes) -> Fault:
    """A fault that is no fault: every connection gets ``status`` and the JSON ``body``, then is closed."""

    def fault(conn: socket.socket, number: int) -> None:
        respond(conn, status, body, {"content-type": "application/json"})

    return fault


def reset(conn: socket.socket) -> None:
    """Close with a TCP RST instead of a FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class FaultServer:
    """``fault(conn, number)`` answers each connection; with ``read_head=False`` it gets the connection before the
    request head is read (to answer several requests on one kept-alive connection)."""

    def __init__(self, fault: Fault, read_head: bool = True) -> None:
        self._fault, self._read_head = fault, read_head
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn, self.connections), daemon=True).start()

    def _handle(self, conn: socket.socket, number: int) -> None:
        try:
            if self._read_head:
                read_request_head(conn)
            self._fault(conn, number)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass


def stall(seconds: float) -> Fault:
    def fault(conn: socket.socket, number: int) -> None:
        time.sleep(seconds)

    return fault

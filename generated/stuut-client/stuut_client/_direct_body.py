"""A Content-Length body is handed on as the socket returns it, without h11 copying each byte four times.

httpcore passes every read of a response body through h11: appended to h11's buffer, sliced out of it twice, then
copied into a ``bytes`` by httpcore, all under the GIL. In a sync walk those copies are what the prefetch
threads hold the GIL for while the walk's thread waits to parse (about 10% of a lazy walk's time at concurrency
8). Once h11 has parsed a response's head and holds none of its body, a body of known length is read straight
from the connection's network stream here, each read yielded as it came, and h11's count of the bytes still due
(its ``ContentLengthReader``) is lowered by what was read, so h11 ends the message, and keeps the connection
reusable, exactly as if it had seen the bytes.

h11 still reads everything else: the head, a chunked body, a body that runs until the connection closes, bytes
already in its buffer, and the read that ends the body early (the connection closed: h11 raises its "peer closed
connection without sending complete message body (received N bytes, expected M)", counted from what was read
here) or carries bytes beyond it (kept as h11's trailing data, which _leftover_bytes.py and _answer_order.py
look at). Reads go through the connection's network stream, so _read_sizes.py, _answer_order.py and the sync
deadline (_send.py) see every one.

Installed, like those, only on the client's default transports: :func:`read_bodies_directly` gives each
HTTP/1.1 connection of httpcore 1.0 in their pool whose network stream is one of this package's the subclass in
``_direct_body_connections.py`` (its only change is ``_receive_response_body``). Any other connection, and any
h11 whose internals differ from the ones read there (``Connection._reader``, ``ContentLengthReader._remaining``),
is left to httpcore as is.
"""

from __future__ import annotations

import httpx

from ._leftover_bytes import connection_pools


def read_bodies_directly(client: httpx.Client | httpx.AsyncClient) -> None:
    """Give each HTTP/1.1 connection of ``client``'s default transport the direct body reader (module docstring).

    Called once a response's head has arrived and before its body is read, so a connection opened for this very
    request reads its first body this way too. httpcore builds its connections itself; the class of one is
    changed to a subclass that only overrides ``_receive_response_body``, which httpcore looks up when the body's
    reading starts.
    """
    from ._direct_body_connections import CONTENT_LENGTH_READER, SUBCLASSES  # noqa: PLC0415  # see that module

    if CONTENT_LENGTH_READER is None:
        return
    for pool in connection_pools(client):
        for connection in list(getattr(pool, "_connections", ())):  # another thread may change the pool meanwhile
            http11 = getattr(connection, "_connection", None)  # HTTPConnection -> its HTTP/1.1 (or HTTP/2) one
            ours = SUBCLASSES.get(type(http11))
            if ours is not None and isinstance(getattr(http11, "_network_stream", None), ours[1]):
                http11.__class__ = ours[0]

"""A 3xx whose ``Location`` is not a URL is returned as the status error it is, not a broken connection.

httpx builds the redirect request of every 3xx with a ``Location``, following redirects or not
(``response.next_request``), and a ``Location`` it cannot parse (``http://[::1``) raises
``RemoteProtocolError``: a transport error, so a GET was sent three times and ended as ``APIConnectionError``.
A response hook (it runs before httpx reads ``Location``) sets such a header aside, so httpx returns the
response as it came; :func:`restore_location` puts it back before the status error is built, and the error's
message says it cannot be followed.
"""

from __future__ import annotations

import httpx

from ._hooks import install_hook

UNUSABLE_LOCATION = "stuut_client.unusable_location"


def _followable(request: httpx.Request, location: str) -> bool:
    """Whether httpx can turn ``location`` into a URL (its ``_redirect_url``, with public calls)."""
    try:
        url = httpx.URL(location)
        if url.scheme and not url.host:
            url = url.copy_with(host=request.url.host)
        if url.is_relative_url:
            request.url.join(url)
    except Exception:  # noqa: BLE001  # InvalidURL, or whatever a malformed URL makes httpx raise
        return False
    return True


def set_aside_unusable_location(response: httpx.Response) -> None:
    location = response.headers.get("location")
    if location is not None and response.is_redirect and not _followable(response.request, location):
        response.extensions[UNUSABLE_LOCATION] = location
        del response.headers["location"]


async def aset_aside_unusable_location(response: httpx.Response) -> None:
    set_aside_unusable_location(response)


def keep_unusable_location(client: httpx.Client | httpx.AsyncClient) -> None:
    """Install the hook on ``client`` once."""
    install_hook(client, "response", set_aside_unusable_location, aset_aside_unusable_location)


def restore_location(response: httpx.Response) -> None:
    location = response.extensions.get(UNUSABLE_LOCATION)
    if isinstance(location, str) and "location" not in response.headers:
        response.headers["location"] = location

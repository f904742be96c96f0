"""The client operations are called with (see ``stuut_client._client``)."""

from ._client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, AuthenticatedClient, Client, client_from_env

USER_AGENT = "stuut-client/0.1.0"

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "USER_AGENT", "AuthenticatedClient", "Client", "client_from_env"]

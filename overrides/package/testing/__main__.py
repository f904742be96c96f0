"""`python -m stuut_client.testing serve --port 8080`: FakeStuut over HTTP on loopback."""

from ._server import main

main()

"""Test Stuut without Stuut: `FakeStuut`, the whole API in process, for the tests of code that uses this client.

```python
from stuut_client.api.invoices import retrieve_invoice
from stuut_client.testing import FakeStuut

fake = FakeStuut(seed=1)                     # deterministic, realistic data for all 51 operations
fake.fail("retrieve_invoice", 503, times=2)  # then answers normally: the client's retries get through
with fake.client() as client:
    invoice = retrieve_invoice.sync(client=client, invoice_id=fake.records("invoices")[0]["id"])
assert [r.status for r in fake.requests.filter("retrieve_invoice")] == [503, 503, 200]
```

With pytest, the `stuut_fake` fixture gives a fresh `FakeStuut(seed=0)` per test (the plugin is registered by
installing the package). `python -m stuut_client.testing serve --port 8080` serves the same fake over HTTP on
loopback, for tools in other processes. Importing this module does not happen when `stuut_client` is imported.
"""

from ._fake import DEFAULT_BASE_URL, DEFAULT_TOKEN, FakeStuut, RecordedRequest, RequestLog
from ._store import COLLECTIONS

__all__ = ["COLLECTIONS", "DEFAULT_BASE_URL", "DEFAULT_TOKEN", "FakeStuut", "RecordedRequest", "RequestLog"]

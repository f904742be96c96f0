"""The response path every operation shares: decode the body, build the models, wrap them in a ``Response``.

Generated endpoint modules hold only what differs per operation (how to build the request, and a table of
status -> parser); :func:`build_response` does the rest, once:

- a body that is one model is decoded straight into it where it fits the spec exactly (``_typed_decode.py``:
  msgspec checks the types while decoding); an item of its top-level lists or its envelope that does not fit
  takes the general path below alone, and a body it would raise for, or any other body, takes it whole: the
  general path is what decides what to keep, report or raise;
- the body is decoded by msgspec (``_decode.py``: strict JSON, and with lazy parsing a model's nested fields kept
  as undecoded byte spans); a body it refuses is decoded again by ``_json.loads`` to name the JSON path of the
  value (NaN, Infinity, a number that overflows) in the ``ResponseValidationError``;
- the body is decoded and the models are built with the collector paused, one page at a time
  (``_collector.py``), eagerly or with
  nested objects deferred to first read (``client.lazy_parsing``);
- a value that does not fit the spec is kept and reported in ``Response.deviations`` (``validation="report"``,
  the default) or raised (``"strict"``; ``_deviations.py``); a structural failure raises in every mode;
- a failure becomes ``ResponseValidationError`` naming the operation, the JSON path and the
  request id (and a walk's page), so ``sync()`` never returns None; a success status the spec does not
  document is read as the documented one and reported (``status`` deviation), or raises (strict mode, an empty
  body, a status Python does not know). With lazy parsing, a field that does not fit raises at its first read,
  and names them too;
- the parse runs in the secrets of the request (``_security.redacting``), so that the deviations it reports
  and the lazy reads it defers redact the token from what they say of a value the server echoed it in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from http import HTTPStatus
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._collector import collector_paused
from ._decode import UTF8_BOM, NestedTooDeeply, decode_body
from ._deviations import Deviation, collect_deviations, status_deviation
from ._errors import PARSE_FAILURES, ResponseValidationError, has_request
from ._json import loads as loads_naming_the_path
from ._security import redacting, safe_cause, secrets_of
from .types import Response

if TYPE_CHECKING:
    from ._client import AuthenticatedClient

T = TypeVar("T")
#: Builds the parsed value of one documented status from the decoded JSON; the flag is lazy parsing.
Parser = Callable[[Any, bool], T]


_KNOWN_STATUSES = frozenset(HTTPStatus)  # Response.status_code is an HTTPStatus
# The bytes a JSON text can start with (after whitespace): anything else is some other kind of body.
_JSON_STARTS = frozenset(b'{["-0123456789tfn')


def decode(content: bytes, model_class: type | None, lazy: bool, content_type: str | None = None) -> Any:
    """The decoded body; a body msgspec refuses raises ResponseValidationError (with the path where one applies).

    A body that is not JSON at all (an HTML error page from a proxy, an empty body) says so, with its
    ``content_type`` and how it starts: the decoder's "invalid character at byte 0" does not help."""
    try:
        return decode_body(content, model_class, lazy)
    except NestedTooDeeply as refused:  # json.loads would hit the recursion limit too
        raise ResponseValidationError(str(refused)) from refused
    except ValueError as refused:
        text = content.removeprefix(UTF8_BOM).lstrip(b" \t\r\n")
        if not text or text[0] not in _JSON_STARTS:
            start = f"it starts with {text[:80]!r}" if text else "it is empty"
            raise ResponseValidationError(
                f"the body is not JSON (content-type {content_type or 'not given'}; {start})"
            ) from None
        loads_naming_the_path(content)  # raises with the JSON path of a non-finite number
        raise ResponseValidationError(str(refused)) from refused  # invalid UTF-8, a lone surrogate...


def _documented_status(
    client: AuthenticatedClient, response: httpx.Response, operation: str, parsers: Mapping[int, Parser[Any]]
) -> tuple[int, Deviation | None]:
    """The documented status whose parser reads ``response``, and the deviation if it is not the one received.

    A real server may answer a success the spec documents as 200 with another 2xx (a 201 for a create): in
    report mode its body is read as the documented success's, and the status is a deviation; in strict mode, or
    with no single documented success, or with an empty body (a 204: the resource is not there to parse), or a
    status Python does not know, it raises.
    """
    received = response.status_code
    if received in parsers:
        return received, None
    documented = [code for code in parsers if 200 <= code < 300]
    if client.validation == "report" and len(documented) == 1 and received in _KNOWN_STATUSES and response.content:
        return documented[0], status_deviation(operation, documented[0], received)
    expected = f" (the spec documents {', '.join(map(str, sorted(parsers)))})" if parsers else ""
    empty = " with an empty body" if not response.content else ""
    raise ResponseValidationError(f"undocumented status {received}{empty}{expected}")


def build_response(
    client: AuthenticatedClient,
    response: httpx.Response,
    operation: str,
    parsers: Mapping[int, Parser[T]],
    models: Mapping[int, type] | None = None,
    page: int | None = None,
) -> Response[T]:
    """Parse a 2xx ``response`` of ``operation`` with the parser its status documents.

    ``models``: the model class of each status whose body is one model (the fast path decodes straight into
    it; lazy parsing keeps its nested fields as byte spans). ``page``: the page number, when the response is a
    page of a walk, for the errors to name (those of lazy reads too).
    """
    # Imported on the first response rather than with the package: importing it is about 1% of the import time.
    from ._typed_decode import MISS, Miss, decode_model, learn_keys  # noqa: PLC0415

    failure: Exception
    problem: str | None
    request = response.request if has_request(response) else None
    try:
        status, found_status = _documented_status(client, response, operation, parsers)
        parser = parsers[status]
        model_class = (models or {}).get(status)
        lazy = client.lazy_parsing
        # Decoded inside the pause too: the decoded JSON is the first half of the burst of new objects.
        data = None  # the decoded JSON the deviations' paths are found in (none on the fast path: no deviation)
        # The collector and every deferred field keep the secrets (redacted from deviations and lazy errors).
        with redacting(secrets_of(request)), collector_paused(), collect_deviations(client.validation) as collector:
            # Where the body came from, for a field parsed at its first read (lazy parsing) that does not fit.
            collector.operation, collector.response, collector.page = operation, response, page
            parsed = decode_model(response.content, model_class) if model_class and not lazy else MISS
            if isinstance(parsed, Miss):
                miss = parsed
                data = decode(response.content, model_class, lazy, response.headers.get("content-type"))
                parsed = parser(data, lazy)
                if miss.undeclared_key:
                    learn_keys(parsed)
        deviations = collector.resolve(data)
        if found_status is not None:
            deviations.insert(0, found_status)
    except PARSE_FAILURES as error:
        failure, problem = error, None  # the problem is the failure's (from_exception)
    except RecursionError as error:  # models nested deeper than the interpreter's stack (decoding is covered)
        failure, problem = error, "the body is nested too deeply to parse (Python's recursion limit)"
    else:
        return Response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=parsed,
            deviations=deviations,
        )
    # Raised here, out of the except block, so the failure is not our error's __context__; and chained only
    # when no message down its chain holds the token (the message of ours is redacted, the failure's is not).
    invalid = ResponseValidationError(problem) if problem else ResponseValidationError.from_exception(failure)
    raise invalid.for_response(operation, response, page) from safe_cause(failure, request)


def operation_response(
    operation: ModuleType, client: AuthenticatedClient, response: httpx.Response, page: int | None = None
) -> Response[Any]:
    """What a generated operation module's ``sync_detailed`` makes of a ``response`` it received: its own
    parsers and models on :func:`build_response` (for callers that send the request some other way; a walk
    passes the ``page``)."""
    return build_response(client, response, operation._OPERATION, operation._PARSERS, operation._MODELS, page)

"""HTTP plumbing shared by the routes: error responses and bounded body reading.

Every error leaves the server as ``{"error": "<code>", "message": "<sentence>"}``
with a 4xx status; the message is written for the person using the client.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network
from typing import Any

from fastapi import HTTPException
from fastapi.routing import APIRoute
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from sync.protocol import MAX_DEPTH, TooDeepError, decompress, DecodeError, loads_text

log = logging.getLogger("tutorclient.server.http")

IPNetwork = IPv4Network | IPv6Network
IPAddress = IPv4Address | IPv6Address


class ApiError(Exception):
    """An error response: ``status``, a short machine ``code``, a plain ``message``."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    body = json.dumps({"error": code, "message": message}, separators=(",", ":")).encode()
    return Response(body, status_code=status, headers=headers,
                    media_type="application/json")


def api_error_response(exc: ApiError) -> Response:
    return error_response(exc.status, exc.code, exc.message, exc.headers)


async def read_body(request: Request, max_bytes: int) -> bytes:
    """Read the request body, refusing (413) anything over ``max_bytes``.

    Checks ``Content-Length`` first so an oversized body is refused unread.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > max_bytes:
                raise ApiError(413, "too_large", f"The request is larger than {max_bytes} bytes.")
        except ValueError:
            raise ApiError(400, "bad_request", "Content-Length is not a number.") from None
    chunks: list[bytes] = []
    total = 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > max_bytes:
                raise ApiError(413, "too_large", f"The request is larger than {max_bytes} bytes.")
            chunks.append(chunk)
    except ClientDisconnect:
        raise ApiError(400, "bad_request", "The connection closed before the request arrived.") \
            from None
    return b"".join(chunks)


async def read_json(request: Request, max_bytes: int, max_inflated: int) -> Any:
    """Read, decompress and parse a JSON body; 4xx with a clear message on any fault."""
    raw = await read_body(request, max_bytes)
    return decode_json(raw, request.headers.get("content-encoding"), max_inflated)


def decode_json(raw: bytes, coding: str | None, max_inflated: int) -> Any:
    """Decompress and parse a JSON body; 4xx with a clear message on any fault."""
    try:
        plain = decompress(raw, coding, max_inflated)
    except DecodeError as exc:
        code = 413 if "too large" in str(exc) else 415 if "unsupported" in str(exc) else 400
        raise ApiError(code, "bad_encoding", f"The request body could not be read: {exc}.") \
            from exc
    try:
        text = plain.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "bad_utf8", "The request body is not valid UTF-8.") from None
    try:
        obj = loads_text(text)
    except TooDeepError:
        raise too_deep() from None
    except ValueError:
        raise ApiError(400, "bad_json", "The request body is not valid JSON.") from None
    if "\\u" in text:
        # JSON escapes can smuggle in unpaired surrogates, which are not text at all.
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ApiError(400, "bad_utf8", "The request contains invalid text "
                           "(an unpaired UTF-16 surrogate).") from None
    return obj


def too_deep() -> ApiError:
    """400 for JSON nested more than :data:`sync.protocol.MAX_DEPTH` levels."""
    return ApiError(400, "too_deep", f"The request is nested too deeply: at most {MAX_DEPTH} "
                    "levels of lists and objects are allowed.")


class BodyError(HTTPException):
    """An :class:`ApiError` raised while FastAPI parses a body (it lets only HTTPException out)."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.status, error.message, error.headers or None)
        self.api_error = error


class BoundedJsonRequest(Request):
    """A request whose ``json()`` refuses nesting past ``MAX_DEPTH`` (400 ``too_deep``)."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise BodyError(ApiError(400, "bad_utf8", "The request body is not valid UTF-8.")) \
                    from None
            try:
                self._json = loads_text(text)  # invalid JSON: FastAPI's own 400 bad_json
            except TooDeepError:
                raise BodyError(too_deep()) from None
        return self._json


class BoundedJsonRoute(APIRoute):
    """Route class for endpoints whose JSON body FastAPI parses (login, refresh): the body is
    read with the same depth bound as ``/v1/sync`` before pydantic sees it."""

    def get_route_handler(self) -> Any:
        handler = super().get_route_handler()

        async def bounded(request: Request) -> Response:
            return await handler(BoundedJsonRequest(request.scope, request.receive))

        return bounded


def parse_networks(entries: Iterable[str]) -> tuple[IPNetwork, ...]:
    """IPs or CIDRs (``"10.0.0.0/8"``) as networks; a bad entry is a ValueError."""
    nets = []
    for entry in entries:
        try:
            nets.append(ip_network(entry.strip(), strict=False))
        except ValueError as exc:
            raise ValueError(f"trusted_proxies: {entry!r} is not an IP address or CIDR") from exc
    return tuple(nets)


def _address(text: str) -> IPAddress | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1:text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":", 1)[0]
    try:
        return ip_address(text)
    except ValueError:
        return None


def forwarded_client(peer: str, forwarded: list[str],
                     trusted: tuple[IPNetwork, ...] | list[IPNetwork]) -> str:
    """The client's address: ``peer``, unless ``peer`` is a trusted proxy.

    Then walk ``X-Forwarded-For`` (all header values, in order) from the right,
    skipping trusted proxies, and take the first address that is not one: the
    hops to its left were written by the client itself and prove nothing. A
    malformed hop stops the walk at the last address known good.
    """

    def is_trusted(addr: IPAddress | None) -> bool:
        return addr is not None and any(addr in net for net in trusted)

    if not trusted or not is_trusted(_address(peer)):
        return peer
    client = peer
    hops = [hop for value in forwarded for hop in value.split(",") if hop.strip()]
    for hop in reversed(hops):
        addr = _address(hop)
        if addr is None:
            return client
        client = str(addr)
        if not is_trusted(addr):
            return client
    return client


def client_ip(request: Request, trusted: tuple[IPNetwork, ...] = ()) -> str:
    """The client's address for rate limits; ``X-Forwarded-For`` only from ``trusted`` peers.

    uvicorn's own proxy-header handling is off (see ``sync.server.testing``): it
    would believe any loopback peer, and anything on the host can connect there.
    """
    peer = request.client.host if request.client else "?"
    return forwarded_client(peer, request.headers.getlist("x-forwarded-for"), trusted)

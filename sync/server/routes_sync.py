"""``POST /v1/sync``: one exchange carries the outbox up and a page of changes down.

This is the hot path, so it skips FastAPI's body parsing and response models:
it reads the raw body, decompresses and parses it itself, and answers with a
bare ``Response`` (no content type, no server or date header) compressed only
when that makes it smaller. The schema still appears in the OpenAPI document,
its ops and changes generated from the record kinds (``sync/kinds.py``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import anyio
import anyio.to_thread
from fastapi import APIRouter, Request
from sqlalchemy import update
from starlette.responses import Response

from sync.protocol import (
    DEFAULT_PAGE_BYTES_V2, DEFAULT_PAGE_SIZE, MAX_OPS_PER_REQUEST, MAX_PAGE_SIZE,
    MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, V1, V3, change_schema, compact_results, compress,
    create_key, dumps, full_op, is_create, op_schema, parse_accept_encoding, result_schema,
)
from sync.server import schema as t
from sync.server.auth import Auth, check_version, token_digest
from sync.server.crashpoints import CrashPoints
from sync.server.db import Database, now
from sync.server.fastpath import CounterProbe
from sync.server.http import ApiError, decode_json, read_body
from sync.server.pull import Page, pull
from sync.server.records import server_ms
from sync.server.scopes import Viewer
from sync.server.settings import Settings
from sync.server.writes import Pusher

REQUEST_KEYS = frozenset({"v", "c", "o", "n"})
REQUEST_KEYS_V2 = REQUEST_KEYS | {"p"}
#: Version 2 clients all take zstd: their answers need no Accept-Encoding header.
V2_CODINGS = ["zstd"]
#: Larger bodies carry ops: never parsed on the event loop (a no-op is about 20 B).
FAST_MAX_BODY = 256

SYNC_REQUEST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["v"],
    "additionalProperties": False,
    "properties": {
        "v": {"type": "integer", "enum": list(range(MIN_PROTOCOL_VERSION, PROTOCOL_VERSION + 1)),
              "description": "client protocol version (others get 426); the answer "
              "uses the same version"},
        "c": {"type": "integer", "minimum": 0, "description": "cursor"},
        "o": {"type": "array", "items": op_schema(), "maxItems": MAX_OPS_PER_REQUEST},
        "n": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
        "p": {"type": "integer", "minimum": 1,
              "description": "version 2: uncompressed JSON wanted per page, in bytes "
              "(capped by the server)"},
    },
}
SYNC_RESPONSE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "v": {"type": "integer"},
        "r": {"type": "array", "items": {"anyOf": [
            result_schema(), {"description": "version 2: a version, [version, time deltas], "
                              "{cur} or {e}"}]}},
        "x": {"type": "array", "items": {"anyOf": [
            change_schema(), {"type": "array", "description": "version 2: "
                              "[kind, id, version, data, time deltas...]"}]}},
        "c": {"type": "integer"},
        "t": {"type": "integer", "description": "server time, ms (answers with r or x)"},
        "m": {"type": "boolean"},
        "z": {"type": "boolean"},
    },
}


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass
class SyncRequest:
    """One parsed sync request: its version, cursor, ops, and page limits."""

    version: int
    cursor: int
    ops: list[dict[str, Any]]
    n: int
    page_bytes: int | None = None  # version 2: what the client asked (``p``)


def parse_request(msg: Any) -> SyncRequest:
    """Validate the envelope or raise 4xx. Version 2 ops get their defaults back
    (``a``: put, ``b``: null), so they mean and digest the same as in version 1."""
    if not isinstance(msg, dict):
        raise ApiError(400, "bad_request", "The sync request must be a JSON object.")
    v = msg.get("v")
    if not _int(v):
        raise ApiError(400, "bad_request", "The sync request must state the protocol version v.")
    check_version(v)
    extra = sorted(set(msg) - (REQUEST_KEYS if v == V1 else REQUEST_KEYS_V2))
    if extra:
        raise ApiError(400, "unknown_fields", f"Unknown fields in sync request: {', '.join(extra)}.")
    cursor = msg.get("c", 0)
    if not _int(cursor) or cursor < 0 or cursor > 2**62:
        raise ApiError(400, "bad_request", "The cursor c must be a non-negative integer.")
    n = msg.get("n", DEFAULT_PAGE_SIZE if v == V1 else MAX_PAGE_SIZE)
    if not _int(n) or not 1 <= n <= MAX_PAGE_SIZE:
        raise ApiError(400, "bad_request", f"The page size n must be 1 to {MAX_PAGE_SIZE}.")
    p = msg.get("p", DEFAULT_PAGE_BYTES_V2)
    if not _int(p) or p < 1:
        raise ApiError(400, "bad_request", "The page bytes p must be a positive integer.")
    ops = msg.get("o", [])
    if not isinstance(ops, list):
        raise ApiError(400, "bad_request", "The outbox o must be a list of ops.")
    if v != V1:
        ops = [full_op(op) for op in ops]
    if len(ops) > MAX_OPS_PER_REQUEST:
        raise ApiError(413, "too_many_ops", f"Send at most {MAX_OPS_PER_REQUEST} ops per sync.")
    if v >= V3:  # a create comes without its UUID: its content is its key
        ops = [{**op, "u": create_key(op)} if isinstance(op, dict) and "u" not in op
               and is_create(op) else op for op in ops]
    uuids = set()
    for op in ops:
        if not isinstance(op, dict) or not isinstance(op.get("u"), str) \
                or not 0 < len(op["u"]) <= 64 or not op["u"].isprintable():
            raise ApiError(400, "bad_op", "Every op must be an object with a UUID u.")
        if op["u"] in uuids:
            raise ApiError(400, "bad_op", "The same op UUID appears twice in one request.")
        uuids.add(op["u"])
    return SyncRequest(v, cursor, ops, n, None if v == V1 else p)


class DeviceTracker:
    """Records each device's last sync, at most once a minute (keeps no-ops read-only)."""

    def __init__(self, db: Database, every: int = 60) -> None:
        self.db, self.every = db, every
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def due(self, viewer: Viewer) -> bool:
        """Would :meth:`seen` write now? (The fast path never writes.)"""
        return time.monotonic() - self._last.get(viewer.device_id, -1e9) >= self.every

    def seen(self, viewer: Viewer, cursor: int) -> None:
        t0 = time.monotonic()
        with self._lock:
            if t0 - self._last.get(viewer.device_id, -1e9) < self.every:
                return
            self._last[viewer.device_id] = t0
        with self.db.write_raw() as conn:
            conn.execute(update(t.devices).where(t.devices.c.id == viewer.device_id).values(
                last_sync=now(), last_cursor=cursor))


class SyncService:
    """Runs one sync exchange against the database (called off the event loop)."""

    def __init__(self, db: Database, settings: Settings, auth: Auth) -> None:
        self.db, self.settings, self.auth = db, settings, auth
        self.devices = DeviceTracker(db)
        self._limiter: anyio.CapacityLimiter | None = None
        self.crash = CrashPoints.from_env()  # test-only; inert unless its env var is set
        self.probe = CounterProbe(db.engine, db.is_sqlite)
        #: SQLite's probe takes microseconds: the fast path runs on the event loop.
        self.fast_inline = db.is_sqlite
        self.fast_hits = 0  # no-op syncs answered by :meth:`fast` (for tests and benchmarks)

    def limiter(self) -> anyio.CapacityLimiter:
        """Worker threads for syncs: few, so that under load requests queue in
        order (fair, steady latency) instead of thrashing the GIL."""
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.settings.sync_threads)
        return self._limiter

    def fast(self, token: str, raw: bytes, content_encoding: str | None,
             accept_encoding: str | None) -> tuple[bytes, str | None] | None:
        """The answer to a no-op sync from an up-to-date client, or None: take the
        ordinary path (:meth:`handle`). See ``sync/server/fastpath.py``.

        Correct with several processes on one database: the head and the auth
        epoch are read from the database after the request arrived, so any write
        or revocation committed before it sends the request the ordinary way.
        """
        if len(raw) > FAST_MAX_BODY or self.crash.point is not None:
            return None
        try:
            req = parse_request(decode_json(raw, content_encoding, self.settings.max_inflated))
        except ApiError:
            return None  # the ordinary path says what is wrong, after checking the token
        if req.ops:
            return None
        try:
            top, epoch = self.probe.read()
        except Exception:  # noqa: BLE001 - busy or gone: the ordinary path copes or says so
            return None
        if req.cursor != top:
            return None
        viewer = self.auth.tokens.get(token_digest(token), epoch, now())
        if viewer is None or self.devices.due(viewer):
            return None
        self.fast_hits += 1
        return self.pack(self.body([], Page(cursor=top), req.version), req.version,
                         accept_encoding)

    def handle(self, token: str, raw: bytes, content_encoding: str | None,
               accept_encoding: str | None, try_fast: bool = False) -> tuple[bytes, str | None]:
        """Authenticate, decode, exchange and encode one sync request."""
        if try_fast:
            answer = self.fast(token, raw, content_encoding, accept_encoding)
            if answer is not None:
                return answer
        with self.db.read() as conn:
            # A no-op sync is one read transaction: token, head, (no) changes.
            viewer = self.auth.viewer_in(conn, token)
            msg = decode_json(raw, content_encoding, self.settings.max_inflated)
            req = parse_request(msg)
            if not req.ops:
                self.crash.hit("pull_page")
                page = self._pull(conn, viewer, req)
        if req.ops:
            body = self.exchange(viewer, req)
        else:
            body = self.encode([], page, viewer, req.version)
        return self.pack(body, req.version, accept_encoding)

    @staticmethod
    def pack(body: bytes, version: int, accept_encoding: str | None) -> tuple[bytes, str | None]:
        """Compress ``body`` for the client, if that makes it smaller."""
        accepted = parse_accept_encoding(accept_encoding)
        return compress(body, accepted or (V2_CODINGS if version != V1 else []))

    def _pull(self, conn: Any, viewer: Viewer, req: SyncRequest,
              known: set[tuple[str, str, int]] | frozenset = frozenset()) -> Page:
        """A page as big as the client's version allows: ~128 KiB of JSON for
        version 1, what the client asked (up to ``max_page_bytes``) for version 2."""
        limit = self.settings.page_bytes if req.page_bytes is None \
            else min(req.page_bytes, self.settings.max_page_bytes)
        return pull(conn, viewer, req.cursor, req.n, limit, known, version=req.version)

    def exchange(self, viewer: Viewer, req: SyncRequest) -> bytes:
        """Apply the ops (one write transaction), then pull a page (one read)."""
        results: list[dict[str, Any]] = []
        known: set[tuple[str, str, int]] = set()
        ops = req.ops
        if ops:
            with self.db.write() as tx:
                pusher = Pusher(tx, viewer)
                results = pusher.apply_all(ops)
                known = pusher.known
                self.crash.hit("push_before_commit")
            self.crash.hit("push_after_commit")
        with self.db.read() as conn:
            page = self._pull(conn, viewer, req, known)
        return self.encode(results, page, viewer, req.version)

    def encode(self, results: list[dict[str, Any]], page: Page, viewer: Viewer,
               version: int = PROTOCOL_VERSION) -> bytes:
        """The response body in the client's ``version``; empty lists and false flags
        are left out."""
        self.devices.seen(viewer, page.cursor)
        return self.body(results, page, version)

    @staticmethod
    def body(results: list[dict[str, Any]], page: Page, version: int) -> bytes:
        """The response body of :meth:`encode`, without noting the device's sync."""
        parts = [b'{"v":%d' % version]
        if results:
            parts.append(b',"r":' + dumps(results if version == V1 else compact_results(results)))
        if page.changes:
            parts.append(b',"x":[' + ",".join(page.changes).encode("utf-8") + b"]")
        if results or page.changes:
            # The server's clock, for the client to notice its own is wrong; a
            # no-op answer stays without it (it carries nothing to order).
            parts.append(b',"t":%d' % server_ms())
        parts.append(b',"c":%d' % page.cursor)
        if page.more:
            parts.append(b',"m":true')
        if page.reset:
            parts.append(b',"z":true')
        parts.append(b"}")
        return b"".join(parts)


def endpoint(auth: Auth, service: SyncService,
             settings: Settings) -> Callable[[Request], Awaitable[Response]]:
    """The handler of ``POST /v1/sync``: errors are raised (:class:`ApiError`), not answered."""

    async def sync(request: Request) -> Response:
        token = auth.bearer(request)
        raw = await read_body(request, settings.max_body)
        coding_in = request.headers.get("content-encoding")
        accept = request.headers.get("accept-encoding")
        answer = service.fast(token, raw, coding_in, accept) if service.fast_inline else None
        if answer is None:
            # One hop to a worker thread for everything else: each hop costs latency
            # under load, and this is the request every client sends most.
            answer = await anyio.to_thread.run_sync(
                service.handle, token, raw, coding_in, accept, not service.fast_inline,
                limiter=service.limiter())
        packed, coding = answer
        return Response(packed, headers={"content-encoding": coding} if coding else None)

    return sync


def router(auth: Auth, service: SyncService, settings: Settings) -> APIRouter:
    """The ``/v1/sync`` route (served through :class:`sync.server.app.ServerApp`'s
    short lane; the route keeps it in the OpenAPI document and behind FastAPI
    for any app that does not take the lane)."""
    r = APIRouter()
    handler = endpoint(auth, service, settings)

    @r.post(
        "/v1/sync",
        summary="One sync exchange: push the outbox, pull a page of changes",
        openapi_extra={
            "requestBody": {"required": True,
                            "content": {"application/json": {"schema": SYNC_REQUEST_SCHEMA}}},
        },
        responses={
            200: {"description": "results and changes",
                  "content": {"application/json": {"schema": SYNC_RESPONSE_SCHEMA}}},
            400: {"description": "malformed request"},
            401: {"description": "not signed in or token expired"},
            413: {"description": "request too large"},
            415: {"description": "unsupported Content-Encoding"},
            426: {"description": "client must be updated"},
        },
    )
    async def sync(request: Request) -> Response:
        return await handler(request)

    return r

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
from typing import Any

import anyio
import anyio.to_thread
from fastapi import APIRouter, Request
from sqlalchemy import update
from starlette.responses import Response

from sync.protocol import (
    DEFAULT_PAGE_SIZE, MAX_OPS_PER_REQUEST, MAX_PAGE_SIZE, PROTOCOL_VERSION, change_schema,
    compress, dumps, op_schema, parse_accept_encoding, result_schema,
)
from sync.server import schema as t
from sync.server.auth import Auth, check_version
from sync.server.crashpoints import CrashPoints
from sync.server.db import Database, now
from sync.server.http import ApiError, decode_json, read_body
from sync.server.pull import Page, pull
from sync.server.records import server_ms
from sync.server.scopes import Viewer
from sync.server.settings import Settings
from sync.server.writes import Pusher

REQUEST_KEYS = frozenset({"v", "c", "o", "n"})

SYNC_REQUEST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["v"],
    "additionalProperties": False,
    "properties": {
        "v": {"type": "integer", "enum": [PROTOCOL_VERSION],
              "description": "client protocol version (others get 426)"},
        "c": {"type": "integer", "minimum": 0, "description": "cursor"},
        "o": {"type": "array", "items": op_schema(), "maxItems": MAX_OPS_PER_REQUEST},
        "n": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
    },
}
SYNC_RESPONSE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "v": {"type": "integer"},
        "r": {"type": "array", "items": result_schema()},
        "x": {"type": "array", "items": change_schema()},
        "c": {"type": "integer"},
        "t": {"type": "integer", "description": "server time, ms (answers with r or x)"},
        "m": {"type": "boolean"},
        "z": {"type": "boolean"},
    },
}


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_request(msg: Any) -> tuple[int, list[dict[str, Any]], int]:
    """Validate the envelope; returns (cursor, ops, page size) or raises 4xx."""
    if not isinstance(msg, dict):
        raise ApiError(400, "bad_request", "The sync request must be a JSON object.")
    extra = sorted(set(msg) - REQUEST_KEYS)
    if extra:
        raise ApiError(400, "unknown_fields", f"Unknown fields in sync request: {', '.join(extra)}.")
    v = msg.get("v")
    if not _int(v):
        raise ApiError(400, "bad_request", "The sync request must state the protocol version v.")
    check_version(v)
    cursor = msg.get("c", 0)
    if not _int(cursor) or cursor < 0 or cursor > 2**62:
        raise ApiError(400, "bad_request", "The cursor c must be a non-negative integer.")
    n = msg.get("n", DEFAULT_PAGE_SIZE)
    if not _int(n) or not 1 <= n <= MAX_PAGE_SIZE:
        raise ApiError(400, "bad_request", f"The page size n must be 1 to {MAX_PAGE_SIZE}.")
    ops = msg.get("o", [])
    if not isinstance(ops, list):
        raise ApiError(400, "bad_request", "The outbox o must be a list of ops.")
    if len(ops) > MAX_OPS_PER_REQUEST:
        raise ApiError(413, "too_many_ops", f"Send at most {MAX_OPS_PER_REQUEST} ops per sync.")
    uuids = set()
    for op in ops:
        if not isinstance(op, dict) or not isinstance(op.get("u"), str) \
                or not 0 < len(op["u"]) <= 64 or not op["u"].isprintable():
            raise ApiError(400, "bad_op", "Every op must be an object with a UUID u.")
        if op["u"] in uuids:
            raise ApiError(400, "bad_op", "The same op UUID appears twice in one request.")
        uuids.add(op["u"])
    return cursor, ops, n


class DeviceTracker:
    """Records each device's last sync, at most once a minute (keeps no-ops read-only)."""

    def __init__(self, db: Database, every: int = 60) -> None:
        self.db, self.every = db, every
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

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

    def limiter(self) -> anyio.CapacityLimiter:
        """Worker threads for syncs: few, so that under load requests queue in
        order (fair, steady latency) instead of thrashing the GIL."""
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.settings.sync_threads)
        return self._limiter

    def handle(self, token: str, raw: bytes, content_encoding: str | None,
               accept_encoding: str | None) -> tuple[bytes, str | None]:
        """Authenticate, decode, exchange and encode one sync request."""
        with self.db.read() as conn:
            # A no-op sync is one read transaction: token, head, (no) changes.
            viewer = self.auth.viewer_in(conn, token)
            msg = decode_json(raw, content_encoding, self.settings.max_inflated)
            cursor, ops, n = parse_request(msg)
            if not ops:
                self.crash.hit("pull_page")
                page = pull(conn, viewer, cursor, n, self.settings.page_bytes)
        if ops:
            body = self.exchange(viewer, cursor, ops, n)
        else:
            body = self.encode([], page, viewer)
        return compress(body, parse_accept_encoding(accept_encoding))

    def exchange(self, viewer: Viewer, cursor: int, ops: list[dict[str, Any]], n: int) -> bytes:
        """Apply ``ops`` (one write transaction), then pull a page (one read)."""
        results: list[dict[str, Any]] = []
        known: set[tuple[str, str, int]] = set()
        if ops:
            with self.db.write() as tx:
                pusher = Pusher(tx, viewer)
                results = pusher.apply_all(ops)
                known = pusher.known
                self.crash.hit("push_before_commit")
            self.crash.hit("push_after_commit")
        with self.db.read() as conn:
            page = pull(conn, viewer, cursor, n, self.settings.page_bytes, known)
        return self.encode(results, page, viewer)

    def encode(self, results: list[dict[str, Any]], page: Page, viewer: Viewer) -> bytes:
        """The response body; empty lists and false flags are left out."""
        self.devices.seen(viewer, page.cursor)
        parts = [b'{"v":%d' % PROTOCOL_VERSION]
        if results:
            parts.append(b',"r":' + dumps(results))
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


def router(auth: Auth, service: SyncService, settings: Settings) -> APIRouter:
    """The ``/v1/sync`` route."""
    r = APIRouter()

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
        token = auth.bearer(request)
        raw = await read_body(request, settings.max_body)
        # One hop to a worker thread for everything else: each hop costs latency
        # under load, and this is the request every client sends most.
        packed, coding = await anyio.to_thread.run_sync(
            service.handle, token, raw, request.headers.get("content-encoding"),
            request.headers.get("accept-encoding"), limiter=service.limiter())
        return Response(packed, headers={"content-encoding": coding} if coding else None)

    return r

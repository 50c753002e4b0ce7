"""``GET``/``HEAD /v1/blobs/<sha256>``: downloads with HTTP Range and a strong ETag.

A blob's bytes never change, so its sha256 is a strong validator: ``ETag`` is
the quoted hash, ``If-Range`` and ``If-None-Match`` compare against it, and a
dropped download resumes with ``Range: bytes=<have>-``. Blobs are stored as
plain files, so Starlette's ``FileResponse`` serves them: single and multiple
ranges, ``If-Range`` and ``HEAD``. Blobs in S3 go through the same response
(:class:`StoreResponse`), reading from one ranged ``GetObject`` instead of a
file, so the server's authorization and answers stay exactly the same.

``POST /v1/blobs/batch`` sends many small blobs in one answer, a stream of
frames (``sync.protocol.frame_head``), so a course of 200 images costs a few
requests instead of 200 round trips. Each named blob is checked exactly as a
``GET`` is; one the caller may not read gets a refused frame, the same for "no
such blob" and "not yours". A blob may start at an offset (the client resumes
a blob a dropped connection cut, keeping the bytes it has).

``GET /v1/blobs/<sha256>?base=<sha256>`` asks for a changed file as a delta
from the version the client holds (``sync.server.deltas``): the answer names
its base in ``X-Delta-Base`` and has its own ETag, so Range resume works on
it as on any blob; without a delta for that base it is the whole blob.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from fastapi import Path as PathParam
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse, Response, StreamingResponse

from sync import delta, protocol
from sync.server import blobstore, deltas
from sync.server.auth import Auth
from sync.server.blob_backends import BlobStore
from sync.server.db import Database
from sync.server.http import ApiError, read_json
from sync.server.scopes import Viewer
from sync.server.settings import Settings

SHA_PATTERN = "^[0-9a-f]{64}$"
STREAM_CHUNK = 64 * 1024
#: One planned frame: hash, offset (None: refused) and length of the bytes sent.
Frame = tuple[str, int | None, int]


def router(auth: Auth, db: Database, settings: Settings) -> APIRouter:
    """The blob download routes."""
    r = APIRouter()
    store = settings.blob_store

    def allowed(viewer: Viewer, sha: str) -> bool:
        with db.read() as conn:
            return blobstore.visible(conn, viewer, sha)

    async def serve(request: Request, sha256: str) -> Response:
        viewer = await auth.authenticate(request)
        if not blobstore.is_sha256(sha256):
            raise ApiError(400, "bad_hash", "A blob is named by 64 lowercase hex digits.")
        if not await run_in_threadpool(allowed, viewer, sha256):
            # Same answer for "no such blob" and "not yours": no probing other scopes.
            raise ApiError(404, "not_found", "No such file, or it is not shared with you.")
        base = request.query_params.get(protocol.DELTA_BASE_PARAM)
        if base is not None and blobstore.is_sha256(base) and base != sha256:
            patch = await run_in_threadpool(update_from, sha256, base)
            if patch is not None:
                return FileResponse(patch, media_type="application/octet-stream", headers={
                    "ETag": delta.etag(base, sha256), "Accept-Ranges": "bytes",
                    protocol.DELTA_HEADER: base, "Cache-Control": "private, no-store"})
        size = await run_in_threadpool(store.size, sha256)
        if size is None:
            raise ApiError(404, "not_found", "The file is missing on the server.")
        etag = f'"{sha256}"'
        headers = {"ETag": etag, "Accept-Ranges": "bytes",
                   "Cache-Control": "private, max-age=31536000, immutable"}
        inm = request.headers.get("if-none-match")
        if inm and (inm.strip() == "*" or etag in [x.strip() for x in inm.split(",")]):
            return Response(status_code=304, headers=headers)
        # Range, If-Range (against our ETag, which FileResponse keeps) and HEAD.
        path = store.local_path(sha256)
        if path is not None:
            return FileResponse(path, headers=headers, media_type="application/octet-stream",
                                stat_result=os.stat(path))
        return StoreResponse(store, sha256, size, headers)

    def update_from(sha: str, base: str) -> Path | None:
        """The delta from ``base`` when it is a kept earlier version of this file."""
        with db.read() as conn:
            if not deltas.allowed_base(conn, sha, base):
                return None
        return deltas.delta_file(settings.data_dir, store, sha, base)

    responses = {206: {"description": "partial content"}, 304: {"description": "not modified"},
                 404: {"description": "unknown or not shared"}, 416: {"description": "bad range"}}

    @r.get("/v1/blobs/{sha256}", summary="Download a blob (Range, If-Range, ETag)",
           responses=responses)
    async def get_blob(request: Request, sha256: Annotated[str, PathParam(pattern=SHA_PATTERN)],
                       range_: Annotated[str | None, Header(alias="Range")] = None) -> Response:
        return await serve(request, sha256)

    @r.head("/v1/blobs/{sha256}", summary="Size and ETag of a blob", responses=responses)
    async def head_blob(request: Request,
                        sha256: Annotated[str, PathParam(pattern=SHA_PATTERN)]) -> Response:
        return await serve(request, sha256)

    @r.post(protocol.BLOBS_BATCH_PATH, summary="Download many blobs as one framed stream",
            responses={400: {"description": "bad list"}})
    async def batch(request: Request) -> Response:
        viewer = await auth.authenticate(request)
        wanted = _batch_request(await read_json(request, settings.max_body,
                                                settings.max_inflated))
        frames = await run_in_threadpool(plan, viewer, wanted)
        length = sum(len(protocol.frame_head(sha, off, n)) + n for sha, off, n in frames)
        return StreamingResponse(_stream(store, frames), media_type=protocol.BATCH_MEDIA_TYPE,
                                 headers={"Content-Length": str(length),
                                          "Cache-Control": "private, no-store"})

    def plan(viewer: Viewer, wanted: list[tuple[str, int]]) -> list[Frame]:
        """Authorise and size every named blob before the first byte goes out."""
        frames: list[Frame] = []
        with db.read() as conn:
            for sha, offset in wanted:
                size = None
                if blobstore.visible(conn, viewer, sha):
                    # A local file is checked (a row without its file is refused, as
                    # GET answers 404); an object store is trusted to hold what its
                    # rows say (the bytes go in first), sparing a HEAD per blob.
                    size = store.size(sha) if store.kind == "fs" else blobstore.size_of(conn, sha)
                if size is None:
                    frames.append((sha, None, 0))
                else:
                    start = offset if offset <= size else 0  # a bad offset: the whole blob
                    frames.append((sha, start, size - start))
        sending = [sha for sha, start, n in frames if start is not None and n]
        if sending and store.kind != "fs":
            store.size(sending[0])  # a store that is down: 503 now, not a cut stream later
        return frames

    return r


def _batch_request(body: Any) -> list[tuple[str, int]]:
    """``{"b": [sha, ...], "o": {sha: offset}}`` as ``[(sha, offset)]``, duplicates dropped."""
    if not isinstance(body, dict) or not isinstance(body.get("b"), list):
        raise ApiError(400, "bad_request", 'A batch names its blobs: {"b": [sha256, ...]}.')
    shas, offsets = body["b"], body.get("o", {})
    if not isinstance(offsets, dict):
        raise ApiError(400, "bad_request", '"o" maps a blob to the offset to start at.')
    if len(shas) > protocol.MAX_BATCH_BLOBS:
        raise ApiError(400, "too_many", f"At most {protocol.MAX_BATCH_BLOBS} blobs per batch.")
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for sha in shas:
        offset = offsets.get(sha, 0) if isinstance(sha, str) else 0
        if not blobstore.is_sha256(sha) or type(offset) is not int or offset < 0:
            raise ApiError(400, "bad_hash", "A blob is named by 64 lowercase hex digits, "
                           "its offset by a whole number.")
        if sha not in seen:
            seen.add(sha)
            out.append((sha, offset))
    return out


async def _stream(store: BlobStore, frames: list[Frame]) -> AsyncIterator[bytes]:
    """Each frame's head, then its bytes, read in a thread a chunk at a time."""
    for sha, offset, length in frames:
        yield protocol.frame_head(sha, offset, length)
        if offset is None or not length:
            continue
        # A blob that vanished since ``plan`` (or a store that went away) ends the
        # answer short: the client sees a cut connection and asks again.
        chunks = await run_in_threadpool(store.read_range, sha, offset, length)
        while (chunk := await run_in_threadpool(next, chunks, None)) is not None:
            yield chunk


class StoreResponse(FileResponse):
    """``FileResponse`` over a blob in a store without local files (S3).

    Starlette's Range, multiple ranges, If-Range and HEAD handling is kept
    whole; only where the bytes come from changes: ``_open_file`` gives an
    object whose reads come from one ranged ``GetObject`` per seek.
    """

    def __init__(self, store: BlobStore, sha: str, size: int, headers: dict[str, str]) -> None:
        stat = os.stat_result((0o100644, 0, 0, 1, 0, 0, size, 0, 0, 0))
        super().__init__(f"{sha}.blob", headers=headers, media_type="application/octet-stream",
                         stat_result=stat)
        self.store, self.sha, self.size = store, sha, size

    # Starlette reads through this private hook (1.x); if it goes, the S3 Range
    # tests in tests/server/test_blobs_s3.py fail rather than serving wrong bytes.
    @asynccontextmanager
    async def _open_file(self) -> AsyncIterator[Any]:
        yield _StoreFile(self.store, self.sha, self.size)


class _StoreFile:
    """The async file interface ``FileResponse`` reads through: ``seek`` and ``read``."""

    def __init__(self, store: BlobStore, sha: str, size: int) -> None:
        self.store, self.sha, self.size = store, sha, size
        self.pos = 0
        self.chunks: Iterator[bytes] | None = None
        self.rest = b""

    async def seek(self, pos: int) -> None:
        self.pos, self.chunks, self.rest = pos, None, b""

    async def read(self, n: int) -> bytes:
        if self.chunks is None:
            self.chunks = await run_in_threadpool(self.store.read_range, self.sha, self.pos,
                                                  self.size - self.pos)
        while len(self.rest) < n:
            chunk = await run_in_threadpool(next, self.chunks, None)
            if chunk is None:
                break
            self.rest += chunk
        out, self.rest = self.rest[:n], self.rest[n:]
        self.pos += len(out)
        return out

"""``GET``/``HEAD /v1/blobs/<sha256>``: downloads with HTTP Range and a strong ETag.

A blob's bytes never change, so its sha256 is a strong validator: ``ETag`` is
the quoted hash, ``If-Range`` and ``If-None-Match`` compare against it, and a
dropped download resumes with ``Range: bytes=<have>-``. Blobs are stored as
plain files, so Starlette's ``FileResponse`` serves them: single and multiple
ranges, ``If-Range`` and ``HEAD``.

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
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from fastapi import Path as PathParam
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse, Response, StreamingResponse

from sync import delta, protocol
from sync.server import blobstore, deltas
from sync.server.auth import Auth
from sync.server.db import Database
from sync.server.http import ApiError, read_json
from sync.server.scopes import Viewer
from sync.server.settings import Settings

SHA_PATTERN = "^[0-9a-f]{64}$"
STREAM_CHUNK = 64 * 1024
#: One planned frame: hash, offset (None: refused), path and length of the bytes sent.
Frame = tuple[str, int | None, str | None, int]


def router(auth: Auth, db: Database, settings: Settings) -> APIRouter:
    """The blob download routes."""
    r = APIRouter()

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
        path = blobstore.blob_path(settings.blob_dir, sha256)
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            raise ApiError(404, "not_found", "The file is missing on the server.") from None
        etag = f'"{sha256}"'
        headers = {"ETag": etag, "Accept-Ranges": "bytes",
                   "Cache-Control": "private, max-age=31536000, immutable"}
        inm = request.headers.get("if-none-match")
        if inm and (inm.strip() == "*" or etag in [x.strip() for x in inm.split(",")]):
            return Response(status_code=304, headers=headers)
        # Range, If-Range (against our ETag, which FileResponse keeps) and HEAD.
        return FileResponse(path, headers=headers, media_type="application/octet-stream",
                            stat_result=stat)

    def update_from(sha: str, base: str) -> Path | None:
        """The delta from ``base`` when it is a kept earlier version of this file."""
        with db.read() as conn:
            if not deltas.allowed_base(conn, sha, base):
                return None
        return deltas.delta_file(settings.data_dir, settings.blob_dir, sha, base)

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
        length = sum(len(protocol.frame_head(sha, off, n)) + n for sha, off, _, n in frames)
        return StreamingResponse(_stream(frames), media_type=protocol.BATCH_MEDIA_TYPE,
                                 headers={"Content-Length": str(length),
                                          "Cache-Control": "private, no-store"})

    def plan(viewer: Viewer, wanted: list[tuple[str, int]]) -> list[Frame]:
        """Authorise and size every named blob before the first byte goes out."""
        frames: list[Frame] = []
        with db.read() as conn:
            for sha, offset in wanted:
                size = None
                if blobstore.visible(conn, viewer, sha):
                    path = blobstore.blob_path(settings.blob_dir, sha)
                    try:
                        size = os.stat(path).st_size
                    except FileNotFoundError:
                        pass  # a row without its file: refused, as GET answers 404
                if size is None:
                    frames.append((sha, None, None, 0))
                else:
                    start = offset if offset <= size else 0  # a bad offset: the whole blob
                    frames.append((sha, start, str(path), size - start))
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


async def _stream(frames: list[Frame]) -> AsyncIterator[bytes]:
    """Each frame's head, then its bytes, read in a thread a chunk at a time."""
    for sha, offset, path, length in frames:
        yield protocol.frame_head(sha, offset, length)
        if path is None or not length:
            continue
        # A file that vanished since ``plan`` ends the answer short: the client
        # sees a cut connection and asks again, and then gets a refused frame.
        fh = await run_in_threadpool(open, path, "rb")
        try:
            await run_in_threadpool(fh.seek, offset)
            left = length
            while left:
                chunk = await run_in_threadpool(fh.read, min(STREAM_CHUNK, left))
                if not chunk:
                    raise OSError(f"blob {sha} shorter than planned")
                left -= len(chunk)
                yield chunk
        finally:
            fh.close()

"""``GET``/``HEAD /v1/blobs/<sha256>``: downloads with HTTP Range and a strong ETag.

A blob's bytes never change, so its sha256 is a strong validator: ``ETag`` is
the quoted hash, ``If-Range`` and ``If-None-Match`` compare against it, and a
dropped download resumes with ``Range: bytes=<have>-``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path as FsPath
from typing import Annotated

from fastapi import APIRouter, Header, Path, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response, StreamingResponse

from sync.server import blobstore
from sync.server.auth import Auth
from sync.server.db import Database
from sync.server.http import ApiError
from sync.server.scopes import Viewer
from sync.server.settings import Settings

SHA_PATTERN = "^[0-9a-f]{64}$"
RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """``(first, last)`` inclusive for a single byte range; ``None`` to send it all.

    Raises 416 for a range that lies wholly outside the blob.
    """
    m = RANGE_RE.match(header.strip().replace(" ", ""))
    if not m:
        return None  # multi-range or malformed: RFC 9110 lets us ignore it
    first_s, last_s = m.groups()
    if not first_s and not last_s:
        return None
    if not first_s:  # suffix range: the last N bytes
        n = int(last_s)
        if n == 0:
            raise ApiError(416, "bad_range", "The requested range is empty.",
                           {"Content-Range": f"bytes */{size}"})
        return max(0, size - n), size - 1
    first = int(first_s)
    last = int(last_s) if last_s else size - 1
    if first >= size or last < first:
        raise ApiError(416, "bad_range", "The requested range is outside the file.",
                       {"Content-Range": f"bytes */{size}"})
    return first, min(last, size - 1)


def _stream(path: FsPath, first: int, length: int) -> Iterator[bytes]:
    with open(path, "rb") as f:
        f.seek(first)
        left = length
        while left > 0:
            chunk = f.read(min(CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk


def router(auth: Auth, db: Database, settings: Settings) -> APIRouter:
    """The blob download routes."""
    r = APIRouter()

    def allowed(viewer: Viewer, sha: str) -> bool:
        with db.read() as conn:
            return blobstore.visible(conn, viewer, sha)

    async def serve(request: Request, sha256: str, head_only: bool) -> Response:
        viewer = await auth.authenticate(request)
        if not blobstore.is_sha256(sha256):
            raise ApiError(400, "bad_hash", "A blob is named by 64 lowercase hex digits.")
        if not await run_in_threadpool(allowed, viewer, sha256):
            # Same answer for "no such blob" and "not yours": no probing other scopes.
            raise ApiError(404, "not_found", "No such file, or it is not shared with you.")
        path = blobstore.blob_path(settings.blob_dir, sha256)
        try:
            size = os.stat(path).st_size
        except FileNotFoundError:
            raise ApiError(404, "not_found", "The file is missing on the server.") from None
        etag = f'"{sha256}"'
        headers = {"ETag": etag, "Accept-Ranges": "bytes",
                   "Cache-Control": "private, max-age=31536000, immutable"}
        inm = request.headers.get("if-none-match")
        if inm and (inm.strip() == "*" or etag in [x.strip() for x in inm.split(",")]):
            return Response(status_code=304, headers=headers)
        rng = request.headers.get("range")
        if_range = request.headers.get("if-range")
        span = None
        if rng and (if_range is None or if_range.strip() == etag):
            span = parse_range(rng, size)
        status, first, length = 200, 0, size
        if span is not None:
            first, last = span
            status, length = 206, last - first + 1
            headers["Content-Range"] = f"bytes {first}-{last}/{size}"
        headers["Content-Length"] = str(length)
        if head_only:
            return Response(status_code=status, headers=headers)
        return StreamingResponse(_stream(path, first, length), status_code=status,
                                 headers=headers, media_type="application/octet-stream")

    responses = {206: {"description": "partial content"}, 304: {"description": "not modified"},
                 404: {"description": "unknown or not shared"}, 416: {"description": "bad range"}}

    @r.get("/v1/blobs/{sha256}", summary="Download a blob (Range, If-Range, ETag)",
           responses=responses)
    async def get_blob(request: Request, sha256: Annotated[str, Path(pattern=SHA_PATTERN)],
                       range_: Annotated[str | None, Header(alias="Range")] = None) -> Response:
        return await serve(request, sha256, head_only=False)

    @r.head("/v1/blobs/{sha256}", summary="Size and ETag of a blob", responses=responses)
    async def head_blob(request: Request,
                        sha256: Annotated[str, Path(pattern=SHA_PATTERN)]) -> Response:
        return await serve(request, sha256, head_only=True)

    return r

"""``GET``/``HEAD /v1/blobs/<sha256>``: downloads with HTTP Range and a strong ETag.

A blob's bytes never change, so its sha256 is a strong validator: ``ETag`` is
the quoted hash, ``If-Range`` and ``If-None-Match`` compare against it, and a
dropped download resumes with ``Range: bytes=<have>-``. Blobs are stored as
plain files, so Starlette's ``FileResponse`` serves them: single and multiple
ranges, ``If-Range`` and ``HEAD``.
"""

from __future__ import annotations

import os
from typing import Annotated

from fastapi import APIRouter, Header, Path, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse, Response

from sync.server import blobstore
from sync.server.auth import Auth
from sync.server.db import Database
from sync.server.http import ApiError
from sync.server.scopes import Viewer
from sync.server.settings import Settings

SHA_PATTERN = "^[0-9a-f]{64}$"


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

    responses = {206: {"description": "partial content"}, 304: {"description": "not modified"},
                 404: {"description": "unknown or not shared"}, 416: {"description": "bad range"}}

    @r.get("/v1/blobs/{sha256}", summary="Download a blob (Range, If-Range, ETag)",
           responses=responses)
    async def get_blob(request: Request, sha256: Annotated[str, Path(pattern=SHA_PATTERN)],
                       range_: Annotated[str | None, Header(alias="Range")] = None) -> Response:
        return await serve(request, sha256)

    @r.head("/v1/blobs/{sha256}", summary="Size and ETag of a blob", responses=responses)
    async def head_blob(request: Request,
                        sha256: Annotated[str, Path(pattern=SHA_PATTERN)]) -> Response:
        return await serve(request, sha256)

    return r

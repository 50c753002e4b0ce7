"""Resumable blob uploads: tus 1.0.0 core + creation + checksum + termination.

Why our own ~300 lines rather than ``tuspyserver``: we need three things it
does not give us as hooks — our bearer-token auth and per-user ownership of an
upload, a sha256 declared up front (``Upload-Metadata: sha256 <b64>``) so an
upload of a blob the server already has completes at creation with no bytes
sent (only for a user who may already reference it: a hash alone proves
nothing), and hash verification before a blob becomes visible (a mismatch is
discarded, never stored). It also keeps blobs in our content-addressed store.

Flow::

    POST  /v1/uploads          Upload-Length, Upload-Metadata (sha256 required),
                               [Idempotency-Key: a repeat gets the same upload]
          -> 201 Location: /v1/uploads/<id>, Upload-Offset (== length if we have it
             and the caller may already reference it)
    HEAD  /v1/uploads/<id>     -> Upload-Offset, Upload-Length
    PATCH /v1/uploads/<id>     Upload-Offset, [Upload-Checksum: sha1|sha256|md5 <b64>]
          -> 204 Upload-Offset; at the last byte the whole file is hashed
    DELETE /v1/uploads/<id>    abandon an upload
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import logging
import os
import re
import secrets
from collections import defaultdict
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect
from starlette.responses import Response

from sync.server import blobstore, tus_s3
from sync.server import schema as t
from sync.server.auth import Auth
from sync.server.blob_backends import S3BlobStore
from sync.server.db import Database, now
from sync.server.http import ApiError
from sync.server.scopes import Viewer
from sync.server.settings import Settings
from sync.server.tus_s3 import S3Uploads

log = logging.getLogger("tutorclient.server.tus")

TUS_VERSION = "1.0.0"
CHECKSUMS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "md5": hashlib.md5}
STALE_AFTER = 7 * 86400
KEY_RE = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def parse_metadata(header: str) -> dict[str, str]:
    """Decode ``Upload-Metadata`` (``key b64,key b64``); 400 if malformed."""
    out: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in header.split(","))):
        key, _, value = pair.partition(" ")
        try:
            out[key] = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise ApiError(400, "bad_metadata", f"Upload-Metadata value of {key!r} is not "
                           "base64 UTF-8.") from None
    return out


def _int_header(request: Request, name: str) -> int | None:
    raw = request.headers.get(name)
    if raw is None:
        return None
    if not raw.isdigit() or len(raw) > 18:
        raise ApiError(400, "bad_header", f"{name} must be a non-negative integer.")
    return int(raw)


class TusStore:
    """Upload rows and part files; every method runs off the event loop."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.db, self.settings = db, settings
        self.blobs = settings.blob_store
        #: With S3, uploads are S3 multipart uploads and their offsets live in the
        #: database (sync/server/tus_s3.py); else part files under ``upload_dir``.
        self.s3 = S3Uploads(db, self.blobs) if isinstance(self.blobs, S3BlobStore) else None
        #: Part files: one PATCH at a time per upload in this process (a shared
        #: upload_dir with several workers relies on tus clients sending one at a
        #: time). S3: the offset's compare-and-set guards across workers.
        self.locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    def part(self, upload_id: str) -> Path:
        return self.settings.upload_dir / f"{upload_id}.part"

    def create(self, viewer: Viewer, sha: str, length: int, filename: str | None,
               key: str | None = None) -> dict[str, Any]:
        """Make an upload; with ``key``, a repeat of the same creation gets the same one."""
        try:
            return self._create(viewer, sha, length, filename, key)
        except IntegrityError:
            if key is None:
                raise
            # The same creation raced in on another connection (PostgreSQL): its upload.
            with self.db.write_raw() as conn:
                again = self._repeat(conn, viewer, key, sha, length)
            if again is None:
                raise
            return again

    def _repeat(self, conn: Any, viewer: Viewer, key: str, sha: str,
                length: int) -> dict[str, Any] | None:
        """The upload an earlier creation with ``key`` made, or None to make one."""
        k = t.upload_keys
        made = conn.execute(select(k).where(k.c.user_id == viewer.id, k.c.key == key)).first()
        if made is None:
            return None
        if (made.sha256, int(made.length)) != (sha, length):
            raise ApiError(422, "idempotency_key_reused", "This Idempotency-Key was used for "
                           "another file; send a new key.")
        row = conn.execute(select(t.uploads).where(t.uploads.c.id == made.upload_id)).first()
        offset = None
        if row is not None:
            try:
                offset = self.offset(row)
            except ApiError:
                offset = None  # its part file is gone: start over below
        if offset is None:
            # Abandoned, purged or discarded since: forget it and make a fresh upload.
            conn.execute(delete(k).where(k.c.user_id == viewer.id, k.c.key == key))
            return None
        return {"id": row.id, "offset": offset}

    def _create(self, viewer: Viewer, sha: str, length: int, filename: str | None,
                key: str | None) -> dict[str, Any]:
        s = self.settings
        with self.db.write_raw() as conn:
            self._purge_stale(conn, viewer.id)
            if key is not None:
                again = self._repeat(conn, viewer, key, sha, length)
                if again is not None:
                    return again
            upload_id = secrets.token_hex(12)
            # Knowing a hash proves nothing: the dedup shortcut is only for a
            # user who may already reference the blob (they uploaded it, or can
            # read a record that links it). Anyone else sends the bytes, and
            # gets exactly the answers of a new upload, so the server's store
            # cannot be probed by hash either.
            have = blobstore.size_of(conn, sha)
            if have is not None and not blobstore.usable(conn, viewer, sha):
                have = None
            if have is not None and have != length:
                raise ApiError(400, "bad_length", "Upload-Length differs from the stored file "
                               "with that sha256.")
            if key is not None:  # first, so a racing twin fails before touching any file
                conn.execute(insert(t.upload_keys).values(
                    user_id=viewer.id, key=key, upload_id=upload_id, sha256=sha, length=length,
                    created_at=now()))
            if have is None:
                used = conn.execute(select(t.accounts.c.bytes_uploaded).where(
                    t.accounts.c.id == viewer.id)).scalar_one()
                if used + length > s.user_quota:
                    log.warning("rejected upload: user=%s over quota (%d+%d)", viewer.username,
                                used, length)
                    raise ApiError(413, "quota_exceeded", "You have used your upload allowance; "
                                   "ask your coordinator for more space.")
                if self.s3 is None:
                    self.part(upload_id).touch()
            # No grant for the shortcut: a grant is proof of possession, given
            # only in finish() once the bytes arrived and hashed right. Access
            # that came from reading a record ends when that reading does.
            conn.execute(insert(t.uploads).values(
                id=upload_id, user_id=viewer.id, sha256=sha, length=length,
                offset=length if have is not None else 0,
                filename="".join(ch for ch in (filename or "") if ch.isprintable())[:255],
                complete=have is not None, created_at=now()))
        return {"id": upload_id, "offset": length if have is not None else 0}

    def _purge_stale(self, conn: Any, user_id: str) -> None:
        old = conn.execute(select(t.uploads.c.id).where(
            t.uploads.c.user_id == user_id, t.uploads.c.created_at < now() - STALE_AFTER)).all()
        for row in old:
            self._discard(conn, row.id)
            conn.execute(delete(t.uploads).where(t.uploads.c.id == row.id))
        conn.execute(delete(t.upload_keys).where(
            t.upload_keys.c.user_id == user_id, t.upload_keys.c.created_at < now() - STALE_AFTER))

    def get(self, viewer: Viewer, upload_id: str) -> Any:
        with self.db.read() as conn:
            row = conn.execute(select(t.uploads).where(t.uploads.c.id == upload_id)).first()
        if row is None or (row.user_id != viewer.id):
            raise ApiError(404, "not_found", "No such upload.")
        return row

    def _discard(self, conn: Any, upload_id: str) -> None:
        """The bytes of an unfinished upload: its part file, or its S3 parts and chunks."""
        if self.s3 is not None:
            self.s3.abort(conn, upload_id)
        else:
            self.part(upload_id).unlink(missing_ok=True)

    def offset(self, row: Any) -> int:
        if row.complete:
            return int(row.length)
        if self.s3 is not None:
            return int(row.offset)
        try:
            return self.part(row.id).stat().st_size
        except FileNotFoundError:
            raise ApiError(410, "gone", "This upload was abandoned; start a new one.") from None

    def finish(self, viewer: Viewer, row: Any) -> None:
        """Verify the whole file and move it into the blob store (or discard it)."""
        part = self.part(row.id)
        self._verified(viewer, row, blobstore.file_sha256(part))
        with self.db.write_raw() as conn:
            self.blobs.put_file(row.sha256, part, move=True)
            self._stored(conn, viewer, row)

    def finish_s3(self, viewer: Viewer, row: Any, offset: int, data: bytes) -> None:
        """The last bytes arrived (S3): assemble, verify and store the file, or discard it."""
        assert self.s3 is not None
        self._verified(viewer, row, self.s3.finish(row, offset, data))
        with self.db.write_raw() as conn:
            self.s3.mark_finished(conn, row, offset)
            self._stored(conn, viewer, row)

    def _verified(self, viewer: Viewer, row: Any, actual: str) -> None:
        """Discard an upload whose bytes do not hash to the declared sha256 (422)."""
        if actual != row.sha256:
            self.remove(row)
            log.warning("rejected upload: user=%s declared sha256 %s, got %s",
                        viewer.username, row.sha256, actual)
            raise ApiError(422, "hash_mismatch", "The file arrived damaged (its sha256 does "
                           "not match); it was discarded. Please send it again.")

    def _stored(self, conn: Any, viewer: Viewer, row: Any) -> None:
        """The verified bytes are in the store: the blob row, the grant, the quota."""
        added = blobstore.add_row(conn, row.sha256, int(row.length), viewer.id)
        blobstore.grant(conn, row.sha256, viewer.id)  # they sent the bytes: proof
        if added:
            conn.execute(update(t.accounts).where(t.accounts.c.id == viewer.id).values(
                bytes_uploaded=t.accounts.c.bytes_uploaded + int(row.length)))
        conn.execute(update(t.uploads).where(t.uploads.c.id == row.id).values(
            complete=True, offset=row.length))

    def remove(self, row: Any) -> None:
        with self.db.write_raw() as conn:
            self._discard(conn, row.id)
            conn.execute(delete(t.uploads).where(t.uploads.c.id == row.id))
            conn.execute(delete(t.upload_keys).where(t.upload_keys.c.upload_id == row.id))


def _headers(*names: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """OpenAPI ``parameters`` for tus request headers (we read them ourselves)."""
    schemas = {
        "Tus-Resumable": {"type": "string", "enum": [TUS_VERSION]},
        "Upload-Length": {"type": "string", "pattern": "^[0-9]{1,12}$"},
        "Upload-Offset": {"type": "string", "pattern": "^[0-9]{1,12}$"},
        "Upload-Metadata": {"type": "string", "description": "sha256 <b64>,filename <b64>"},
        "Upload-Checksum": {"type": "string", "description": "sha1|sha256|md5 <b64>"},
        "Idempotency-Key": {"type": "string", "pattern": "^[A-Za-z0-9._:-]{1,64}$",
                            "description": "a repeat with the same key gets the same upload"},
    }
    return {"parameters": [{"name": n, "in": "header", "required": n in required,
                            "schema": schemas[n]} for n in names]}


def router(auth: Auth, db: Database, settings: Settings) -> APIRouter:
    """The tus routes under ``/v1/uploads``."""
    r = APIRouter()
    store = TusStore(db, settings)
    base = {"Tus-Resumable": TUS_VERSION}

    def require_tus(request: Request) -> None:
        if request.headers.get("tus-resumable") != TUS_VERSION:
            raise ApiError(412, "tus_version", "Only tus 1.0.0 is supported.",
                           {"Tus-Version": TUS_VERSION})

    @r.options("/v1/uploads", status_code=204, summary="tus capabilities")
    async def options() -> Response:
        return Response(status_code=204, headers={
            **base, "Tus-Version": TUS_VERSION, "Tus-Max-Size": str(settings.max_upload),
            "Tus-Extension": "creation,checksum,termination",
            "Tus-Checksum-Algorithm": ",".join(CHECKSUMS)})

    @r.post("/v1/uploads", status_code=201, summary="Create an upload (tus creation)",
            openapi_extra=_headers("Tus-Resumable", "Upload-Length", "Upload-Metadata",
                                   "Idempotency-Key",
                                   required=("Tus-Resumable", "Upload-Length",
                                             "Upload-Metadata")),
            responses={400: {"description": "bad metadata"}, 412: {"description": "tus version"},
                       413: {"description": "too large or over quota"},
                       422: {"description": "Idempotency-Key reused for another file"}})
    async def create(request: Request) -> Response:
        viewer = await auth.authenticate(request)
        require_tus(request)
        length = _int_header(request, "upload-length")
        if length is None:
            raise ApiError(400, "bad_header", "Upload-Length is required (deferred length "
                           "is not supported).")
        if length > settings.max_upload:
            log.warning("rejected upload: user=%s length %d over limit", viewer.username, length)
            raise ApiError(413, "too_large", f"Files may be at most {settings.max_upload} bytes.")
        meta = parse_metadata(request.headers.get("upload-metadata", ""))
        sha = meta.get("sha256", "").lower()
        if not blobstore.is_sha256(sha):
            raise ApiError(400, "bad_metadata", "Upload-Metadata must carry the file's sha256 "
                           "as 64 hex digits.")
        key = request.headers.get("idempotency-key")
        if key is not None and not KEY_RE.match(key):
            raise ApiError(400, "bad_header", "Idempotency-Key must be 1-64 letters, digits "
                           "or ._:- characters.")
        made = await run_in_threadpool(store.create, viewer, sha, length, meta.get("filename"),
                                       key)
        root = request.scope.get("root_path", "")
        return Response(status_code=201, headers={
            **base, "Location": f"{root}/v1/uploads/{made['id']}",
            "Upload-Offset": str(made["offset"])})

    @r.head("/v1/uploads/{upload_id}", summary="Offset of an upload (tus core)")
    async def head(request: Request, upload_id: str) -> Response:
        viewer = await auth.authenticate(request)
        row = await run_in_threadpool(store.get, viewer, upload_id)
        return Response(status_code=200, headers={
            **base, "Upload-Offset": str(store.offset(row)), "Upload-Length": str(row.length),
            "Cache-Control": "no-store"})

    @r.patch("/v1/uploads/{upload_id}", status_code=204, summary="Append bytes (tus core)",
             openapi_extra={**_headers("Tus-Resumable", "Upload-Offset", "Upload-Checksum",
                                       required=("Tus-Resumable", "Upload-Offset")),
                            "requestBody": {"content": {"application/offset+octet-stream": {
                                "schema": {"type": "string", "format": "binary"}}}}},
             responses={409: {"description": "offset mismatch"},
                        415: {"description": "wrong content type"},
                        422: {"description": "whole-file sha256 mismatch"},
                        460: {"description": "chunk checksum mismatch"}})
    async def patch(request: Request, upload_id: str) -> Response:
        viewer = await auth.authenticate(request)
        require_tus(request)
        if request.headers.get("content-type") != "application/offset+octet-stream":
            raise ApiError(415, "bad_content_type",
                           "PATCH bodies must be application/offset+octet-stream.")
        claimed = _int_header(request, "upload-offset")
        if claimed is None:
            raise ApiError(400, "bad_header", "Upload-Offset is required.")
        checksum = _parse_checksum(request.headers.get("upload-checksum"))
        async with store.locks[upload_id]:
            row = await run_in_threadpool(store.get, viewer, upload_id)
            offset = store.offset(row)
            if claimed != offset:
                raise ApiError(409, "offset_mismatch", "The upload is at another offset; ask "
                               "with HEAD and continue from there.", {"Upload-Offset": str(offset)})
            if store.s3 is not None:
                alg = CHECKSUMS[checksum[0]] if checksum else None
                offset = await tus_s3.receive(
                    request, store.s3, row, offset, (alg, checksum[1]) if checksum else None,
                    lambda at, data: store.finish_s3(viewer, row, at, data))
            else:
                offset = await _receive(request, store.part(row.id), offset, int(row.length),
                                        checksum, viewer)
                if offset == row.length:
                    await run_in_threadpool(store.finish, viewer, row)
        return Response(status_code=204, headers={**base, "Upload-Offset": str(offset)})

    @r.delete("/v1/uploads/{upload_id}", status_code=204, summary="Abandon an upload",
              openapi_extra=_headers("Tus-Resumable", required=("Tus-Resumable",)))
    async def terminate(request: Request, upload_id: str) -> Response:
        viewer = await auth.authenticate(request)
        require_tus(request)
        row = await run_in_threadpool(store.get, viewer, upload_id)
        await run_in_threadpool(store.remove, row)
        return Response(status_code=204, headers=base)

    return r


def _parse_checksum(header: str | None) -> tuple[str, bytes] | None:
    if not header:
        return None
    alg, _, b64 = header.strip().partition(" ")
    if alg not in CHECKSUMS:
        raise ApiError(400, "bad_checksum", f"Unsupported checksum algorithm {alg!r}.")
    try:
        return alg, base64.b64decode(b64.strip(), validate=True)
    except binascii.Error:
        raise ApiError(400, "bad_checksum", "Upload-Checksum is not base64.") from None


async def _receive(request: Request, part: Path, offset: int, length: int,
                   checksum: tuple[str, bytes] | None, viewer: Viewer) -> int:
    """Append the PATCH body to ``part``; returns the new offset.

    Without a checksum, bytes are kept as they arrive, so a dropped connection
    still advances the offset. With one, the chunk is kept only if it verifies.
    """
    room = length - offset
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > room:
        raise ApiError(413, "too_large", "The chunk goes past the declared Upload-Length.")
    digest = CHECKSUMS[checksum[0]]() if checksum else None
    buffered: list[bytes] = []
    received = 0
    with open(part, "ab") as f:
        try:
            async for chunk in request.stream():
                received += len(chunk)
                if received > room:
                    f.truncate(offset)
                    raise ApiError(413, "too_large", "The chunk goes past Upload-Length.")
                if digest is not None:
                    digest.update(chunk)
                    buffered.append(chunk)
                else:
                    f.write(chunk)
        except ClientDisconnect:
            f.flush()
            return os.fstat(f.fileno()).st_size if digest is None else offset
        if digest is not None:
            if digest.digest() != checksum[1]:
                log.warning("rejected chunk: user=%s checksum mismatch", viewer.username)
                raise ApiError(460, "checksum_mismatch", "The chunk arrived damaged; send it again.")
            f.write(b"".join(buffered))
        f.flush()
        return os.fstat(f.fileno()).st_size

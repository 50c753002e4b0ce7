"""tus uploads straight into S3 multipart uploads, resumable on any worker.

Bytes go to S3 as they arrive; no worker stages a whole file. S3 parts must
be at least 5 MiB (all but the last), so bytes short of a part wait in the
database (``upload_chunks``) until the next ones make a part; parts sent
are listed with their ETags (``upload_parts``). The upload's offset is the
``uploads.offset`` column, moved only by a compare-and-set on the old value,
so two workers given the same PATCH cannot both append: the second gets
``409 offset_mismatch`` and the client asks again with HEAD.

The last bytes are not saved until the file is whole and verified: the
final PATCH completes the multipart upload into ``uploads/<id>``, hashes it
by reading it back (one streamed GET), and copies it to its blob name. If
the store is down then, the PATCH fails with 503 and the offset stays short
of the length, so the client sends the last bytes again later and nothing
is taken for stored that is not.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request

from sync.server import schema as t
from sync.server.blob_backends import S3BlobStore
from sync.server.db import Database
from sync.server.http import ApiError

#: Bytes per S3 part: S3's minimum for every part but the last.
PART_SIZE = 5 * 1024 * 1024


class S3Uploads:
    """The S3 side of :class:`sync.server.tus.TusStore` (every method runs in a thread)."""

    def __init__(self, db: Database, store: S3BlobStore) -> None:
        self.db, self.store = db, store

    def pending(self, upload_id: str) -> int:
        """Bytes waiting in the database for the next part."""
        c = t.upload_chunks
        with self.db.read() as conn:
            return int(conn.execute(select(func.coalesce(func.sum(func.length(c.c.data)), 0))
                                    .where(c.c.upload_id == upload_id)).scalar_one())

    def _advance(self, conn: Any, upload_id: str, old: int, new: int) -> None:
        """Move the offset from ``old`` to ``new``, or 409 if another request moved it."""
        done = conn.execute(update(t.uploads).where(
            t.uploads.c.id == upload_id, t.uploads.c.offset == old).values(offset=new))
        if done.rowcount != 1:
            raise ApiError(409, "offset_mismatch", "The upload moved on meanwhile; ask with "
                           "HEAD and continue from there.")

    def _tail(self, conn: Any, upload_id: str) -> bytes:
        c = t.upload_chunks
        return b"".join(r.data for r in conn.execute(
            select(c.c.data).where(c.c.upload_id == upload_id).order_by(c.c.offset)))

    def _parts(self, conn: Any, upload_id: str) -> list[Any]:
        p = t.upload_parts
        return conn.execute(select(p).where(p.c.upload_id == upload_id)
                            .order_by(p.c.number)).all()

    def save_chunk(self, upload_id: str, offset: int, data: bytes) -> int:
        """Keep bytes short of a part in the database; returns the new offset."""
        with self.db.write_raw() as conn:
            self._advance(conn, upload_id, offset, offset + len(data))
            conn.execute(insert(t.upload_chunks).values(upload_id=upload_id, offset=offset,
                                                        data=data))
        return offset + len(data)

    def _send_part(self, upload_id: str, body: bytes) -> tuple[str, int, str]:
        """Send ``body`` as the next part; returns (multipart id, part number, ETag)."""
        with self.db.read() as conn:
            parts = self._parts(conn, upload_id)
        if parts:
            multipart = parts[0].multipart_id
        else:
            multipart = self.store.call("create_multipart_upload",
                                        Key=self.store.upload_key(upload_id))["UploadId"]
        number = len(parts) + 1
        etag = self.store.call("upload_part", Key=self.store.upload_key(upload_id),
                               UploadId=multipart, PartNumber=number, Body=body)["ETag"]
        return multipart, number, etag

    def flush_part(self, upload_id: str, offset: int, data: bytes) -> int:
        """Send the waiting bytes plus ``data`` as one part; returns the new offset."""
        with self.db.read() as conn:
            body = self._tail(conn, upload_id) + data
        multipart, number, etag = self._send_part(upload_id, body)
        with self.db.write_raw() as conn:
            self._advance(conn, upload_id, offset, offset + len(data))
            conn.execute(delete(t.upload_chunks).where(t.upload_chunks.c.upload_id == upload_id))
            conn.execute(insert(t.upload_parts).values(
                upload_id=upload_id, number=number, multipart_id=multipart, etag=etag,
                size=len(body)))
        return offset + len(data)

    def finish(self, row: Any, offset: int, data: bytes) -> str:
        """Assemble the whole file in S3 and hash it; returns its sha256.

        On a match the bytes are under the blob's name when this returns; the
        caller records the blob. The offset is moved to the length only then.
        """
        with self.db.read() as conn:
            tail = self._tail(conn, row.id) + data
            parts = self._parts(conn, row.id)
        if not parts:  # smaller than a part: one PUT, hashed here
            actual = hashlib.sha256(tail).hexdigest()
            if actual == row.sha256 and self.store.size(row.sha256) is None:
                self.store.put_bytes(row.sha256, tail)
            return actual
        listed = [{"PartNumber": p.number, "ETag": p.etag} for p in parts]
        multipart = parts[0].multipart_id
        if tail:
            _, number, etag = self._send_part(row.id, tail)
            listed.append({"PartNumber": number, "ETag": etag})
        staged = self.store.upload_key(row.id)
        self.store.call("complete_multipart_upload", Key=staged, UploadId=multipart,
                        MultipartUpload={"Parts": listed})
        h = hashlib.sha256()
        for chunk in self.store.read_key(staged, 0, int(row.length)):
            h.update(chunk)
        actual = h.hexdigest()
        if actual == row.sha256 and self.store.size(row.sha256) is None:
            self.store.call("copy_object", Key=self.store.key(row.sha256),
                            CopySource={"Bucket": self.store.bucket, "Key": staged})
        self.store.call("delete_object", Key=staged)
        return actual

    def mark_finished(self, conn: Any, row: Any, offset: int) -> None:
        """In the caller's transaction: the offset to the length, the staging rows gone."""
        self._advance(conn, row.id, offset, int(row.length))
        self.forget(conn, row.id)

    def forget(self, conn: Any, upload_id: str) -> None:
        conn.execute(delete(t.upload_chunks).where(t.upload_chunks.c.upload_id == upload_id))
        conn.execute(delete(t.upload_parts).where(t.upload_parts.c.upload_id == upload_id))

    def abort(self, conn: Any, upload_id: str) -> None:
        """Drop an unfinished upload's parts in S3 (best effort) and its staging rows."""
        parts = self._parts(conn, upload_id)
        if parts:
            try:
                self.store.call("abort_multipart_upload", Key=self.store.upload_key(upload_id),
                                UploadId=parts[0].multipart_id)
            except Exception:  # noqa: BLE001 - gone already, or the store is down: S3's
                pass  # lifecycle rule for incomplete uploads cleans up (docs/deploy.md)
        self.forget(conn, upload_id)


async def receive(request: Request, uploads: S3Uploads, row: Any, offset: int,
                  checksum: tuple[Any, bytes] | None, on_whole: Any) -> int:
    """Take a PATCH body into S3; returns the new offset.

    Without a checksum, bytes are kept as they arrive (a part at a time, the
    rest in the database), so a dropped connection still advances the offset.
    With one, the chunk is kept only if it verifies. ``on_whole(offset, data)``
    runs (in a thread) when the body completes the file.
    """
    length = int(row.length)
    room = length - offset
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > room:
        raise ApiError(413, "too_large", "The chunk goes past the declared Upload-Length.")
    digest = checksum[0]() if checksum else None
    waiting = await run_in_threadpool(uploads.pending, row.id)
    buf = bytearray()
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > room:
                raise ApiError(413, "too_large", "The chunk goes past Upload-Length.")
            buf += chunk
            if digest is not None:
                digest.update(chunk)
            elif waiting + len(buf) >= PART_SIZE and received < room:
                offset = await run_in_threadpool(uploads.flush_part, row.id, offset, bytes(buf))
                waiting, buf = 0, bytearray()
    except ClientDisconnect:
        if digest is not None:
            return offset
        return await _keep(uploads, row.id, offset, bytes(buf), waiting)
    if digest is not None and digest.digest() != checksum[1]:
        raise ApiError(460, "checksum_mismatch", "The chunk arrived damaged; send it again.")
    if offset + len(buf) == length:
        await run_in_threadpool(on_whole, offset, bytes(buf))
        return length
    return await _keep(uploads, row.id, offset, bytes(buf), waiting)


async def _keep(uploads: S3Uploads, upload_id: str, offset: int, data: bytes,
                waiting: int) -> int:
    if not data:
        return offset
    if waiting + len(data) >= PART_SIZE:
        return await run_in_threadpool(uploads.flush_part, upload_id, offset, data)
    return await run_in_threadpool(uploads.save_chunk, upload_id, offset, data)


__all__ = ["PART_SIZE", "S3Uploads", "receive"]

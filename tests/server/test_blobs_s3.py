"""Blobs in S3 (moto on loopback): tus uploads become multipart uploads any worker can
continue, downloads are ranged reads through the server, a dead store answers 503."""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from sync.server import schema as t
from sync.server.admin import Admin
from sync.server.settings import Settings
from sync.server.testing import run_server
from sync.server.tus_s3 import PART_SIZE

from srv_helpers import Client, assert_error

MiB = 1024 * 1024


@pytest.fixture
def two_workers(backend: str, make_db_url: Any, moto_s3: Any,
                tmp_path: Path) -> Iterator[tuple[Settings, str, str]]:
    """Two servers on one database and one bucket (each its own process state)."""
    settings = Settings(data_dir=tmp_path / "data", db_url=make_db_url(), argon2_profile="test",
                        blobs=moto_s3.new_bucket(), s3_endpoint=moto_s3.endpoint)
    admin = Admin(settings)
    admin.init()
    admin.seed_demo()
    admin.close()
    # Nothing shared on disk but the database (a SQLite file, or PostgreSQL).
    other = replace(settings, data_dir=tmp_path / "other", db_url=settings.database_url)
    with run_server(settings=settings) as one, run_server(settings=other) as two:
        yield settings, one, two


def _patch(c: Client, url: str, offset: int, data: bytes) -> requests.Response:
    return c.http.patch(url, data=data, headers={
        "Tus-Resumable": "1.0.0", "Upload-Offset": str(offset),
        "Content-Type": "application/offset+octet-stream"})


def _staged(settings: Settings) -> tuple[int, int]:
    """(bytes waiting in the database, parts sent to S3) over every upload."""
    admin = Admin(settings)
    try:
        with admin.db.read() as conn:
            chunks = conn.execute(select(func.coalesce(func.sum(func.length(
                t.upload_chunks.c.data)), 0))).scalar_one()
            parts = conn.execute(select(func.count()).select_from(t.upload_parts)).scalar_one()
    finally:
        admin.close()
    return int(chunks), int(parts)


def _part_sizes(settings: Settings) -> list[int]:
    admin = Admin(settings)
    try:
        with admin.db.read() as conn:
            return [int(n) for n in conn.execute(select(t.upload_parts.c.size)).scalars()]
    finally:
        admin.close()


def test_an_upload_moves_between_workers_and_ends_as_one_blob(two_workers: Any) -> None:
    settings, one, two = two_workers
    data = os.urandom(PART_SIZE + 3 * MiB + 123)
    sha = hashlib.sha256(data).hexdigest()
    a = Client(one, "amina", "demo-amina")
    b = Client(two, "amina", "demo-amina")
    r = a.http.post(one + "/v1/uploads", headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)),
        "Upload-Metadata": "sha256 " + base64.b64encode(sha.encode()).decode()})
    assert r.status_code == 201, r.text
    path = r.headers["Location"]

    half = 3 * MiB
    assert _patch(a, one + path, 0, data[:half]).headers["Upload-Offset"] == str(half)
    assert _staged(settings) == (half, 0)  # short of a part: waits in the database
    # The other worker knows the offset and continues; a part goes to S3.
    head = b.http.head(two + path, headers={"Tus-Resumable": "1.0.0"})
    assert head.headers["Upload-Offset"] == str(half)
    r = _patch(b, two + path, half, data[half:2 * half])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(2 * half)
    chunks, parts = _staged(settings)  # a part of 5 MiB went; the rest waits for more
    assert parts == 1 and chunks == 2 * half - _part_sizes(settings)[0] < MiB
    # A repeat of a chunk already taken (its answer was lost): refused, nothing appended.
    assert_error(_patch(a, one + path, half, data[half:2 * half]), 409, "offset_mismatch")
    r = _patch(a, one + path, 2 * half, data[2 * half:])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data))
    assert _staged(settings) == (0, 0)
    assert settings.blob_store.read_bytes(sha) == data
    for d in (settings.upload_dir, settings.upload_dir.parent.parent / "other" / "uploads"):
        assert d.is_dir() and not list(d.glob("*")), d  # no worker staged the file on disk

    # Ranged reads through the other worker: one range, two ranges, HEAD, If-Range.
    # (An administrator: the blob is in no record yet, so no one else may read it.)
    b = Client(two, "admin", "demo-admin")
    url = f"{two}/v1/blobs/{sha}"
    r = b.http.get(url, headers={"Range": "bytes=5000000-5000099"})
    assert r.status_code == 206 and r.content == data[5000000:5000100]
    assert r.headers["Content-Range"] == f"bytes 5000000-5000099/{len(data)}"
    r = b.http.get(url, headers={"Range": "bytes=0-9,-10"})
    assert r.status_code == 206 and r.headers["Content-Type"].startswith("multipart/byteranges")
    assert data[:10] in r.content and data[-10:] in r.content
    r = b.http.head(url)
    assert r.status_code == 200 and r.headers["Content-Length"] == str(len(data)) \
        and r.headers["ETag"] == f'"{sha}"' and not r.content
    r = b.http.get(url, headers={"Range": "bytes=10-", "If-Range": '"other"'})
    assert r.status_code == 200 and r.content == data


def test_a_dead_store_answers_503_and_records_still_sync(two_workers: Any,
                                                         moto_s3: Any) -> None:
    settings, one, _ = two_workers
    a = Client(one, "amina", "demo-amina")
    data = os.urandom(70_000)
    sha = hashlib.sha256(data).hexdigest()
    r = a.http.post(one + "/v1/uploads", headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)),
        "Upload-Metadata": "sha256 " + base64.b64encode(sha.encode()).decode()})
    path = r.headers["Location"]
    assert _patch(a, one + path, 0, data[:50_000]).status_code == 204
    moto_s3.stop()
    try:
        # The last bytes cannot be stored: 503, and the offset stays where it was.
        r = _patch(a, one + path, 50_000, data[50_000:])
        assert_error(r, 503, "blob_store_unavailable")
        assert int(r.headers["Retry-After"]) > 0
        head = a.http.head(one + path, headers={"Tus-Resumable": "1.0.0"})
        assert head.headers["Upload-Offset"] == str(50_000)
        assert a.sync(cursor=0)["c"] > 0  # records are served as ever
    finally:
        moto_s3.start()
    r = _patch(a, one + path, 50_000, data[50_000:])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data))
    assert a.http.get(f"{one}/v1/blobs/{sha}").status_code == 404  # not referenced yet
    assert settings.blob_store.read_bytes(sha) == data


def test_a_changed_file_in_s3_is_sent_as_a_delta(two_workers: Any) -> None:
    """Course updates (issue 17) read both versions from the bucket, never from disk."""
    import io
    import uuid

    from sync import delta, protocol

    settings, one, two = two_workers
    old = b"".join(b"page %d: oxytocin 10 units IM after birth\n" % n for n in range(20_000))
    new = old.replace(b"page 777: oxytocin 10 units", b"page 777: oxytocin 5 units")
    admin = Admin(settings)
    try:
        course = next(r for r in Client(one, "amina", "demo-amina").pull_all().values()
                      if r["k"] == "courses")["i"]
        rid = str(uuid.uuid4())
        shas = []
        for data in (old, new):
            shas.append(admin.add_blob(data))
            admin.put_record("attachments", rid, {
                "course_id": course, "owner_kind": "courses", "owner_id": course,
                "sha256": shas[-1], "filename": "card.pdf", "mime": "application/pdf",
                "size": len(data), "role": "pdf"})
    finally:
        admin.close()
    a = Client(two, "amina", "demo-amina")
    r = a.http.get(f"{two}/v1/blobs/{shas[1]}?{protocol.DELTA_BASE_PARAM}={shas[0]}")
    assert r.status_code == 200 and r.headers[protocol.DELTA_HEADER] == shas[0]
    assert len(r.content) < 2_000 < len(new)
    patch, out = settings.data_dir / "patch", io.BytesIO()
    patch.write_bytes(r.content)
    delta.apply(old, patch, out, shas[1])
    assert out.getvalue() == new

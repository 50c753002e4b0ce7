"""Blob downloads (Range, ETag, scope) and tus uploads (tuspy, resume, dedup, hashes)."""

from __future__ import annotations

import base64
import hashlib
import os
import socket
from typing import Any
from urllib.parse import urlparse

import pytest
import requests
from sqlalchemy import update
from tusclient import client as tus_client
from tusclient.exceptions import TusCommunicationError, TusUploadFailed

from sync.server import schema as t

from srv_helpers import assert_error, new_id, op


def _meta(sha: str, name: str = "scan.png") -> str:
    b64 = lambda s: base64.b64encode(s.encode()).decode()  # noqa: E731
    return f"sha256 {b64(sha)},filename {b64(name)}"


def _create(c: Any, sha: str, length: int) -> requests.Response:
    return c.http.post(c.base + "/v1/uploads", headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": str(length), "Upload-Metadata": _meta(sha)})


def _patch(c: Any, url: str, offset: int, data: bytes, **extra: str) -> requests.Response:
    return c.http.patch(url, data=data, headers={
        "Tus-Resumable": "1.0.0", "Upload-Offset": str(offset),
        "Content-Type": "application/offset+octet-stream", **extra})


def _attach(c: Any, world: Any, sha: str, size: int) -> dict[str, Any]:
    """Push a case of ``c`` with an attachment referencing ``sha``; returns the result."""
    cid = new_id(c)
    res = c.push(
        op("cases", cid, {"author_id": c.id, "partnership_id": world.p_som, "title": "img",
                          "status": "submitted"}),
        op("attachments", new_id(c), {"owner_kind": "cases", "owner_id": cid, "sha256": sha,
                                     "filename": "scan.png", "size": size, "role": "image"}))
    return res[1]


# ----------------------------------------------------------------- downloads


def _course_blob(world: Any) -> tuple[str, bytes]:
    rec = world.record("attachments", world.som["attachments"])
    sha = rec.data["sha256"]
    return sha, world.settings.blob_store.read_bytes(sha)


def test_range_download_resumes_with_strong_etag(world):
    amina = world.client("amina")
    sha, full = _course_blob(world)
    url = f"{world.base}/v1/blobs/{sha}"
    whole = amina.http.get(url)
    assert whole.status_code == 200 and whole.content == full
    assert whole.headers["ETag"] == f'"{sha}"' and whole.headers["Accept-Ranges"] == "bytes"
    # The link dropped after `cut` bytes: fetch the rest only.
    cut = len(full) // 3
    rest = amina.http.get(url, headers={"Range": f"bytes={cut}-", "If-Range": f'"{sha}"'})
    assert rest.status_code == 206
    assert rest.headers["Content-Range"] == f"bytes {cut}-{len(full) - 1}/{len(full)}"
    assert full[:cut] + rest.content == full
    # Closed range and suffix range.
    mid = amina.http.get(url, headers={"Range": "bytes=10-19"})
    assert mid.status_code == 206 and mid.content == full[10:20]
    tail = amina.http.get(url, headers={"Range": "bytes=-5"})
    assert tail.content == full[-5:]
    # A stale validator means "send it all again".
    stale = amina.http.get(url, headers={"Range": "bytes=10-", "If-Range": '"other"'})
    assert stale.status_code == 200 and stale.content == full
    bad = amina.http.get(url, headers={"Range": f"bytes={len(full) + 5}-"})
    assert bad.status_code == 416 and bad.headers["Content-Range"] == f"bytes */{len(full)}"
    head = amina.http.head(url)
    assert head.status_code == 200 and int(head.headers["Content-Length"]) == len(full)
    assert amina.http.get(url, headers={"If-None-Match": f'"{sha}"'}).status_code == 304


def test_blob_download_needs_a_record_in_scope(world):
    yusuf_blob_sha = world.record("attachments", world.pal["attachments"]).data["sha256"]
    amina, yusuf = world.client("amina"), world.client("yusuf")
    # The pal-only course shares its images with the shared course, so use a fresh blob.
    data = os.urandom(2000)
    sha = world.admin.add_blob(data, owner="yusuf")
    url = f"{world.base}/v1/blobs/{sha}"
    assert_error(yusuf.http.get(url), 404)  # uploaded, but nothing references it yet
    cid = new_id(yusuf)
    yusuf.push(
        op("cases", cid, {"author_id": yusuf.id, "partnership_id": world.p_pal, "title": "x",
                          "status": "submitted"}),
        op("attachments", new_id(yusuf), {"owner_kind": "cases", "owner_id": cid, "sha256": sha,
                                     "filename": "x.bin", "size": 2000, "role": "file"}))
    assert yusuf.http.get(url).content == data
    assert_error(amina.http.get(url), 404)  # Palestine's case: not Amina's to read
    assert amina.http.get(f"{world.base}/v1/blobs/{'0' * 64}").status_code == 404
    body = assert_error(amina.http.get(f"{world.base}/v1/blobs/NOTAHASH"), 422)
    assert "sha256" in body["message"]
    assert requests.get(url).status_code == 401
    assert yusuf_blob_sha  # the Palestine course's own attachment exists


def test_cannot_reference_a_blob_you_neither_uploaded_nor_see(world):
    secret = os.urandom(1500)
    sha = world.admin.add_blob(secret, owner="yusuf")  # only yusuf may reference it
    res = _attach(world.client("amina"), world, sha, len(secret))
    assert res["s"] == "rejected" and "upload it first" in res["e"]


# ----------------------------------------------------------------- uploads


def test_tus_options_advertise_the_extensions(world):
    r = requests.options(world.base + "/v1/uploads")
    assert r.status_code == 204 and r.headers["Tus-Version"] == "1.0.0"
    assert {"creation", "checksum"} <= set(r.headers["Tus-Extension"].split(","))
    assert int(r.headers["Tus-Max-Size"]) == world.settings.max_upload


def test_tuspy_upload_interrupted_then_resumed(world):
    amina = world.client("amina")
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    client = tus_client.TusClient(world.base + "/v1/uploads",
                                  headers={"Authorization": f"Bearer {amina.token}"})
    path = world.settings.data_dir.parent / f"up-{sha[:8]}.bin"
    path.write_bytes(data)
    first = client.uploader(str(path), chunk_size=64 * 1024, upload_checksum=True,
                            metadata={"sha256": sha, "filename": "scan.png"})
    first.upload(stop_at=128 * 1024)  # the app closed after two chunks
    upload_url = first.url
    assert first.offset == 128 * 1024

    # Then the link drops in the middle of the next PATCH: the bytes that did
    # arrive are kept (no checksum on this request).
    _cut_patch(upload_url, amina.token, 128 * 1024, data[128 * 1024:200 * 1024], keep=20_000)
    offset = int(amina.http.head(upload_url, headers={"Tus-Resumable": "1.0.0"})
                 .headers["Upload-Offset"])
    assert 128 * 1024 < offset <= 128 * 1024 + 20_000

    # A fresh uploader (app restarted) resumes from the server's offset.
    resumed = client.uploader(str(path), url=upload_url, chunk_size=64 * 1024,
                              upload_checksum=True)
    assert resumed.offset == offset
    resumed.upload()
    assert resumed.offset == len(data)
    assert _attach(amina, world, sha, len(data))["s"] == "ok"
    got = amina.http.get(f"{world.base}/v1/blobs/{sha}")
    assert got.status_code == 200 and got.content == data


def _cut_patch(url: str, token: str, offset: int, body: bytes, keep: int) -> None:
    """Send a PATCH announcing ``body`` but drop the connection after ``keep`` bytes."""
    u = urlparse(url)
    head = (f"PATCH {u.path} HTTP/1.1\r\nHost: {u.netloc}\r\nAuthorization: Bearer {token}\r\n"
            f"Tus-Resumable: 1.0.0\r\nUpload-Offset: {offset}\r\n"
            f"Content-Type: application/offset+octet-stream\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    with socket.create_connection((u.hostname, u.port)) as s:
        s.sendall(head + body[:keep])
        import time

        time.sleep(0.3)  # let the server read what was sent
    time.sleep(0.3)


def test_known_blob_is_never_uploaded_again(world, monkeypatch):
    amina, khadra = world.client("amina"), world.client("khadra")
    data = os.urandom(50_000)
    sha = hashlib.sha256(data).hexdigest()
    r = _create(amina, sha, len(data))
    url = world.base + r.headers["Location"]
    assert _patch(amina, url, 0, data).status_code == 204
    # Nobody else can read it yet: a hash alone does not make Khadra's upload complete.
    r = _create(khadra, sha, len(data))
    assert r.status_code == 201 and int(r.headers["Upload-Offset"]) == 0
    assert _attach(amina, world, sha, len(data))["s"] == "ok"  # a Somaliland case
    # Khadra can now read it, and offers the same file: creation says it is complete.
    r = _create(khadra, sha, len(data))
    assert r.status_code == 201 and int(r.headers["Upload-Offset"]) == len(data)
    sent: list[int] = []
    import tusclient.request as tus_request

    real_patch = tus_request.requests.patch
    monkeypatch.setattr(tus_request.requests, "patch",
                        lambda *a, **k: sent.append(1) or real_patch(*a, **k))
    client = tus_client.TusClient(world.base + "/v1/uploads",
                                  headers={"Authorization": f"Bearer {khadra.token}"})
    path = world.settings.data_dir.parent / f"dup-{sha[:8]}.bin"
    path.write_bytes(data)
    up = client.uploader(str(path), url=world.base + r.headers["Location"])
    up.upload()
    assert sent == [] and up.offset == len(data)
    # Being able to read it, Khadra may reference it.
    assert _attach(khadra, world, sha, len(data))["s"] == "ok"


def test_a_hash_alone_proves_nothing_the_bytes_do(world):
    """Claiming someone else's blob by hash needs the bytes; then it counts as uploaded."""
    yusuf, amina = world.client("yusuf"), world.client("amina")
    data = os.urandom(20_000)
    sha = world.admin.add_blob(data, owner="yusuf")  # yusuf's, referenced by nothing
    before = _used(world, "amina")
    r = _create(amina, sha, len(data))
    assert r.status_code == 201 and r.headers["Upload-Offset"] == "0"
    assert _attach(amina, world, sha, len(data))["s"] == "rejected"
    # The same answer as for a new file, even with a wrong length: no probing by hash.
    assert _create(amina, sha, len(data) + 1).headers["Upload-Offset"] == "0"
    url = world.base + r.headers["Location"]
    assert _patch(amina, url, 0, data).status_code == 204
    assert _used(world, "amina") == before  # stored once: the re-sent bytes cost nothing
    assert _attach(amina, world, sha, len(data))["s"] == "ok"
    assert amina.http.get(f"{world.base}/v1/blobs/{sha}").content == data
    assert yusuf.http.get(f"{world.base}/v1/blobs/{sha}").status_code == 404


def _used(world: Any, username: str) -> int:
    from sqlalchemy import select

    with world.admin.db.read() as conn:
        return conn.execute(select(t.accounts.c.bytes_uploaded).where(
            t.accounts.c.username == username)).scalar_one()


def test_wrong_hash_is_refused_and_never_visible(world):
    amina = world.client("amina")
    data = os.urandom(10_000)
    claimed = hashlib.sha256(b"something else").hexdigest()
    r = _create(amina, claimed, len(data))
    url = world.base + r.headers["Location"]
    assert_error(_patch(amina, url, 0, data), 422, "hash_mismatch")
    assert world.settings.blob_store.size(claimed) is None
    assert _attach(amina, world, claimed, len(data))["s"] == "rejected"
    assert amina.http.head(url, headers={"Tus-Resumable": "1.0.0"}).status_code == 404


def test_chunk_checksum_mismatch_is_refused(world):
    amina = world.client("amina")
    data = os.urandom(4000)
    sha = hashlib.sha256(data).hexdigest()
    url = world.base + _create(amina, sha, len(data)).headers["Location"]
    wrong = base64.b64encode(hashlib.sha1(b"nope").digest()).decode()
    assert_error(_patch(amina, url, 0, data[:1000], **{"Upload-Checksum": f"sha1 {wrong}"}),
                 460, "checksum_mismatch")
    right = base64.b64encode(hashlib.sha256(data[:1000]).digest()).decode()
    r = _patch(amina, url, 0, data[:1000], **{"Upload-Checksum": f"sha256 {right}"})
    assert r.status_code == 204 and r.headers["Upload-Offset"] == "1000"
    assert_error(_patch(amina, url, 0, data[1000:]), 409, "offset_mismatch")


def test_uploads_are_capped_and_counted(world):
    name = world.add_user("trainee", ["somaliland"])
    c = world.client(name)
    big = world.settings.max_upload + 1
    assert_error(_create(c, "a" * 64, big), 413, "too_large")
    data = os.urandom(5000)
    sha = hashlib.sha256(data).hexdigest()
    url = world.base + _create(c, sha, len(data)).headers["Location"]
    assert_error(_patch(c, url, 0, data + b"extra"), 413, "too_large")
    assert _patch(c, url, 0, data).status_code == 204
    with world.admin.db.read() as conn:
        from sqlalchemy import select

        used = conn.execute(select(t.accounts.c.bytes_uploaded).where(
            t.accounts.c.username == name)).scalar_one()
    assert used == len(data)
    with world.admin.db.write_raw() as conn:
        conn.execute(update(t.accounts).where(t.accounts.c.username == name).values(
            bytes_uploaded=world.settings.user_quota - 10))
    assert_error(_create(c, hashlib.sha256(b"x" * 100).hexdigest(), 100), 413, "quota_exceeded")


def test_tus_rejects_bad_requests(world):
    amina = world.client("amina")
    r = amina.http.post(world.base + "/v1/uploads", headers={"Upload-Length": "10"})
    assert_error(r, 412, "tus_version")
    r = amina.http.post(world.base + "/v1/uploads", headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": "10", "Upload-Metadata": "filename eA=="})
    assert_error(r, 400, "bad_metadata")
    r = amina.http.post(world.base + "/v1/uploads", headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": "ten", "Upload-Metadata": _meta("a" * 64)})
    assert_error(r, 400, "bad_header")
    url = world.base + _create(amina, "b" * 64, 10).headers["Location"]
    r = amina.http.patch(url, data=b"x", headers={"Tus-Resumable": "1.0.0", "Upload-Offset": "0",
                                                  "Content-Type": "text/plain"})
    assert_error(r, 415)
    yusuf = world.client("yusuf")
    assert yusuf.http.head(url, headers={"Tus-Resumable": "1.0.0"}).status_code == 404
    assert_error(_patch(yusuf, url, 0, b"x"), 404)  # not the uploader's: no such upload
    with pytest.raises((TusUploadFailed, TusCommunicationError)):
        tus_client.TusClient(world.base + "/v1/uploads").uploader(
            file_stream=__import__("io").BytesIO(b"abc"), metadata={"sha256": "c" * 64}).upload()


def test_creation_with_an_idempotency_key_is_done_once(world):
    """A repeated creation (its answer was lost) gets the same upload, not a second one."""
    c = world.client(world.add_user("trainee", ["somaliland"]))
    data = os.urandom(3000)
    sha = hashlib.sha256(data).hexdigest()

    def create(key: str, length: int = len(data), digest: str = sha) -> requests.Response:
        return c.http.post(c.base + "/v1/uploads", headers={
            "Tus-Resumable": "1.0.0", "Upload-Length": str(length),
            "Upload-Metadata": _meta(digest), "Idempotency-Key": key})

    first, again = create("k-1"), create("k-1")
    assert first.status_code == again.status_code == 201
    assert first.headers["Location"] == again.headers["Location"]
    url = world.base + first.headers["Location"]
    assert _patch(c, url, 0, data[:1000]).status_code == 204
    # Repeated after some bytes arrived: still the same upload, at its offset.
    late = create("k-1")
    assert late.headers["Location"] == first.headers["Location"]
    assert late.headers["Upload-Offset"] == "1000"
    assert create("k-2").headers["Location"] != first.headers["Location"]
    assert_error(create("k-1", length=len(data) + 1), 422, "idempotency_key_reused")
    assert_error(create("bad key"), 400, "bad_header")
    with world.admin.db.read() as conn:
        from sqlalchemy import func, select

        count = conn.execute(select(func.count()).select_from(t.uploads).where(
            t.uploads.c.user_id == c.id)).scalar_one()
    assert count == 2  # k-1 and k-2


def test_concurrent_creations_with_one_key_make_one_upload(world):
    """A retry can overtake the first try still in flight: both get the same upload."""
    from concurrent.futures import ThreadPoolExecutor

    c = world.client(world.add_user("trainee", ["somaliland"]))
    data = os.urandom(2000)
    sha = hashlib.sha256(data).hexdigest()

    def create(_: int) -> requests.Response:
        return requests.post(c.base + "/v1/uploads", headers={
            "Authorization": f"Bearer {c.token}", "Tus-Resumable": "1.0.0",
            "Upload-Length": str(len(data)), "Upload-Metadata": _meta(sha),
            "Idempotency-Key": "same-key"})

    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(create, range(6)))
    assert {r.status_code for r in answers} == {201}, [r.text for r in answers]
    assert len({r.headers["Location"] for r in answers}) == 1
    with world.admin.db.read() as conn:
        from sqlalchemy import func, select

        assert conn.execute(select(func.count()).select_from(t.uploads).where(
            t.uploads.c.user_id == c.id)).scalar_one() == 1


def test_multiple_ranges_come_as_multipart_and_head_answers_a_range(world):
    """What FileResponse adds over the hand-written code: several ranges in one answer."""
    amina = world.client("amina")
    sha, full = _course_blob(world)
    url = f"{world.base}/v1/blobs/{sha}"
    both = amina.http.get(url, headers={"Range": "bytes=0-9,20-29"})
    assert both.status_code == 206
    assert both.headers["Content-Type"].startswith("multipart/byteranges; boundary=")
    assert both.headers["ETag"] == f'"{sha}"'
    body = both.content
    assert full[0:10] in body and full[20:30] in body
    assert f"Content-Range: bytes 20-29/{len(full)}".encode() in body
    head = amina.http.head(url, headers={"Range": "bytes=10-19"})
    assert head.status_code == 206 and head.headers["Content-Length"] == "10"
    assert head.headers["Cache-Control"] == "private, max-age=31536000, immutable"

"""Big attachments cross a link that keeps breaking, and cost about their own size.

The issue's requirement: a 5 MB attachment downloads through ``flaky`` with
the connection dropped every 64 KB; it completes, and the wire carries at most
1.05x its size. An interrupted upload resumes the same way.

Bandwidth is raised in these tests: ``flaky`` is 64 kbit/s, on which 5 MB
takes eleven minutes. Drops, their spacing and the byte counts do not depend
on the rate, so the link here is ``flaky`` at a few MB/s with a small RTT,
random drops off and a deterministic cut every 64 KiB.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from sync import protocol
from sync.engine import Options, Progress, SyncEngine
from sync.errors import SyncInterrupted
from sync.netsim import NetSim
from sync.server import blobstore
from sync.server.admin import Admin
from sync.server.settings import Settings
from tutorclient import outbox
from tutorclient.outbox import now_iso
from tutorclient.session import Profile
from tutorclient.syncstore import upload_state_path

SIZE = 5 * 1024 * 1024
CUT = 64 * 1024
MAX_OVERHEAD = 1.05
# flaky's loss pattern at a rate that lets 5 MB cross in seconds, not minutes.
FAST_FLAKY = {"down_bps": 4_000_000.0, "up_bps": 4_000_000.0, "rtt_s": 0.02,
              "drop_rate_per_kb": 0.0}


def _course_pdf(settings: Settings, client: Profile, size: int = SIZE) -> str:
    """A PDF attached to a course the client follows, on the server only; returns its hash."""
    course_id = client.store.db.execute("SELECT id FROM courses ORDER BY id LIMIT 1").fetchone()[0]
    admin = Admin(settings)
    try:
        sha = admin.add_blob(os.urandom(size))  # random: no compression can help
        admin.put_record("attachments", str(uuid.uuid4()), {
            "course_id": course_id, "owner_kind": "courses", "owner_id": course_id,
            "sha256": sha, "filename": "handbook.pdf", "mime": "application/pdf",
            "size": size, "role": "pdf"})
    finally:
        admin.close()
    return sha


def _attach_to_own_case(client: Profile, source: Path) -> str:
    """Attach a local file to one of the client's own cases, as the app does; returns its hash."""
    me = client.user["id"]
    case_id = client.store.db.execute(
        "SELECT id FROM cases WHERE author_id = ? ORDER BY id LIMIT 1", [me]).fetchone()[0]
    sha = client.blobs.put_file(source)
    with client.store.write() as db:
        db.execute("INSERT INTO blobs (sha256, size, mime, priority, state, updated_at) "
                   "VALUES (?, ?, ?, 60, 'upload', ?) "
                   "ON CONFLICT(sha256) DO UPDATE SET state = 'upload'",
                   [sha, source.stat().st_size, "image/jpeg", now_iso()])
        outbox.record_change(db, "attachments", protocol.new_record_id(me), {
            "course_id": None, "owner_kind": "cases", "owner_id": case_id, "sha256": sha,
            "filename": source.name, "mime": "image/jpeg", "size": source.stat().st_size,
            "role": "image"})
    return sha


def _blob_state(client: Profile, sha: str) -> str:
    return client.store.db.execute("SELECT state FROM blobs WHERE sha256 = ?", [sha]).fetchone()[0]


def _cut_every_64k(netsim: NetSim, direction: str) -> None:
    netsim.set_profile("flaky", **FAST_FLAKY)
    netsim.set_drop_after(CUT, direction=direction)
    netsim.reset_counters()


def _cancel_after(n_bytes: int, stage: str, seen: list[int] | None = None):
    """Sync callbacks that cancel the pass once ``n_bytes`` of ``stage`` went by (app closed).

    ``seen`` collects the progress reported in that stage.
    """
    engines: list[SyncEngine] = []
    seen = seen if seen is not None else []

    def ready(engine: SyncEngine) -> None:
        engines.append(engine)

    def progress(p: Progress) -> None:
        if p.stage == stage:
            seen.append(p.bytes_done)
            if p.bytes_done >= n_bytes:
                engines[-1].cancel()

    return {"engine_ready": ready, "on_progress": progress}


# -- downloads -------------------------------------------------------------------


def test_5mb_download_through_drops_every_64k_costs_at_most_5_percent(
        server_settings, netsim, make_client) -> None:
    client = make_client("amina", netsim.url)
    client.sync()
    sha = _course_pdf(server_settings, client)
    _cut_every_64k(netsim, "down")

    summary = client.sync()

    c = netsim.counters
    assert summary.result == "ok" and summary.blobs_down == 1
    assert client.blobs.verify(sha) and _blob_state(client, sha) == "present"
    assert c.drops >= SIZE // CUT - 1  # it really was cut that often
    # Everything that came down in this pass: the exchange announcing the
    # attachment, every resumed request's response head, and the blob.
    assert c.bytes_down <= MAX_OVERHEAD * SIZE, c
    assert client.store.integrity_check() == []


def test_download_interrupted_resumes_after_restart_from_the_partial_file(
        server_settings, netsim, make_client) -> None:
    client = make_client("amina", netsim.url)
    client.sync()
    sha = _course_pdf(server_settings, client)
    _cut_every_64k(netsim, "down")

    with pytest.raises(SyncInterrupted):
        client.sync(**_cancel_after(2 * 1024 * 1024, "blobs"))  # the user quits mid-download
    have = client.blobs.partial_offset(sha)
    assert 2 * 1024 * 1024 <= have < SIZE
    directory = client.dir
    client.close()

    reopened = Profile(directory)  # the app starts again
    try:
        netsim.reset_counters()
        summary = reopened.sync()
        assert summary.blobs_down == 1 and reopened.blobs.verify(sha)
        remaining = SIZE - have
        got = netsim.counters.bytes_down
        # Only the missing tail crossed the link (plus heads and one small exchange).
        assert remaining <= got <= remaining * MAX_OVERHEAD + 4096, (got, remaining)
        assert reopened.store.integrity_check() == []
    finally:
        reopened.close()


def test_text_only_sync_moves_no_blob_bytes(server_settings, netsim, make_client) -> None:
    client = make_client("amina", netsim.url)
    client.sync(Options(text_only=True))
    sha = _course_pdf(server_settings, client)
    netsim.reset_counters()

    summary = client.sync(Options(text_only=True))

    c = netsim.counters
    assert (summary.blobs_down, c.requests) == (0, 1)  # one exchange, no blob request
    assert c.bytes_down < 2048
    assert summary.blobs_skipped >= 1 and summary.result == "partial"
    assert not client.blobs.has(sha) and client.blobs.partial_offset(sha) == 0
    assert client.store.integrity_check() == []


# -- uploads -----------------------------------------------------------------------


def test_5mb_upload_through_drops_every_64k_costs_at_most_5_percent(
        server_settings, netsim, make_client, tmp_path) -> None:
    client = make_client("amina", netsim.url)
    client.sync()
    source = tmp_path / "xray.jpg"
    source.write_bytes(os.urandom(SIZE))
    sha = _attach_to_own_case(client, source)
    _cut_every_64k(netsim, "up")

    summary = client.sync()

    c = netsim.counters
    assert (summary.blobs_up, summary.pushed, summary.rejected) == (1, 1, 0)
    stored = blobstore.blob_path(server_settings.blob_dir, sha)
    assert blobstore.file_sha256(stored) == sha
    assert c.bytes_up <= MAX_OVERHEAD * SIZE, c
    assert _blob_state(client, sha) == "present"
    assert client.store.integrity_check() == []


def test_upload_interrupted_resumes_after_restart_from_the_server_offset(
        server_settings, netsim, make_client, tmp_path) -> None:
    client = make_client("amina", netsim.url)
    client.sync()
    source = tmp_path / "xray.jpg"
    source.write_bytes(os.urandom(SIZE))
    sha = _attach_to_own_case(client, source)
    _cut_every_64k(netsim, "up")

    confirmed: list[int] = []
    with pytest.raises(SyncInterrupted):
        client.sync(**_cancel_after(2 * 1024 * 1024, "upload", confirmed))
    assert upload_state_path(client.dir).exists()  # the tus URL survives the restart
    remaining = SIZE - max(confirmed)  # the server holds at least this much
    directory = client.dir
    client.close()

    reopened = Profile(directory)
    try:
        netsim.reset_counters()
        summary = reopened.sync()
        assert (summary.blobs_up, summary.pushed) == (1, 1)
        assert blobstore.file_sha256(blobstore.blob_path(server_settings.blob_dir, sha)) == sha
        got = netsim.counters.bytes_up
        # Only the rest went up: what the server held was not sent again. (The
        # margin is wider than 5%: when a PATCH is cut, uvicorn discards body
        # bytes it had read but not yet handed to the app, more so on a busy
        # machine; typically this run costs 1.005x the remainder.)
        assert got <= remaining * 1.10, (got, remaining)
        assert reopened.store.integrity_check() == []
    finally:
        reopened.close()


def test_second_upload_of_the_same_bytes_sends_no_body(
        server_settings, netsim, make_client, tmp_path) -> None:
    source = tmp_path / "xray.jpg"
    source.write_bytes(os.urandom(SIZE))
    first = make_client("amina", netsim.url, device="laptop")
    first.sync()
    _attach_to_own_case(first, source)
    first.sync()
    second = make_client("amina", netsim.url, device="clinic-pc")
    second.sync(Options(text_only=True))
    _attach_to_own_case(second, source)
    netsim.reset_counters()

    summary = second.sync(Options(text_only=True))

    assert (summary.blobs_up, summary.pushed, summary.rejected) == (1, 1, 0)
    assert netsim.counters.bytes_up < 4096, netsim.counters  # headers and one small exchange


def test_lost_answer_to_the_creation_post_leaves_one_upload_and_no_orphans(
        server_settings, netsim, make_client, tmp_path) -> None:
    from sqlalchemy import select

    from sync.errors import NetworkError
    from sync.server import schema as t
    from sync.transfer import UploadState, upload

    client = make_client("amina", netsim.url)
    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(100_000))
    sha = client.blobs.put_file(source)
    state = UploadState(tmp_path / "uploads.json")
    transport = client.transport(client.credentials().token)
    transport.config.backoff_base = transport.config.backoff_max = 0.01
    netsim.set_drop_after(1, direction="down")  # each creation arrives; no answer comes back
    netsim.reset_counters()
    with pytest.raises(NetworkError):
        upload(transport, source, sha, state)
    tries = netsim.counters.requests
    assert tries > 1  # repeated: safe, because of its Idempotency-Key
    netsim.set_drop_after(None)
    upload(transport, source, sha, state)  # the next sync: the same upload, completed
    transport.close()

    admin = Admin(server_settings)
    try:
        with admin.db.read() as conn:
            rows = conn.execute(select(t.uploads).where(t.uploads.c.sha256 == sha)).all()
        assert blobstore.blob_path(server_settings.blob_dir, sha).read_bytes() == \
            source.read_bytes()
    finally:
        admin.close()
    assert [(r.user_id, bool(r.complete)) for r in rows] == [(client.user["id"], True)], \
        f"{len(rows)} uploads made by {tries + 1} creation requests"
    assert not list(server_settings.upload_dir.glob("*.part"))  # no orphan part files


def test_a_reader_dedups_for_free_a_non_reader_must_send_the_bytes(
        server_settings, netsim, make_client, tmp_path) -> None:
    """Dedup across users: free for one who can read the file, full price for anyone else."""
    from sync.authoring import stable_id
    from sync.transfer import UploadState, upload

    size = 200_000
    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(size))
    clients = {name: make_client(name, netsim.url) for name in ("amina", "khadra", "yusuf")}
    sha = clients["amina"].blobs.put_file(source)

    def upload_as(name: str) -> int:
        c = clients[name]
        transport = c.transport(c.credentials().token)
        netsim.reset_counters()
        try:
            upload(transport, source, sha, UploadState(tmp_path / f"{name}.json"))
        finally:
            transport.close()
        return netsim.counters.bytes_up

    first = upload_as("amina")
    admin = Admin(server_settings)
    try:  # on a submitted Somaliland case: Khadra reads it, Yusuf (Palestine) does not
        admin.put_record("attachments", str(uuid.uuid4()), {
            "owner_kind": "cases", "owner_id": stable_id("demo-case", "motorbike-crash-breathless"),
            "sha256": sha, "filename": "photo.jpg", "size": size, "role": "image"})
    finally:
        admin.close()
    figures = {"size": size, "uploader": first, "reader": upload_as("khadra"),
               "non_reader": upload_as("yusuf")}
    print(f"\nbytes up per upload of the same file: {figures}")
    assert figures["uploader"] >= size and figures["non_reader"] >= size
    assert figures["reader"] < 2048  # one creation request: no body sent

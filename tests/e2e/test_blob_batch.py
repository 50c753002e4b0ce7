"""Many small images in a few framed batches, through drops and damage (issue 13).

The live server, a real client profile and the network simulator. A course
gets ``N`` images of 20 KB (random bytes: nothing compresses them); a text
sync brings the records first, so the figures below are the blob stage alone
plus one no-op exchange.
"""

from __future__ import annotations

import os
import uuid

import pytest

from sync import protocol, transfer
from sync.engine import Options, SyncEngine
from sync.errors import SyncInterrupted
from sync.netsim import NetSim
from sync.server.admin import Admin
from sync.server.settings import Settings
from tutorclient.session import Profile

N = 60
SIZE = 20 * 1024
CUT = 64 * 1024
FAST_FLAKY = {"down_bps": 4_000_000.0, "up_bps": 4_000_000.0, "rtt_s": 0.02,
              "drop_rate_per_kb": 0.0}


def _course_images(settings: Settings, client: Profile, n: int = N) -> list[str]:
    """``n`` images attached to a course the client follows (server only); their hashes."""
    course_id = client.store.db.execute("SELECT id FROM courses ORDER BY id LIMIT 1").fetchone()[0]
    admin = Admin(settings)
    shas = []
    try:
        for k in range(n):
            sha = admin.add_blob(os.urandom(SIZE))
            admin.put_record("attachments", str(uuid.uuid4()), {
                "course_id": course_id, "owner_kind": "courses", "owner_id": course_id,
                "sha256": sha, "filename": f"fig{k}.jpg", "mime": "image/jpeg",
                "size": SIZE, "role": "image"})
            shas.append(sha)
    finally:
        admin.close()
    return shas


def _fresh_with_records(settings: Settings, netsim: NetSim, make_client) -> tuple[Profile,
                                                                                   list[str]]:
    client = make_client("amina", netsim.url)
    client.sync()
    shas = _course_images(settings, client)
    client.sync(Options(text_only=True))  # the records, not the files
    return client, shas


def _all_present(client: Profile, shas: list[str]) -> bool:
    states = {sha: client.store.db.execute("SELECT state FROM blobs WHERE sha256 = ?",
                                           [sha]).fetchone()[0] for sha in shas}
    return all(client.blobs.verify(s) for s in shas) and set(states.values()) == {"present"}


def test_batch_brings_every_image_in_a_few_requests_and_each_verifies(
        server_settings, netsim, make_client) -> None:
    client, shas = _fresh_with_records(server_settings, netsim, make_client)
    netsim.reset_counters()

    summary = client.sync()

    c = netsim.counters
    assert summary.result == "ok" and summary.blobs_down == N
    assert _all_present(client, shas)
    batches = -(-N * SIZE // transfer.BATCH_BYTES)
    assert c.requests == 1 + batches, c  # the no-op exchange, then the batches
    # Frame heads (~80 B a blob) and HTTP heads on top of the image bytes: under 1%.
    assert c.bytes_down <= N * SIZE * 1.01, c


def test_drops_every_64k_resume_mid_blob_and_cost_under_5_percent(
        server_settings, netsim, make_client) -> None:
    client, shas = _fresh_with_records(server_settings, netsim, make_client)
    netsim.set_profile("flaky", **FAST_FLAKY)
    netsim.set_drop_after(CUT, direction="down")
    netsim.reset_counters()

    summary = client.sync()

    c = netsim.counters
    assert summary.result == "ok" and summary.blobs_down == N
    assert _all_present(client, shas)
    assert c.drops >= N * SIZE // CUT - 1  # really cut that often, mid-blob (64 KiB % 20 KiB)
    # Restarting each cut blob from its first byte would cost ~10 KB per drop (~16%).
    assert c.bytes_up + c.bytes_down <= N * SIZE * 1.05, c


def test_a_blob_cut_mid_way_resumes_from_that_byte(server_settings, netsim,
                                                   make_client) -> None:
    client, shas = _fresh_with_records(server_settings, netsim, make_client)
    engines: list[SyncEngine] = []
    cut_at = 5 * SIZE + SIZE // 2

    def progress(p) -> None:
        if p.stage == "blobs" and p.bytes_done >= cut_at:
            engines[-1].cancel()

    with pytest.raises(SyncInterrupted):
        client.sync(engine_ready=engines.append, on_progress=progress)
    partial = [(s, client.blobs.partial_offset(s)) for s in shas if client.blobs.partial_offset(s)]
    done = [s for s in shas if client.blobs.has(s)]
    assert len(partial) == 1 and 0 < partial[0][1] < SIZE, partial
    have = sum(client.blobs.path(s).stat().st_size for s in done) + partial[0][1]
    assert have >= cut_at

    netsim.reset_counters()
    summary = client.sync()
    assert summary.blobs_down == N - len(done) and _all_present(client, shas)
    remaining = N * SIZE - have
    got = netsim.counters.bytes_down
    # Only the missing bytes came again (plus heads: HTTP, one exchange, ~80 B per frame).
    assert remaining <= got <= remaining + 1500 + 100 * (N - len(done)), (got, remaining)


def test_a_damaged_frame_is_discarded_and_fetched_again(server_settings, netsim,
                                                        make_client) -> None:
    client, shas = _fresh_with_records(server_settings, netsim, make_client)
    head = len(protocol.frame_head(shas[0], 0, SIZE))
    netsim.set_corrupt(3 * (head + SIZE) + head + 100, count=4)  # inside the 4th image
    netsim.reset_counters()

    summary = client.sync()

    assert netsim.bytes_corrupted == 4
    assert summary.result == "ok" and summary.blobs_down == N
    assert _all_present(client, shas)
    # The damaged image crossed twice; nothing else did.
    assert N * SIZE + SIZE <= netsim.counters.bytes_down <= N * SIZE * 1.01 + SIZE


def test_an_older_server_without_batches_gets_one_get_per_image(
        server_settings, netsim, make_client) -> None:
    client, shas = _fresh_with_records(server_settings, netsim, make_client)
    netsim.reset_counters()

    def after_exchange(p) -> None:
        if p.stage == "exchange":  # the next request is the batch: answer it as an old server
            netsim.fail_next(1, status=405, body=b'{"detail":"Method Not Allowed"}')

    summary = client.sync(on_progress=after_exchange)

    assert netsim.failures_sent == 1
    assert summary.result == "ok" and summary.blobs_down == N and _all_present(client, shas)
    assert netsim.counters.requests == 1 + 1 + N  # exchange, the refused batch, one GET each

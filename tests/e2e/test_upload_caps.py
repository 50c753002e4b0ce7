"""Uploads obey the same data caps as downloads, and what waits is counted and said."""

from __future__ import annotations

import os
from pathlib import Path

from sync.engine import Options
from sync.server import blobstore
from tutorclient import cases

SIZE = 3 * 1024 * 1024


def _pending(client) -> int:
    return client.store.db.execute(
        "SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]


def test_capped_syncs_hold_an_attachment_and_an_uncapped_one_sends_it(
        server_settings, netsim, make_client, tmp_path: Path) -> None:
    client = make_client("amina", netsim.url)
    client.sync()
    case_id = cases.new_draft(client.store, client.user["id"], client.user["partnerships"][0])
    cases.save_draft(client.store, case_id, {"title": "Rash after antibiotics"})
    client.sync()
    pdf = tmp_path / "ecg.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(SIZE - 9))  # random: no compression can help
    info = cases.add_attachment(client.store, client.blobs, case_id, pdf)
    on_server = blobstore.blob_path(server_settings.blob_dir, info.sha256)

    for options, words in [
        (Options(text_only=True), "wait for an unmetered link"),
        (Options(max_blob_bytes=1_000_000), "wait for your permission"),
        (Options(max_bytes=1_000_000), "data limit"),
    ]:
        netsim.reset_counters()
        summary = client.sync(options)
        assert summary.blobs_up == 0 and summary.uploads_waiting == 1, options
        assert summary.uploads_waiting_bytes == SIZE
        assert summary.result == "partial"
        assert any("1 attachment (3.1 MB) waits" in e and words.split()[-1] in e
                   for e in summary.errors), summary.errors
        assert netsim.counters.bytes_up < 50_000, options  # the file did not go up
        assert not on_server.exists()
        assert _pending(client) == 1  # the attachment's op waits with its file

    summary = client.sync()
    assert summary.blobs_up == 1 and summary.uploads_waiting == 0 and summary.pushed == 1
    assert on_server.exists() and blobstore.file_sha256(on_server) == info.sha256
    assert _pending(client) == 0

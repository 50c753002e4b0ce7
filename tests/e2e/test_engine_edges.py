"""Cancel, revoked tokens, protocol versions, data budgets and selective sync."""

from __future__ import annotations

import os
import threading
import time

import pytest

from sync import protocol
from sync.engine import Options
from sync.errors import AuthError, ProtocolVersionError, SyncInterrupted
from sync.server.admin import Admin
from tutorclient import discussions


def _course_blob(server_settings, course_id: str, size: int) -> str:
    """A PDF of ``size`` random bytes attached to a course, on the server."""
    admin = Admin(server_settings)
    try:
        data = os.urandom(size)
        sha = admin.add_blob(data)
        admin.put_record("attachments", f"big-{sha[:12]}", {
            "course_id": course_id, "owner_kind": "courses", "owner_id": course_id,
            "sha256": sha, "filename": "big.pdf", "mime": "application/pdf", "size": size,
            "role": "pdf"})
    finally:
        admin.close()
    return sha


def _first_course(profile) -> str:
    return profile.store.db.execute("SELECT id FROM courses ORDER BY position LIMIT 1").fetchone()[0]


def test_cancel_stops_within_a_second_and_resumes(server_settings, netsim, make_client) -> None:
    client = make_client("amina", netsim.url)
    client.sync()
    sha = _course_blob(server_settings, _first_course(client), 600_000)
    netsim.set_profile("none", down_bps=100_000)  # a slow link: the blob takes ~6 s
    engines = []
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            client.sync(engine_ready=engines.append)
        except BaseException as exc:  # noqa: BLE001 - examined below
            outcome["error"] = exc
        outcome["returned"] = time.monotonic()

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 20
    while client.blobs.partial_offset(sha) < 100_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert client.blobs.partial_offset(sha) >= 100_000, "the download never started"
    asked = time.monotonic()
    engines[-1].cancel()
    worker.join(timeout=10)
    assert outcome["returned"] - asked < 1.0
    assert isinstance(outcome["error"], SyncInterrupted)
    kept = client.blobs.partial_offset(sha)
    assert 100_000 <= kept < 600_000 and client.store.integrity_check() == []
    history = client.store.db.execute(
        "SELECT result FROM sync_history ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert history == "cancelled"

    netsim.set_profile("none")
    # The cut download's connection may still be draining through the proxy;
    # count only what the resumed sync moves.
    deadline = time.monotonic() + 10
    while netsim.open_connections and time.monotonic() < deadline:
        time.sleep(0.05)
    netsim.reset_connections()
    netsim.reset_counters()
    summary = client.sync()
    assert summary.blobs_down == 1 and client.blobs.has(sha)
    # Resumed from the partial file, not from zero.
    resumed = netsim.counters.bytes_down
    assert resumed < 600_000 - kept + 20_000, (resumed, kept)


def test_revoked_token_keeps_outbox_and_asks_for_login(server_settings, server, make_client) -> None:
    client = make_client("amina", server)
    client.sync()
    thread = client.store.db.execute("SELECT id FROM threads LIMIT 1").fetchone()[0]
    post = discussions.reply(client.store, client.user["id"], thread, "Sent after sign-in again")
    admin = Admin(server_settings)
    admin.set_disabled("amina")
    with pytest.raises(AuthError) as info:
        client.sync()
    assert "sign in" in info.value.user_message.lower()
    state = client.store.db.execute("SELECT state FROM outbox WHERE record_id = ?", [post]).fetchone()[0]
    assert state == "pending"
    admin.set_disabled("amina", False)
    admin.close()
    client.login(server, "amina", "demo-amina")
    assert client.sync().pushed == 1
    bodies = [r[0] for r in client.store.db.execute("SELECT body_md FROM posts")]
    assert bodies.count("Sent after sign-in again") == 1


@pytest.mark.parametrize("version, words", [(99, "server is older"), (0, "too old")])
def test_incompatible_protocol_versions_get_a_clear_message(server, make_client, monkeypatch,
                                                            version, words) -> None:
    client = make_client("amina", server)
    monkeypatch.setattr(protocol, "PROTOCOL_VERSION", version)
    with pytest.raises(ProtocolVersionError) as info:
        client.sync()
    assert words in info.value.user_message
    assert client.store.db.execute("SELECT count(*) FROM lessons").fetchone()[0] == 0


def test_data_budget_and_text_only_skip_blobs(server_settings, netsim, make_client) -> None:
    client = make_client("amina", netsim.url)
    summary = client.sync(Options(text_only=True))
    assert summary.blobs_down == 0 and summary.blobs_skipped > 0 and summary.result == "partial"
    _course_blob(server_settings, _first_course(client), 300_000)
    netsim.reset_counters()
    summary = client.sync(Options(max_bytes=150_000))
    # Everything that fitted came; the big file waits for a sync with more budget.
    assert summary.blobs_skipped >= 1 and summary.result == "partial"
    assert netsim.counters.bytes_up + netsim.counters.bytes_down <= 150_000
    assert client.sync().blobs_skipped == 0


def test_unsubscribed_course_downloads_no_files(server, make_client) -> None:
    client = make_client("amina", server)
    client.sync(Options(text_only=True))
    courses = [r[0] for r in client.store.db.execute("SELECT id FROM courses ORDER BY position")]
    with client.store.write() as db:
        db.execute("UPDATE subscriptions SET download_blobs = 0 WHERE course_id = ?", [courses[1]])
    client.sync()
    missing = client.store.db.execute(
        "SELECT a.course_id, b.state FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 "
        "WHERE a.owner_kind = 'courses'").fetchall()
    assert {state for course, state in missing if course == courses[0]} == {"present"}
    assert {state for course, state in missing if course == courses[1]} == {"wanted"}

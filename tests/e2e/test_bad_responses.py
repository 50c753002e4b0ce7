"""Damaged, cut-off and refused answers never damage the store.

The issue's requirement: a blob whose bytes do not match their hash is
refused and fetched again. Truncated or garbled responses and a server that
answers 500 or 503 mid-sync all leave the store consistent.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable

import pytest

from sync.engine import Options, Progress
from sync.errors import BadDataError, NetworkError
from sync.server import blobstore
from sync.server.admin import Admin
from sync.server.settings import Settings
from tutorclient import discussions
from tutorclient.session import Profile

TEXT = Options(text_only=True)  # a text-only pass reports "partial": blobs wait


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the transport's retries but cap its backoff, so failing tests fail fast.

    ``Retry-After`` is capped by the same limit, so tests that check it is
    honoured do not use this fixture.
    """
    original = Profile.transport

    def transport(self: Profile, token: str | None = None):
        t = original(self, token)
        t.config.backoff_base = t.config.backoff_max = 0.05
        return t

    monkeypatch.setattr(Profile, "transport", transport)


def _cursor(p: Profile) -> int:
    row = p.store.db.execute("SELECT cursor FROM sync_cursors WHERE name = 'main'").fetchone()
    return row[0] if row else 0


def _count(p: Profile, kind: str) -> int:
    return p.store.db.execute(f"SELECT count(*) FROM {kind}").fetchone()[0]


def _outbox_states(p: Profile) -> dict[str, str]:
    return dict(p.store.db.execute("SELECT uuid, state FROM outbox").fetchall())


def _snapshot(p: Profile) -> dict[str, object]:
    """What a sync could change: the cursor, every record count and the outbox."""
    kinds = ["courses", "lessons", "cases", "threads", "posts", "attachments", "blobs"]
    return {"cursor": _cursor(p), "outbox": _outbox_states(p),
            **{k: _count(p, k) for k in kinds}}


def _case_thread(p: Profile) -> str:
    return p.store.db.execute(
        "SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]


def _server_posts(settings: Settings, thread: str, n: int) -> None:
    """``n`` long posts written on the server (by a tutor) since the client's last sync."""
    admin = Admin(settings)
    try:
        author = admin.user_id("dr.sarah")
        for i in range(n):
            admin.put_record("posts", str(uuid.uuid4()), {
                "thread_id": thread, "author_id": author, "quote_post_id": None,
                "created_at": "2025-03-02T10:00:00Z",
                "body_md": f"Follow-up {i}: " + os.urandom(300).hex()})  # hex: compresses ~2x
    finally:
        admin.close()


def _arm_on_first_page(arm: Callable[[], None]) -> Callable[[Progress], None]:
    """A progress callback that runs ``arm`` once, after the first answer is applied."""
    armed = []

    def progress(p: Progress) -> None:
        if p.stage in ("exchange", "pages") and not armed:
            armed.append(True)
            arm()

    return progress


# -- a blob whose bytes do not match their hash ------------------------------------


def test_blob_with_wrong_bytes_is_refused_then_fetched_again(
        server_settings, netsim, make_client) -> None:
    client = make_client("amina", netsim.url)
    client.sync()
    course = client.store.db.execute("SELECT id FROM courses ORDER BY id LIMIT 1").fetchone()[0]
    good = os.urandom(200_000)
    admin = Admin(server_settings)
    try:
        sha = admin.add_blob(good)
        admin.put_record("attachments", str(uuid.uuid4()), {
            "course_id": course, "owner_kind": "courses", "owner_id": course, "sha256": sha,
            "filename": "chart.pdf", "mime": "application/pdf", "size": len(good), "role": "pdf"})
    finally:
        admin.close()
    on_disk = blobstore.blob_path(server_settings.blob_dir, sha)
    on_disk.write_bytes(good[:1000] + bytes([good[1000] ^ 1]) + good[1001:])  # bit rot

    summary = client.sync()

    assert summary.result == "partial" and summary.blobs_skipped == 1
    assert not client.blobs.has(sha) and client.blobs.partial_offset(sha) == 0
    state, error = client.store.db.execute(
        "SELECT state, last_error FROM blobs WHERE sha256 = ?", [sha]).fetchone()
    assert state == "wanted" and "damaged" in error
    assert client.store.integrity_check() == []

    on_disk.write_bytes(good)  # the server's file is repaired
    summary = client.sync()
    assert summary.result == "ok" and summary.blobs_down == 1
    assert client.blobs.read(sha) == good
    assert client.store.db.execute(
        "SELECT state, last_error FROM blobs WHERE sha256 = ?", [sha]).fetchone() == ("present", None)


# -- answers cut off mid-body --------------------------------------------------------


def test_answer_cut_mid_body_changes_nothing_and_loses_no_reply(
        server_settings, netsim, make_client, quick_retries) -> None:
    client = make_client("amina", netsim.url)
    other = make_client("khadra", netsim.url)
    client.sync(TEXT)
    other.sync(TEXT)
    thread = _case_thread(client)
    _server_posts(server_settings, thread, 30)
    reply = discussions.reply(client.store, client.user["id"], thread, "Sent over a bad link.")
    before = _snapshot(client)
    netsim.set_drop_after(2000)  # every answer is cut after its first 2 KB

    with pytest.raises(NetworkError) as failure:
        client.sync(TEXT)

    assert "saved" in failure.value.user_message  # plain language for the trainee
    assert netsim.counters.drops >= 2  # retried, and cut again each time
    assert _snapshot(client) == before  # not a record, not the cursor, not the outbox state
    assert client.store.integrity_check() == []

    netsim.set_drop_after(None)
    summary = client.sync(TEXT)
    assert summary.pushed == 1 and summary.pulled >= 30
    assert client.store.db.execute(
        "SELECT record_id, state FROM outbox").fetchall() == [(reply, "done")]
    other.sync(TEXT)
    for p in (client, other):  # the server applied the retried op once, not once per try
        assert p.store.db.execute(
            "SELECT count(*) FROM posts WHERE body_md = 'Sent over a bad link.'").fetchone()[0] == 1
        assert p.store.integrity_check() == []


# -- garbled answers ----------------------------------------------------------------


@pytest.mark.parametrize("offset", [0, 10, 1000, 8000])
def test_garbled_answer_is_refused_and_nothing_is_applied(
        netsim, make_client, offset: int) -> None:
    client = make_client("amina", netsim.url)
    netsim.set_corrupt(offset, count=1)  # one byte of the initial sync's answer, flipped

    with pytest.raises((BadDataError, NetworkError)) as failure:
        client.sync(TEXT)

    assert netsim.bytes_corrupted == 1
    assert "damaged" in failure.value.user_message or "connection" in failure.value.user_message
    assert _snapshot(client) == {"cursor": 0, "outbox": {}, "courses": 0, "lessons": 0,
                                 "cases": 0, "threads": 0, "posts": 0, "attachments": 0,
                                 "blobs": 0}
    assert client.store.integrity_check() == []
    assert client.sync(TEXT).pulled > 50  # the next, clean answer is applied whole


# Sync answers carry a zstd frame checksum, so a byte flipped on a plain-HTTP
# link is refused instead of applied as wrong data that still parses.
@pytest.mark.parametrize("offset", [100, 3000, 5000])
def test_garbled_answer_that_still_decodes_is_refused(netsim, make_client, offset: int) -> None:
    reference = make_client("amina", netsim.url, device="reference")
    reference.sync(TEXT)
    client = make_client("amina", netsim.url)
    netsim.set_corrupt(offset, count=1)
    try:
        client.sync(TEXT)
    except (BadDataError, NetworkError):
        return
    query = "SELECT * FROM {} ORDER BY id"
    for kind in ("courses", "lessons", "cases", "posts"):
        assert client.store.db.execute(query.format(kind)).fetchall() == \
            reference.store.db.execute(query.format(kind)).fetchall(), kind


# -- 500 and 503 mid-sync -------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_mid_sync_are_retried_honouring_retry_after(
        netsim, make_client, status: int) -> None:
    fresh = make_client("amina", netsim.url, device="fresh")
    fresh.sync(Options(text_only=True, page_size=5))
    pages = netsim.counters.requests - 1  # minus the sign-in (its answer carries the server key)
    client = make_client("amina", netsim.url)
    netsim.reset_counters()
    started = time.monotonic()

    summary = client.sync(Options(text_only=True, page_size=5), on_progress=_arm_on_first_page(
        lambda: netsim.fail_next(2, status=status, retry_after=1)))

    assert netsim.failures_sent == 2
    assert time.monotonic() - started >= 2.0  # waited Retry-After: 1, twice
    assert not summary.errors and netsim.counters.requests == pages + 2
    assert _snapshot(client) == _snapshot(fresh)
    assert client.store.integrity_check() == []


def test_server_down_mid_sync_keeps_the_pages_applied_and_resumes_there(
        netsim, make_client) -> None:
    options = Options(text_only=True, page_size=5)
    fresh = make_client("amina", netsim.url, device="fresh")
    netsim.reset_counters()
    fresh.sync(options)
    pages = netsim.counters.requests
    assert pages >= 4  # a multi-page initial sync
    client = make_client("amina", netsim.url)
    cursors: list[int] = []

    def arm() -> None:
        cursors.append(_cursor(client))
        netsim.fail_next(100, status=503, retry_after=0)

    with pytest.raises(NetworkError) as failure:
        client.sync(options, on_progress=_arm_on_first_page(arm))

    assert failure.value.user_message.startswith("The server is busy")
    assert netsim.failures_sent == 1 + client.transport().config.max_retries
    assert _cursor(client) == cursors[0] > 0  # the last fully applied page
    assert 0 < _count(client, "courses") + _count(client, "users") + _count(client, "partnerships")
    assert client.store.integrity_check() == []

    netsim.fail_next(0)
    netsim.reset_counters()
    summary = client.sync(options)
    assert not summary.errors
    # Resumed after page one, not from zero (pages - 1); then one request more: the
    # device reports the failed pass to the server (POST /v1/device-health, docs/insight.md).
    assert netsim.counters.requests == pages - 1 + 1
    assert _snapshot(client) == _snapshot(fresh)
    assert client.store.integrity_check() == []

"""A large first sync finishes on the ``flaky`` link (issue 13, pull pages after drops).

Version 2 pages are up to 2 MiB of JSON, a few hundred KB on the wire. On
``flaky`` (about one drop per 50 KiB) such a page resent whole would almost
never arrive; the engine halves its page after each drop, down to 64 KiB, and
doubles it again after each answer. The link runs at flaky's loss pattern
(random drops, seeded) but a rate that lets the test take seconds.
"""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

from sync.engine import PAGE_BYTES_FLOOR
from sync.server.admin import Admin

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks._vocab import sentence  # noqa: E402

POSTS = 1500
FAST_FLAKY = {"down_bps": 4_000_000.0, "up_bps": 4_000_000.0, "rtt_s": 0.02}


def test_large_first_sync_on_flaky_finishes_by_shrinking_pages(server_settings, netsim,
                                                                make_client) -> None:
    seeder = make_client("amina", netsim.url)
    seeder.sync()
    thread, author = seeder.store.db.execute(
        "SELECT thread_id, author_id FROM posts LIMIT 1").fetchone()
    admin = Admin(server_settings)
    try:
        rng = random.Random(13)
        for _ in range(POSTS):  # ~1 KB of clinical prose each: ~1.6 MB of JSON
            body = " ".join(sentence(rng) for _ in range(12))[:1000]
            admin.put_record("posts", str(uuid.uuid4()), {
                "thread_id": thread, "author_id": author, "body_md": body,
                "created_at": "2025-03-01T09:00:00Z"})
    finally:
        admin.close()
    netsim.set_profile("flaky", **FAST_FLAKY)
    netsim.reset_counters()

    fresh = make_client("amina", netsim.url, device="second-laptop")  # a new device, cursor 0
    summary = fresh.sync()

    c = netsim.counters
    assert c.drops >= 5, c  # the link really kept breaking
    assert summary.stage == "done"
    got = fresh.store.db.execute("SELECT count(*) FROM posts WHERE thread_id = ?",
                                 [thread]).fetchone()[0]
    assert got >= POSTS
    assert fresh.store.integrity_check() == []
    print(f"\nflaky first sync: {POSTS} posts, {c}, summary requests {summary.requests}, "
          f"floor {PAGE_BYTES_FLOOR}")

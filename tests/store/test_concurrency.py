"""Readers and a writer on separate threads, each with its own connection."""

from __future__ import annotations

import threading
from pathlib import Path

from tutorclient.store import Store, records


def test_concurrent_readers_and_writer(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    total = 400
    errors: list[BaseException] = []
    done = threading.Event()
    seen_counts: list[int] = []

    def writer() -> None:
        try:
            for i in range(total):
                with store.write() as db:
                    records.put(db, "posts", {
                        "id": f"p{i}", "version": 1, "thread_id": "t", "author_id": "u",
                        "body_md": f"reply number {i} about sepsis", "quote_post_id": None,
                        "created_at": "2026-11-24",
                    })
                    db.execute(
                        "INSERT INTO sync_cursors (name, cursor, updated_at) VALUES ('main', ?, '') "
                        "ON CONFLICT(name) DO UPDATE SET cursor = excluded.cursor", [i + 1])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            done.set()
            store.close_thread_connection()

    def reader() -> None:
        try:
            while not done.is_set():
                db = store.db
                # A reader sees a consistent snapshot: the cursor never runs ahead
                # of the posts committed with it.
                db.execute("BEGIN")
                posts = db.execute("SELECT count(*) FROM posts").fetchone()[0]
                cursor = db.execute(
                    "SELECT coalesce(max(cursor), 0) FROM sync_cursors").fetchone()[0]
                db.execute("COMMIT")
                assert posts == cursor, (posts, cursor)
                seen_counts.append(posts)
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.close_thread_connection()

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert store.db.execute("SELECT count(*) FROM posts").fetchone()[0] == total
    assert len(seen_counts) > 10 and 0 < max(seen_counts) <= total
    assert store.integrity_check() == []
    store.close()


def test_each_thread_gets_its_own_connection(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    main_conn = store.db.conn
    other: list[object] = []
    t = threading.Thread(target=lambda: other.append(store.db.conn))
    t.start()
    t.join()
    assert other[0] is not main_conn
    assert store.db.conn is main_conn
    store.close()

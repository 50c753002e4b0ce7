"""Migrations, and a round trip of every table through the store."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlite_utils import Database

from sync.errors import BadDataError
from tutorclient.store import Store, records
from tutorclient.store.schema import LATEST, migrations


def test_empty_database_migrates_to_latest(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    assert store.applied_migrations() == LATEST
    tables = set(store.db.table_names())
    expected = set(records.KINDS) | {
        "quiz_questions", "quiz_options", "outbox", "sync_cursors", "sync_history",
        "conflicts", "blobs", "subscriptions", "settings", "lessons_fts", "posts_fts",
    }
    assert expected <= tables
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Reopening applies nothing twice.
    store.close()
    again = Store.open(profile_dir)
    assert again.migrate() == []
    assert again.applied_migrations() == LATEST
    again.close()


def test_fast_open_knows_every_migration() -> None:
    """Store.migrate skips loading the schema when the database has every name in
    versions.MIGRATION_NAMES; a migration missing from that list would never run."""
    from tutorclient.store.versions import MIGRATION_NAMES

    assert list(MIGRATION_NAMES) == LATEST


def test_opening_an_up_to_date_profile_loads_no_sqlite_utils(profile_dir: Path) -> None:
    import subprocess
    import sys

    from tutorclient.session import Profile

    Profile(profile_dir).close()  # the first open migrates, and moves legacy files once
    code = ("import sys; from tutorclient.session import Profile; "
            f"p = Profile({str(profile_dir)!r}); p.setting('font_size'); p.close(); "
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_database_from_older_schema_is_upgraded_keeping_data(profile_dir: Path) -> None:
    # Build a database as the first release left it: only m001 applied.
    old = Database(sqlite3.connect(str(profile_dir / "profile.db"), isolation_level=None))
    migrations.apply(old, stop_before=LATEST[1])
    assert [m.name for m in migrations.applied(old)] == LATEST[:1]
    old.execute(
        "INSERT INTO lessons (id, version, course_id, module_id, slug, title, body_md) "
        "VALUES ('l1', 3, 'c1', 'm1', 'airway', 'Airway', 'Open the airway with a jaw thrust')"
    )
    old.close()

    store = Store.open(profile_dir)
    assert store.applied_migrations() == LATEST
    assert records.get(store.db, "lessons", "l1")["version"] == 3
    # The search migration indexed the row that existed before it.
    hits = [h.id for h in store_search(store, "jaw thrust")]
    assert hits == ["l1"]
    assert store.integrity_check() == []
    store.close()


def store_search(store: Store, text: str):
    from tutorclient.store import search

    return search(store.db, text)


def _sample(kind: str) -> dict:
    """A record of every field for ``kind``, with distinctive values."""
    values = {
        "partnerships": ["somaliland", "palestine"],
        "specialisms": ["obstetrics"],
        "answers": {"q1": [2]},
        "questions": [
            {"id": "q1", "prompt": "First step?", "options": ["A", "B", "C"], "correct": [2],
             "explanation": "Airway first."},
            {"id": "q2", "prompt": "Pick two", "options": ["x", "y", "z"], "correct": [0, 1],
             "explanation": ""},
        ],
        "role": "trainee", "status": "submitted", "decision": "reviewed", "kind": "case",
        "size": 1234, "position": 2, "minutes": 7, "score": 3, "max_score": 4,
        "rubric_score": 4, "rating": 3, "sha256": "ab" * 32, "original_sha256": "cd" * 32, "original_size": 4321,
        "active_seconds": 600,
        "audience": "coordinator", "figures": {"courses": [{"id": "c1", "attempts": 3}]},
        "failures": 2, "month_bytes": 123456, "month_cap": 50_000_000, "day_cap": None,
    }
    record = {"id": str(uuid.uuid4()), "version": 7}
    for field in records.KINDS[kind]:
        record[field] = values.get(field, f"{kind}.{field} ✓ é")
    if kind == "attachments":
        record["role"] = "image"
    if kind == "progress":
        record["position"] = 0.5
    return record


@pytest.mark.parametrize("kind", sorted(records.KINDS))
def test_every_kind_round_trips(profile_dir: Path, kind: str) -> None:
    store = Store.open(profile_dir)
    record = _sample(kind)
    with store.write() as db:
        records.put(db, kind, record)
    assert records.get(store.db, kind, record["id"]) == record

    changed = dict(record, version=8)
    free_text = [f for f in records.KINDS[kind] if str(record[f]).startswith(f"{kind}.")]
    changed[free_text[0]] = "changed"
    with store.write() as db:
        records.put(db, kind, changed)
    assert records.get(store.db, kind, record["id"]) == changed

    with store.write() as db:
        assert records.delete(db, kind, record["id"])
    assert records.get(store.db, kind, record["id"]) is None
    store.close()


def test_local_tables_round_trip(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    now = "2026-11-24T07:00:00Z"
    rows = {
        "outbox": {"uuid": str(uuid.uuid4()), "kind": "posts", "record_id": "p1",
                   "action": "put", "base_version": None,
                   "payload": json.dumps({"body_md": "hello"}), "state": "pending",
                   "attempts": 0, "result": None, "error": None,
                   "created_at": now, "updated_at": now},
        "sync_cursors": {"name": "main", "cursor": 42, "updated_at": now},
        "sync_history": {"started_at": now, "finished_at": now, "result": "ok", "stage": "done",
                         "requests": 1, "bytes_up": 300, "bytes_down": 250, "pushed": 1,
                         "pulled": 2, "conflicts": 0, "blobs": 0, "error": None,
                         "via": "network"},
        "conflicts": {"outbox_uuid": "u1", "kind": "cases", "record_id": "c1",
                      "local_payload": "{}", "server_record": "{}", "created_at": now,
                      "resolved_at": None, "resolution": None},
        "blobs": {"sha256": "cd" * 32, "size": 10, "mime": "image/png", "priority": 10,
                  "state": "partial", "received": 5, "last_error": None, "updated_at": now},
        "subscriptions": {"course_id": "c1", "subscribed_at": now, "download_blobs": 1},
        "settings": {"key": "font_size", "value": "12"},
    }
    with store.write() as db:
        for table, row in rows.items():
            db[table].insert(row)
    for table, row in rows.items():
        stored = list(store.db[table].rows)
        assert len(stored) == 1
        assert {k: stored[0][k] for k in row} == row
    store.close()


def test_unknown_fields_and_kinds_are_refused(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    with pytest.raises(BadDataError, match="Unknown fields for posts: colour"):
        with store.write() as db:
            records.put(db, "posts", {"id": "p", "colour": "red"})
    with pytest.raises(BadDataError, match="Unknown record kind"):
        records.get(store.db, "secrets", "x")
    store.close()


def test_failed_write_leaves_nothing_behind(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    post = _sample("posts")
    with pytest.raises(sqlite3.IntegrityError):
        with store.write() as db:
            records.put(db, "posts", post)
            # A second, invalid row in the same transaction rolls back the first.
            records.put(db, "cases", dict(_sample("cases"), status="lost"))
    assert records.get(store.db, "posts", post["id"]) is None
    store.close()

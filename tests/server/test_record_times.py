"""The server's accept times: in changes and results, not in tombstones or no-op answers,
and added to a database made before they existed."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import inspect, text
from srv_helpers import new_id, op

from sync.server.db import Database
from sync.server.settings import Settings


def _post(world, client) -> dict:
    thread = world.som["threads"]
    return {"thread_id": thread, "author_id": client.id, "body_md": "hello",
            "created_at": "2019-01-01T00:00:00Z"}  # a clock years behind: only displayed


def test_changes_and_results_carry_the_servers_times(world):
    amina, tutor = world.client("amina"), world.client("tutor.som")
    tutor.pull_all()
    before = int(time.time() * 1000)
    pid = new_id(amina)
    body = amina.sync([op("posts", pid, _post(world, amina))])
    after = int(time.time() * 1000)
    created, updated = body["r"][0]["t"]
    assert before <= created == updated <= body["t"] <= after
    change = tutor.sync()["x"]
    [mine] = [c for c in change if c["i"] == pid]
    assert mine["t"] == [created, updated] and mine["d"]["created_at"] == "2019-01-01T00:00:00Z"
    # A no-op answer stays as small as before: no server time, nothing to order.
    assert set(tutor.sync()) == {"v", "c"}


def test_tombstones_carry_no_times(world):
    amina, laptop = world.client("amina"), world.client("amina")  # her two devices
    cid = new_id(amina)
    amina.push(op("cases", cid, {"author_id": amina.id, "partnership_id": world.p_som,
                                 "specialism": "emergency", "title": "t", "status": "draft"}))
    laptop.pull_all()
    res = amina.push(op("cases", cid, base=1, action="del"))[0]
    assert res["s"] == "ok" and "t" not in res
    [gone] = [c for c in laptop.sync()["x"] if c["i"] == cid]
    assert gone["d"] is None and "t" not in gone


def test_an_older_database_gets_the_time_columns(tmp_path: Path):
    settings = Settings(data_dir=tmp_path / "srv", argon2_profile="test")
    db = Database(settings)
    db.create_schema()
    with db.engine.begin() as conn:  # as the table was before the times (and migrations) existed
        for name in ("created_ms", "updated_ms", "submitted_ms"):
            conn.execute(text(f"ALTER TABLE records DROP COLUMN {name}"))
        from sync.server.migrate import BASELINE_TABLES

        for table in set(inspect(conn).get_table_names()) - set(BASELINE_TABLES):
            conn.execute(text(f"DROP TABLE {table}"))  # alembic_version and later tables
    assert "created_ms" not in {c["name"] for c in inspect(db.engine).get_columns("records")}
    db.create_schema()
    columns = {c["name"] for c in inspect(db.engine).get_columns("records")}
    assert {"created_ms", "updated_ms", "submitted_ms"} <= columns
    db.engine.dispose()

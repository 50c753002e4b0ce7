"""The no-op fast path stays right with several server processes on one database.

Two ``tutorclient-server serve`` processes share one SQLite file, as several
workers would. Each keeps its own in-memory token cache; the head and the auth
epoch they check live in the database. A write or a revocation committed
through one process must be seen at once by a request to the other.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sync.server.admin import Admin
from sync.server.fastpath import CounterProbe
from sync.server.settings import Settings
from sync.server.testing import free_port, run_server

from srv_helpers import Client, new_id, op

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "fast-path-password"


def _seed(data: Path) -> None:
    admin = Admin(Settings(data_dir=data, argon2_profile="test"))
    admin.init()
    admin.seed_demo()
    admin.create_user("fast.a", PASSWORD, "trainee", ["somaliland"])
    admin.close()


def _serve(data: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sync.server.cli", "--data", str(data),
                             "serve", "--port", str(port), *extra], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(base + "/healthz", timeout=1).status_code == 204:
                return proc, base
        except requests.RequestException:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


@pytest.fixture
def two_servers(tmp_path: Path) -> Iterator[tuple[str, str, Path]]:
    data = tmp_path / "data"
    _seed(data)
    procs = [_serve(data), _serve(data)]
    try:
        yield procs[0][1], procs[1][1], data
    finally:
        for proc, _ in procs:
            proc.terminate()
            proc.wait(timeout=10)


def _note(c: Client) -> dict:
    lesson = next(i for (k, i) in c.pull_all(cursor=0) if k == "lessons")
    return op("notes", new_id(c), {"user_id": c.id, "lesson_id": lesson, "body": "from B"})


def _warm(c: Client) -> int:
    """Bring ``c`` up to date and sync twice more: the last no-op is cached."""
    c.pull_all()
    for _ in range(2):
        assert set(c.sync()) == {"v", "c"}
    return c.cursor


def test_write_through_another_process_is_never_missed(two_servers) -> None:
    one, two, _ = two_servers
    a1 = Client(one, "fast.a", PASSWORD, device="a1")
    a2 = Client(two, "fast.a", PASSWORD, device="a2")
    note = _note(a2)
    for round_ in range(3):
        before = _warm(a1)
        edit = note if round_ == 0 else {**note, "u": str(uuid.uuid4()), "b": round_,
                                         "d": {**note["d"], "body": f"edit {round_}"}}
        assert [r["s"] for r in a2.push(edit)] == ["ok"]
        # The write committed through process two before this request began.
        body = a1.sync(cursor=before)
        assert body["c"] > before
        got = [ch for ch in body.get("x", []) if ch["i"] == note["i"]]
        assert got and got[0]["v"] == round_ + 1, body


def test_revocation_through_another_process_is_seen_at_once(two_servers) -> None:
    one, two, data = two_servers
    a1 = Client(one, "fast.a", PASSWORD, device="a1")
    _warm(a1)
    # a1's own token ends its session through process two.
    r = requests.post(f"{two}/v1/logout", headers={"Authorization": f"Bearer {a1.token}"})
    assert r.status_code == 204
    assert a1.raw({"v": 1, "c": a1.cursor}).status_code == 401

    b1 = Client(one, "fast.a", PASSWORD, device="b1")
    _warm(b1)
    subprocess.run([sys.executable, "-m", "sync.server.cli", "--data", str(data), "user",
                    "disable", "fast.a"], cwd=ROOT, check=True, capture_output=True, timeout=60)
    assert b1.raw({"v": 1, "c": b1.cursor}).status_code == 401


def test_every_account_change_moves_the_auth_epoch(tmp_path: Path) -> None:
    """Cached viewers carry scopes and roles: any account edit must invalidate them."""
    data = tmp_path / "data"
    _seed(data)
    admin = Admin(Settings(data_dir=data, argon2_profile="test"))
    probe = CounterProbe(admin.db.engine, True)
    try:
        edits = [lambda: admin.set_partnerships("fast.a", ["palestine"]),
                 lambda: admin.set_password("fast.a", "another-password"),
                 lambda: admin.set_disabled("fast.a", True)]
        for edit in edits:
            head, epoch = probe.read()
            edit()
            assert probe.read()[1] > epoch
    finally:
        admin.close()


def test_up_to_date_no_op_takes_the_fast_path(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _seed(data)
    with run_server(data) as base:
        c = Client(base, "fast.a", PASSWORD)
        c.pull_all()
        service = _service(data)
        hits = service.fast_hits
        for _ in range(5):
            assert c.sync() == {"v": 1, "c": c.cursor}
        # The first no-op fills the token cache; the others are answered from it.
        assert service.fast_hits - hits >= 4
        # A client behind the head, or sending ops, goes the ordinary way.
        hits = service.fast_hits
        c.sync(cursor=c.cursor - 1)
        assert service.fast_hits == hits


def _service(data: Path):
    """The sync service of the in-process server over ``data`` (run_server yields a URL)."""
    import gc

    from sync.server.routes_sync import SyncService

    services = [o for o in gc.get_objects()
                if isinstance(o, SyncService) and str(data) in o.db.url]
    assert len(services) == 1
    return services[0]


def test_serve_with_two_workers(tmp_path: Path) -> None:
    """``serve --workers 2``: one port, two processes; writes are seen whichever answers."""
    data = tmp_path / "data"
    _seed(data)
    proc, base = _serve(data, "--workers", "2")
    try:
        a1 = Client(base, "fast.a", PASSWORD, device="a1")
        a2 = Client(base, "fast.a", PASSWORD, device="a2")
        note = _note(a2)
        before = _warm(a1)
        assert a2.push(note)
        got = a1.sync(cursor=before).get("x", [])
        assert [ch["i"] for ch in got] == [note["i"]]
    finally:
        proc.terminate()
        proc.wait(timeout=20)

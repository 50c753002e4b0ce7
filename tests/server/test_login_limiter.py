"""The failed-login limiter forgets what its window has passed, and counts in the database.

It lives for months: a stream of sign-in attempts with made-up usernames
from many addresses must not grow it without end. And with several workers
on one database, a guesser spread over them is held to one limit.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from sync.server import auth
from sync.server.auth import LoginLimiter
from sync.server.db import Database
from sync.server.settings import Settings


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The limiter's clock, moved by the test (only inside sync.server.auth)."""
    now = [1000.0]
    monkeypatch.setattr(auth, "time", SimpleNamespace(time=lambda: now[0]))
    return now


@pytest.fixture
def database(backend: str, make_db_url, tmp_path: Path):
    db = Database(Settings(data_dir=tmp_path / "data", db_url=make_db_url()))
    db.create_schema()
    yield db
    db.dispose()


def test_expired_failures_are_forgotten(clock: list[float], database: Database) -> None:
    limiter = LoginLimiter(database, per_user=5, window=60)
    for n in range(300):
        limiter.failed(f"guess-{n}", f"10.0.{n // 250}.{n % 250}")
    assert len(limiter) == 600  # (username, ip) and per-IP counts, all live
    clock[0] += 61
    limiter.failed("amina", "10.9.9.9")
    assert len(limiter) == 2  # only amina's and her address's


def test_two_workers_share_one_count(clock: list[float], database: Database) -> None:
    # Two limiters on one database, as two worker processes: tries alternate.
    one = LoginLimiter(database, per_user=4, window=600)
    two = LoginLimiter(database, per_user=4, window=600)
    for n in range(4):
        (one if n % 2 else two).failed("amina", "10.9.9.9")
    assert one.retry_after("amina", "10.9.9.9") > 0
    assert two.retry_after("amina", "10.9.9.9") > 0
    assert two.retry_after("yusuf", "10.9.9.8") == 0


def test_a_success_and_an_expired_window_clear_the_wait(clock: list[float],
                                                        database: Database) -> None:
    limiter = LoginLimiter(database, per_user=2, window=60)
    limiter.failed("amina", "10.0.0.1")
    limiter.failed("amina", "10.0.0.1")
    assert 0 < limiter.retry_after("amina", "10.0.0.1") <= 61
    limiter.succeeded("amina", "10.0.0.1")
    assert limiter.retry_after("amina", "10.0.0.1") == 0
    limiter.failed("amina", "10.0.0.1")
    limiter.failed("amina", "10.0.0.1")
    assert limiter.retry_after("amina", "10.0.0.1") > 0
    clock[0] += 61
    assert limiter.retry_after("amina", "10.0.0.1") == 0

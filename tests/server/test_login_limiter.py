"""The failed-login limiter forgets what its window has passed, and never holds more than a cap.

It lives in the server's memory for months: a stream of sign-in attempts
with made-up usernames from many addresses must not grow it without end.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sync.server import auth
from sync.server.auth import LoginLimiter


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The limiter's monotonic clock, moved by the test (only inside sync.server.auth)."""
    now = [1000.0]
    monkeypatch.setattr(auth, "time", SimpleNamespace(monotonic=lambda: now[0]))
    return now


def test_expired_failures_are_forgotten(clock: list[float]) -> None:
    limiter = LoginLimiter(per_user=5, window=60)
    for n in range(5_000):
        limiter.failed(f"guess-{n}", f"10.0.{n // 250}.{n % 250}")
    assert len(limiter) > 5_000  # (username, ip) and per-IP counters, all live
    clock[0] += 61
    limiter.failed("amina", "10.9.9.9")
    assert len(limiter) == 2  # only amina's and her address's


def test_the_counters_are_bounded_and_keep_the_newest(clock: list[float]) -> None:
    limiter = LoginLimiter(per_user=3, window=600, max_keys=1_000)
    for n in range(20_000):
        clock[0] += 0.001
        limiter.failed(f"guess-{n}", f"10.{n // 62500}.{n // 250 % 250}.{n % 250}")
    assert len(limiter) <= 1_000
    # The newest attacker is still held to the limit.
    for _ in range(3):
        limiter.failed("amina", "10.9.9.9")
    assert limiter.retry_after("amina", "10.9.9.9") > 0
    assert limiter.retry_after("yusuf", "10.9.9.8") == 0


def test_a_success_and_an_expired_window_clear_the_wait(clock: list[float]) -> None:
    limiter = LoginLimiter(per_user=2, window=60)
    limiter.failed("amina", "10.0.0.1")
    limiter.failed("amina", "10.0.0.1")
    assert 0 < limiter.retry_after("amina", "10.0.0.1") <= 61
    clock[0] += 61
    assert limiter.retry_after("amina", "10.0.0.1") == 0
    assert len(limiter) == 0

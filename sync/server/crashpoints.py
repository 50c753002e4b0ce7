"""Test-only crash points: the server SIGKILLs itself at a named step of a sync.

Crash trials (``tests/e2e/crashkit.py``, ``benchmarks/crash_trials.py``) need
the server to die at the worst moments, which a kill from outside can only hit
by luck: just before the write transaction of a push commits, or just after
it committed while the answer is not yet sent. Set, before the server starts::

    TUTORCLIENT_SERVER_CRASH_AT=push_before_commit        # the first time it is reached
    TUTORCLIENT_SERVER_CRASH_AT=push_after_commit:3       # the third time

The variable is read once, when the sync service is built; without it every
:meth:`CrashPoints.hit` is a no-op. Nothing in a deployment sets it.
"""

from __future__ import annotations

import logging
import os
import signal
import threading

log = logging.getLogger("tutorclient.server.crashpoints")

ENV = "TUTORCLIENT_SERVER_CRASH_AT"
#: Where :mod:`sync.server.routes_sync` calls :meth:`CrashPoints.hit`.
POINTS = (
    "push_before_commit",  # the ops are applied inside the open write transaction
    "push_after_commit",  # committed; the page is not pulled and no answer sent
    "pull_page",  # a pull-only exchange, before its page is read
)


class CrashPoints:
    """Counts the points reached and kills the process at the armed one."""

    def __init__(self, spec: str | None = None) -> None:
        self.point: str | None = None
        self.nth = 1
        self._count = 0
        self._lock = threading.Lock()
        if spec:
            point, _, nth = spec.strip().partition(":")
            if point not in POINTS or (nth and not nth.isdigit()) or nth == "0":
                raise ValueError(f"{ENV} must be one of {', '.join(POINTS)}, "
                                 f"optionally with ':N'; got {spec!r}")
            self.point, self.nth = point, int(nth or 1)
            log.warning("test crash point armed: SIGKILL at %s #%d", self.point, self.nth)

    @classmethod
    def from_env(cls) -> CrashPoints:
        return cls(os.environ.get(ENV))

    def hit(self, point: str) -> None:
        """Die here (SIGKILL: no cleanup, no commit, no answer) if ``point`` is armed."""
        if point != self.point:
            return
        with self._lock:
            self._count += 1
            if self._count == self.nth:
                os.kill(os.getpid(), signal.SIGKILL)


__all__ = ["ENV", "POINTS", "CrashPoints"]

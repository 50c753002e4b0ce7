"""Retention: what the server forgets, and when (docs/deploy.md "Retention").

The op log (``ops``) is what makes a push idempotent: a client whose answer was
lost sends the same op again, and the server answers with the stored result
instead of applying it twice. A client may be offline for months (a laptop in a
cupboard over the rainy season, a stick that takes weeks to arrive), then replay
its outbox. So an op is kept far longer than any offline period we support:

* **ops**: kept :data:`DEFAULT_OPS_DAYS` days (365). Never fewer than
  :data:`MIN_OPS_DAYS` (180), the longest offline period the product supports;
  ``prune`` refuses a shorter window.
* **sessions** whose refresh token expired (they can never be used again), and
  **spent refresh tokens** past their expiry (reuse detection needs them only
  while the token could still be presented).

Records, tombstones and blobs are never pruned here: they are users' work.

It runs as ``tutorclient-server prune`` and, in a running server, every
``Settings.prune_every`` seconds (daily by default) on a background thread. With
several workers each runs it; deleting what is already deleted is harmless.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from sqlalchemy import delete

from sync.server import schema as t
from sync.server.db import Database

log = logging.getLogger(__name__)

DAY = 86400
MIN_OPS_DAYS = 180
DEFAULT_OPS_DAYS = 365


@dataclass(frozen=True)
class Pruned:
    """How many rows one pass removed."""

    ops: int
    sessions: int
    spent_refresh: int


def prune(db: Database, ops_days: int = DEFAULT_OPS_DAYS, now: int | None = None) -> Pruned:
    """Remove what the retention policy no longer needs; refuses a window under 180 days."""
    if ops_days < MIN_OPS_DAYS:
        raise ValueError(f"ops must be kept at least {MIN_OPS_DAYS} days (asked {ops_days}): "
                         "a device offline that long still replays its changes")
    ts = int(time.time()) if now is None else now
    with db.write_raw() as conn:
        ops = conn.execute(delete(t.ops).where(t.ops.c.created_at < ts - ops_days * DAY)).rowcount
        sessions = conn.execute(delete(t.sessions).where(
            t.sessions.c.refresh_expires < ts)).rowcount
        spent = conn.execute(delete(t.spent_refresh).where(
            t.spent_refresh.c.expires < ts)).rowcount
    return Pruned(ops=ops, sessions=sessions, spent_refresh=spent)


class PeriodicPrune:
    """Runs :func:`prune` every ``every`` seconds on a daemon thread until stopped."""

    def __init__(self, db: Database, every: int, ops_days: int = DEFAULT_OPS_DAYS) -> None:
        self.db, self.every, self.ops_days = db, every, ops_days
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="retention", daemon=True)

    def start(self) -> "PeriodicPrune":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        # First pass shortly after start (a server restarted daily still prunes).
        wait = min(60, self.every)
        while not self._stop.wait(wait):
            wait = self.every
            try:
                done = prune(self.db, self.ops_days)
            except Exception:  # a busy or unreachable database: try again next time
                log.exception("retention pass failed; next try in %d s", self.every)
                continue
            log.info("retention: removed %d ops, %d expired sessions, %d spent tokens",
                     done.ops, done.sessions, done.spent_refresh)


__all__ = ["Pruned", "prune", "PeriodicPrune", "MIN_OPS_DAYS", "DEFAULT_OPS_DAYS"]

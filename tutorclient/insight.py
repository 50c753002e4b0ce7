"""The figures view's core: the server's figures from the local store, and this device's health.

* :func:`load_insights` reads the ``insights`` records the last sync brought (the
  server computes them, docs/insight.md), so the view works offline.
* :func:`queue_device_health` writes this device's small sync-health summary
  (failed passes in 30 days, data used this month, the caps) as its own
  ``device_health`` record before a pass, so it reaches the server with the next
  sync that gets through; a failed pass withdraws it (:func:`withdraw_device_health`).
  It is rewritten only when something a coordinator would act on changed, so a
  quiet device sends nothing.
* :func:`save_csv` and :func:`save_bytes` save a chart's data and picture where
  the user chose (the UI does no file I/O).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sync.protocol import derived_record_id

from .connectivity import load_data_settings, usage
from .outbox import now_iso, record_change
from .store import Store, records

FAILURE_WINDOW_DAYS = 30
#: A new report when the month's data moved by this much (or a twentieth of the cap).
REPORT_BYTES_STEP = 1_000_000


@dataclass(frozen=True)
class Insight:
    """One synced set of figures: a partnership as one viewer may see it."""

    id: str
    partnership_id: str
    partnership: str
    audience: str
    period_from: str
    period_to: str
    computed_at: str | None
    figures: dict[str, Any]


def load_insights(store: Store, viewer_id: str) -> list[Insight]:
    """The viewer's figures, one per partnership, by partnership name."""
    rows = store.db.execute(
        "SELECT i.id, i.partnership_id, coalesce(p.name, ''), i.audience, i.period_from, "
        "i.period_to, i.computed_at, i.figures FROM insights i "
        "LEFT JOIN partnerships p ON p.id = i.partnership_id "
        "WHERE i.viewer_id = ? ORDER BY p.name, i.partnership_id", [viewer_id]).fetchall()
    out = []
    for rid, pid, name, audience, start, end, computed, figures in rows:
        data = json.loads(figures or "{}")
        out.append(Insight(rid, pid, name or data.get("partnership") or pid, audience, start,
                           end, computed, data))
    return out


# -- this device's health --------------------------------------------------------------------


def health_summary(store: Store, now: datetime | None = None) -> dict[str, Any]:
    """Failed network passes in the last 30 days, the latest one, data used, the caps."""
    moment = now or datetime.now(UTC)
    since = (moment - timedelta(days=FAILURE_WINDOW_DAYS)).astimezone(UTC)
    failures, last = store.db.execute(
        "SELECT count(*), max(started_at) FROM sync_history WHERE result = 'failed' "
        "AND via = 'network' AND started_at >= ?",
        [since.strftime("%Y-%m-%dT%H:%M:%SZ")]).fetchone()
    settings = load_data_settings(store)
    return {"failures": int(failures or 0), "last_failure": last,
            "month_bytes": int(usage(store, moment).month),
            "month_cap": settings.monthly_cap, "day_cap": settings.daily_cap}


def _worth_sending(old: dict[str, Any] | None, new: dict[str, Any]) -> bool:
    if old is None:
        return True
    if any(old.get(k) != new[k] for k in ("failures", "last_failure", "month_cap", "day_cap")):
        return True
    step = max(REPORT_BYTES_STEP, (new["month_cap"] or 0) // 20)
    moved = abs((old.get("month_bytes") or 0) - new["month_bytes"])
    return moved >= step or new["month_bytes"] < (old.get("month_bytes") or 0)  # a new month


def device_health_id(user_id: str, device: str) -> str:
    """The one health record of this device (the same id on every pass)."""
    return derived_record_id(user_id, "device_health", device)


def queue_device_health(store: Store, user_id: str, device: str,
                        now: datetime | None = None) -> bool:
    """Queue this device's health summary when it changed enough; True if queued."""
    summary = health_summary(store, now)
    rid = device_health_id(user_id, device)
    with store.write() as db:
        old = records.get(db, "device_health", rid)
        row = db.execute("SELECT local_state FROM device_health WHERE id = ?", [rid]).fetchone()
        # Compared with what the server accepted; a report still unsent is always renewed.
        if row and row[0] == "synced" and not _worth_sending(old, summary):
            return False
        record_change(db, "device_health", rid, {
            "user_id": user_id, "device": device, **summary, "reported_at": now_iso()})
    return True


def withdraw_device_health(store: Store) -> int:
    """Drop a health report the failed pass did not send; the next pass writes a fresh one.

    So the outbox ("All changes sent", the unsent work a removal warns about) only
    ever holds the user's own work between passes. A report that went out (its
    answer lost) stays: the server may have it, and its retry is idempotent.
    """
    with store.write() as db:
        return db.execute("DELETE FROM outbox WHERE kind = 'device_health' AND state = 'pending' "
                          "AND attempts = 0").rowcount


# -- exports -------------------------------------------------------------------------------------


def _replace_atomically(path: Path, data: bytes) -> Path:
    """Write to a temporary file beside ``path``, then rename: a full disk leaves no half file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".export-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def save_csv(path: Path | str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """Save a table as CSV (UTF-8 with a byte-order mark, so spreadsheets read Arabic)."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(header)
    w.writerows(["" if v is None else v for v in row] for row in rows)
    return _replace_atomically(Path(path), out.getvalue().encode("utf-8-sig"))


def save_bytes(path: Path | str, data: bytes) -> Path:
    """Save bytes (a chart's PNG) whole or not at all."""
    return _replace_atomically(Path(path), data)

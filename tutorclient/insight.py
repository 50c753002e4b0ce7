"""The figures view's core: the server's figures from the local store, and this device's health.

* :func:`load_insights` reads the ``insights`` records the last sync brought (the
  server computes them, docs/insight.md), so the view works offline.
* :func:`health_report_due` gives this device's small sync-health summary (failed
  passes in 30 days, data used this month, the caps) when something a coordinator
  would act on changed since the server last took one; the session posts it right
  after a good sync (``POST /v1/device-health``, about 120 bytes of JSON), so
  failures reach the server with the next sync that gets through. A quiet device
  sends nothing. It is a request of its own, not an op: nothing of it waits in the
  outbox, and it never counts as the user's sent work.
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

from .connectivity import load_data_settings, usage
from .store import Store

FAILURE_WINDOW_DAYS = 30
HEALTH_SENT_KEY = "device_health_sent"
HEALTH_PATH = "/v1/device-health"
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
    if old is None:  # a device that never failed, has no limits and used little: nothing to say
        return bool(new["failures"] or new["month_cap"] or new["day_cap"]
                    or new["month_bytes"] >= REPORT_BYTES_STEP)
    if any(old.get(k) != new[k] for k in ("failures", "last_failure", "month_cap", "day_cap")):
        return True
    step = max(REPORT_BYTES_STEP, (new["month_cap"] or 0) // 20)
    moved = abs((old.get("month_bytes") or 0) - new["month_bytes"])
    return moved >= step or new["month_bytes"] < (old.get("month_bytes") or 0)  # a new month


def health_report_due(store: Store, now: datetime | None = None) -> dict[str, Any] | None:
    """This device's summary if it changed enough since the last one the server took, else None."""
    summary = health_summary(store, now)
    row = store.db.execute("SELECT value FROM settings WHERE key = ?",
                           [HEALTH_SENT_KEY]).fetchone()
    return summary if _worth_sending(json.loads(row[0]) if row else None, summary) else None


def health_report_sent(store: Store, summary: dict[str, Any]) -> None:
    """Remember what the server took, to compare the next summary with."""
    with store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   [HEALTH_SENT_KEY, json.dumps(summary)])


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

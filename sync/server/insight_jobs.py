"""When the figures are computed, and the ``report`` command (docs/insight.md).

:func:`refresh` recomputes every viewer's ``insights`` records and saves only
those whose figures changed, so an unchanged record costs no sync traffic. It runs

* on a schedule inside ``tutorclient-server serve`` (:class:`Scheduler`, every
  ``--insight-minutes``, default 60), skipped when nothing was written since the
  last run on the same day (the day moves the period on);
* on demand: ``tutorclient-server insight refresh``.

Each run is a full recomputation per partnership (reads only; the period's
records are a small part of the database), not an incremental update: the
figures are medians and distinct counts, which do not add up from deltas.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import threading
import time
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update

from sync.authoring import stable_id
from sync.server import schema as t
from sync.server.db import Database, head
from sync.server.insight import Period, figures, group_of, load
from sync.server.records import live, save

log = logging.getLogger(__name__)

#: ``meta`` counters of the last run: the head it left, and its UTC day.
_SEQ, _DAY = "insight_seq", "insight_day"


def record_id(viewer_id: str, partnership_id: str) -> str:
    """The one ``insights`` record of a viewer in a partnership."""
    return stable_id("insight", viewer_id, partnership_id)


def _partnerships(conn: Any) -> list[str]:
    r = t.records
    return [row.id for row in conn.execute(select(r.c.id).where(
        r.c.kind == "partnerships", r.c.deleted.is_(False)).order_by(r.c.id))]


def _meta(conn: Any, name: str) -> int | None:
    return conn.execute(select(t.meta.c.value).where(t.meta.c.name == name)).scalar()


def _set_meta(conn: Any, name: str, value: int) -> None:
    if _meta(conn, name) is None:
        conn.execute(insert(t.meta).values(name=name, value=value))
    else:
        conn.execute(update(t.meta).where(t.meta.c.name == name).values(value=value))


def compute_all(db: Database, now_ms: int,
                viewers: frozenset[str] | None = None) -> dict[str, dict[str, Any]]:
    """Every viewer's record data (or only ``viewers``'), by record id (reads only)."""
    period = Period.last_weeks(now_ms)
    out: dict[str, dict[str, Any]] = {}
    with db.read() as conn:
        for pid in _partnerships(conn):
            p = load(conn, pid, period.start_ms)
            if p is None:
                continue
            for uid in sorted(p.users if viewers is None else set(p.users) & viewers):
                group = group_of(p, uid)
                if group is None:
                    continue
                out[record_id(uid, pid)] = {
                    "viewer_id": uid, "partnership_id": pid, "audience": group.audience,
                    "period_from": period.start.isoformat(), "period_to": period.end.isoformat(),
                    "figures": figures(p, group, period)}
    return out


def refresh(db: Database, now_ms: int | None = None, *,
            viewers: frozenset[str] | None = None) -> dict[str, int]:
    """Recompute every ``insights`` record; returns how many were written, unchanged, removed.

    ``viewers``: only these users' records (nothing is removed then).
    """
    now_ms = now_ms or int(time.time() * 1000)
    wanted = compute_all(db, now_ms, viewers)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now_ms / 1000))
    counts = {"written": 0, "unchanged": 0, "removed": 0}
    with db.write() as tx:
        r = t.records
        have = {row.id for row in tx.conn.execute(select(r.c.id).where(
            r.c.kind == "insights", r.c.deleted.is_(False)))}
        for rid, data in wanted.items():
            old = live(tx.conn, "insights", rid)
            if old is not None and {k: v for k, v in (old.data or {}).items()
                                    if k != "computed_at"} == data:
                counts["unchanged"] += 1
                continue
            save(tx, "insights", rid, {**data, "computed_at": stamp}, by=None)
            counts["written"] += 1
        # A viewer who left the partnership (or changed role) keeps nothing of it.
        for rid in sorted(have - set(wanted) if viewers is None else ()):
            save(tx, "insights", rid, None, by=None)
            counts["removed"] += 1
        if viewers is not None:
            return counts
        tx.flush()
        _set_meta(tx.conn, _SEQ, head(tx.conn))
        _set_meta(tx.conn, _DAY, date.fromtimestamp(now_ms / 1000).toordinal())
    return counts


def due(db: Database, now_ms: int) -> bool:
    """Whether anything was written since the last run, or the day changed since."""
    with db.read() as conn:
        seq, day = _meta(conn, _SEQ), _meta(conn, _DAY)
        return seq != head(conn) or day != date.fromtimestamp(now_ms / 1000).toordinal()


class Scheduler:
    """Runs :func:`refresh` in a daemon thread every ``minutes`` while the server serves.

    The first run waits ``first_delay_s`` (a minute): clients reconnecting to a
    restarted server come first. Several server processes on one database each
    keep a schedule; a run that finds nothing changed writes nothing.
    """

    def __init__(self, db: Database, minutes: float, first_delay_s: float = 60.0) -> None:
        self.db, self.seconds = db, minutes * 60
        self.first_delay_s = min(first_delay_s, self.seconds)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="insight", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        self._stop.wait(self.first_delay_s)
        while not self._stop.is_set():
            try:
                now_ms = int(time.time() * 1000)
                if due(self.db, now_ms):
                    started = time.perf_counter()
                    counts = refresh(self.db, now_ms)
                    log.info("insight figures: %s in %.2f s", counts,
                             time.perf_counter() - started)
            except Exception:  # a failed run must not end the schedule
                log.exception("insight figures failed; next try at the next interval")
            self._stop.wait(self.seconds)


# -- the report command -----------------------------------------------------------------------


def report(db: Database, partnership_id: str, start: date, end: date,
           now_ms: int | None = None) -> dict[str, Any]:
    """A coordinator's figures of one partnership for any period (``tutorclient-server report``)."""
    from sync.server.insight import Group

    period = Period(start, end, now_ms or int(time.time() * 1000))
    with db.read() as conn:
        p = load(conn, partnership_id, period.start_ms)
    if p is None:
        raise LookupError(f"no partnership {partnership_id!r}")
    return {"partnership_id": partnership_id, "period_from": start.isoformat(),
            "period_to": end.isoformat(),
            "figures": figures(p, Group("coordinator", frozenset(p.trainees())), period)}


def report_csv(rep: dict[str, Any]) -> str:
    """The report as one long table: section, item, measure, value (for spreadsheets)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["section", "item", "measure", "value"])
    f = rep["figures"]
    w.writerow(["period", rep["period_from"], "to", rep["period_to"]])
    for key in ("trainees", "active"):
        w.writerow(["partnership", f["partnership"], key, f[key]])
    for wk in f["weeks"]:
        for key in ("active", "lessons", "attempts", "score_pct", "submitted", "reviewed"):
            w.writerow(["week", wk["week"], key, _cell(wk[key])])
    for c in f["courses"]:
        for key in ("trainees", "lessons_read", "attempts", "score_pct"):
            w.writerow(["course", c["title"], key, _cell(c[key])])
        for q in c["questions"] or []:
            w.writerow(["missed question", f"{c['title']}: {q['prompt']}", "missed of asked",
                        f"{q['missed']}/{q['asked']}"])
    cases = f["cases"]
    for key in ("submitted", "waiting", "in_review", "reviewed", "revision_requested"):
        w.writerow(["cases", "", key, cases[key]])
    for key, value in cases["first_review_h"].items():
        w.writerow(["cases", "hours to first review", key, _cell(value)])
    for name in ("first_review_hist", "waiting_hist"):
        for label, n in zip(_bucket_labels(cases["wait_edges_h"]), cases[name]):
            w.writerow([name, label, "cases", n])
    for tut in f["tutors"]:
        for key in ("reviews", "median", "p90"):
            w.writerow(["tutor", tut["tutor"], key, _cell(tut[key])])
    for d in f["devices"]:
        for key in ("last_sync", "failures", "month_bytes", "month_cap"):
            w.writerow(["device", f"{d['user']}: {d['device']}", key, _cell(d[key])])
    for topic in f["topics"]:
        for term, n in topic["terms"]:
            w.writerow(["topic", topic["specialism"] or "general", term, n])
    return out.getvalue()


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _bucket_labels(edges: list[int]) -> list[str]:
    lows = [0, *edges]
    return [f"{lo}-{hi} h" for lo, hi in zip(lows, edges)] + [f"{edges[-1]}+ h"]


def report_json(rep: dict[str, Any]) -> str:
    return json.dumps(rep, indent=2, ensure_ascii=False)


# -- devices' health reports ------------------------------------------------------------------

#: What a device may report, and how (``POST /v1/device-health``, docs/insight.md).
HEALTH_FIELDS = {"failures": int, "last_failure": (str, type(None)), "month_bytes": int,
                 "month_cap": (int, type(None)), "day_cap": (int, type(None))}


def health_problem(body: Any) -> str | None:
    """Why ``body`` is not a device health report, or ``None``."""
    if not isinstance(body, dict):
        return "The report must be a JSON object."
    unknown = sorted(set(body) - set(HEALTH_FIELDS))
    if unknown:
        return f"Unknown fields in the report: {', '.join(unknown)}."
    for name, types in HEALTH_FIELDS.items():
        value = body.get(name)
        if name in ("failures", "month_bytes") and name not in body:
            return f"The report needs {name}."
        if isinstance(value, bool) or not isinstance(value, types):
            return f"The report's {name} has the wrong type."
        if isinstance(value, int) and not 0 <= value < 2**53:
            return f"The report's {name} is out of range."
        if isinstance(value, str) and len(value) > 40:
            return f"The report's {name} is too long."
    return None


def save_health(db: Database, user_id: str, device_id: str, body: dict[str, Any]) -> None:
    """Store a device's report as its ``device_health`` record (one per device)."""
    device = device_id.partition(":")[2] or device_id  # the server's id is user:device
    data = {"user_id": user_id, "device": device[:64], **{k: body.get(k) for k in HEALTH_FIELDS},
            "reported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    with db.write() as tx:
        save(tx, "device_health", stable_id("device-health", device_id), data, by=user_id)

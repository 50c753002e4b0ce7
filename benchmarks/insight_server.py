"""Benchmark: the figures of a partnership of 200 trainees and 5,000 quiz attempts (issue 16).

Seeds a fresh SQLite server (``sync.server.insight_seed``), then times

* ``report``: one coordinator's figures for the 12-week period, as ``tutorclient-server
  report`` computes them (target <= 2 s);
* ``refresh``: every viewer's ``insights`` record of the partnership (200 trainees,
  the tutors and the coordinator), computed and saved;
* ``refresh_again``: a second run with nothing changed (no record written).

Prints one JSON object. ``--db URL`` runs it against PostgreSQL instead.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from sync.server.admin import Admin
from sync.server.insight import Period
from sync.server.insight_jobs import refresh, report
from sync.server.insight_seed import seed
from sync.server.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trainees", type=int, default=200)
    ap.add_argument("--attempts", type=int, default=5000)
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        admin = Admin(Settings(data_dir=Path(tmp), db_url=args.db, argon2_profile="test"))
        admin.init()
        now_ms = int(time.time() * 1000)
        started = time.perf_counter()
        s = seed(admin.db, "benchmark", trainees=args.trainees, attempts=args.attempts,
                 now_ms=now_ms)
        seeding = time.perf_counter() - started
        period = Period.last_weeks(now_ms)
        times = {}
        for name, run in (
                ("report_s", lambda: report(admin.db, s.partnership, period.start, period.end,
                                            now_ms)),
                ("refresh_s", lambda: refresh(admin.db, now_ms)),
                ("refresh_again_s", lambda: refresh(admin.db, now_ms))):
            t0 = time.perf_counter()
            out = run()
            times[name] = round(time.perf_counter() - t0, 3)
            if name.startswith("refresh"):
                times[name.replace("_s", "_counts")] = out
        rep = report(admin.db, s.partnership, period.start, period.end, now_ms)
        admin.close()
    fig = rep["figures"]
    print(json.dumps({
        "trainees": args.trainees, "attempts": args.attempts,
        "attempts_counted": sum(c["attempts"] for c in fig["courses"]),
        "seeding_s": round(seeding, 1), **times, "target_s": 2.0,
        "met": times["report_s"] <= 2.0 and times["refresh_s"] <= 2.0,
        "backend": "postgresql" if args.db else "sqlite"}, indent=2))


if __name__ == "__main__":
    main()

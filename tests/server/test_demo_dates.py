"""Demo data is dated from the time it is first seeded: a case seeded today is hours
or days old, not "641 days" (issue 15), and seeding again changes nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select

from sync.server import schema as t
from sync.server.admin import Admin
from sync.server.settings import Settings

STAMPS = ("created_at", "updated_at", "claimed_at")


def _stamps(admin: Admin) -> dict[str, list[datetime]]:
    out: dict[str, list[datetime]] = {}
    with admin.db.read() as conn:
        for kind, data in conn.execute(select(t.records.c.kind, t.records.c.data).where(
                t.records.c.kind.in_(("cases", "reviews", "threads", "posts")))):
            rec = json.loads(data)
            for key in STAMPS:
                if rec.get(key):
                    out.setdefault(kind, []).append(
                        datetime.strptime(rec[key], "%Y-%m-%dT%H:%M:%SZ").replace(
                            tzinfo=timezone.utc))
    return out


def test_seeded_demo_is_days_old_and_reseeding_changes_nothing(tmp_path: Path) -> None:
    admin = Admin(Settings(data_dir=tmp_path / "data"))
    admin.init()
    try:
        before = datetime.now(timezone.utc).replace(microsecond=0)
        admin.seed_demo()
        after = datetime.now(timezone.utc)
        stamps = _stamps(admin)
        assert set(stamps) == {"cases", "reviews", "threads", "posts"}
        every = [s for v in stamps.values() for s in v]
        assert max(every) <= after, "nothing is dated in the future"
        assert min(every) >= before - timedelta(days=7)
        assert max(stamps["cases"]) >= before - timedelta(days=2)  # the newest case is fresh

        with admin.db.read() as conn:
            seq = conn.execute(select(func.max(t.records.c.seq))).scalar_one()
        admin.seed_demo()  # a later seed keeps the first seed's dates
        with admin.db.read() as conn:
            assert conn.execute(select(func.max(t.records.c.seq))).scalar_one() == seq
        assert _stamps(admin) == stamps
    finally:
        admin.close()

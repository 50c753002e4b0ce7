"""Seed the demo: partnerships, users, courses, cases, reviews and discussions.

Everything comes from ``resources/demo`` through ``sync.authoring``; ids are the
loader's stable ids, so seeding twice changes nothing and clients of a demo
server can rely on them. Timestamps are an hour apart and end at the time of the
first seed of this database (kept in ``meta``), so a case in a new demo is hours
old, and later seeds keep the dates, for the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select

from sync import authoring, demo_data
from sync.authoring import stable_id
from sync.server import schema as t
from sync.server.db import Database, WriteTx, now
from sync.server.records import load, save
from sync.server.scopes import partnership_id

_SEEDED = "demo_seeded_at"  # meta row: seconds since the epoch of the first seed
_HOUR = timedelta(hours=1)


def _steps(demo: demo_data.DemoCases) -> int:
    """The last step :func:`write_records` dates (a review is two steps after its case)."""
    return (sum(2 + len(c.thread.posts) for c in demo.cases)
            + sum(1 + len(th.posts) for th in demo.course_threads) + 2)


def _dater(tx: WriteTx, demo: demo_data.DemoCases) -> Callable[[int], str]:
    """Step -> timestamp, the last step at the first seed's time: the demo is hours old."""
    seeded = tx.conn.execute(select(t.meta.c.value).where(t.meta.c.name == _SEEDED)).scalar()
    if seeded is None:
        seeded = now()
        tx.conn.execute(t.meta.insert().values(name=_SEEDED, value=seeded))
    start = datetime.fromtimestamp(seeded, timezone.utc) - _steps(demo) * _HOUR
    return lambda step: (start + step * _HOUR).strftime("%Y-%m-%dT%H:%M:%SZ")


def _upsert(tx: WriteTx, kind: str, rid: str, data: dict[str, Any]) -> None:
    cur = load(tx.conn, kind, rid)
    if cur is None or cur.deleted or cur.data != data:
        save(tx, kind, rid, data, by=None)


@dataclass(frozen=True)
class DemoSeed:
    """The demo folder, read and checked before anything is written.

    :meth:`sync.server.admin.Admin.seed_demo` creates its partnerships, users
    and courses, then :func:`write_records` the rest: this module stays below
    the admin, which calls it.
    """

    partnerships: list[demo_data.DemoPartnership]
    users: list[demo_data.DemoUser]
    cases: demo_data.DemoCases
    courses: list[Path]


def read(root: Path | None = None) -> DemoSeed:
    """Read the demo folder ``root`` (default ``sync.authoring.DEMO_ROOT``)."""
    root = Path(root) if root else authoring.DEMO_ROOT
    return DemoSeed(demo_data.load_demo_partnerships(root / "users.toml"),
                    demo_data.load_demo_users(root / "users.toml"),
                    demo_data.load_demo_cases(root / "cases.toml"),
                    sorted(p.parent for p in (root / "courses").glob("*/course.toml")))


def write_records(db: Database, demo: demo_data.DemoCases, ids: dict[str, str],
                  course_ids: dict[str, str]) -> None:
    """Write the cases, reviews and discussions; ``ids`` maps usernames to user ids,
    ``course_ids`` course folder names and slugs to course ids."""
    step = 0
    with db.write() as tx:
        at = _dater(tx, demo)
        for case in demo.cases:
            step += 1
            pid = partnership_id(case.partnership)
            claimed = ids.get(case.claimed_by) if case.claimed_by else None
            _upsert(tx, "cases", case.id, {
                "author_id": ids[case.author], "partnership_id": pid,
                "specialism": case.specialism, "title": case.title,
                "presenting_complaint": case.presenting_complaint, "history": case.history,
                "examination": case.examination, "investigations": case.investigations,
                "question": case.question, "status": case.status, "claimed_by": claimed,
                "claimed_at": at(step + 1) if claimed else None, "created_at": at(step),
                "updated_at": at(step),
            })
            if case.review is not None:
                r = case.review
                _upsert(tx, "reviews", stable_id("demo-review", case.key), {
                    "case_id": case.id, "tutor_id": ids[r.tutor], "strengths": r.strengths,
                    "concerns": r.concerns, "next_steps": r.next_steps,
                    "rubric_score": r.rubric_score, "decision": r.decision,
                    "created_at": at(step + 2),
                })
            step = _thread(tx, case.thread, ids, step, at, case_id=case.id)
        for thread in demo.course_threads:
            step = _thread(tx, thread, ids, step, at, course_id=course_ids[thread.course_slug or ""])


def _thread(tx: WriteTx, thread: demo_data.DemoThread, ids: dict[str, str], step: int,
            at: Callable[[int], str], *,
            case_id: str | None = None, course_id: str | None = None) -> int:
    step += 1
    _upsert(tx, "threads", thread.id, {
        "kind": "case" if case_id else "course", "case_id": case_id, "course_id": course_id,
        "partnership_id": partnership_id(thread.partnership), "title": thread.title,
        "created_by": ids[thread.created_by], "created_at": at(step),
    })
    for n, post in enumerate(thread.posts):
        step += 1
        _upsert(tx, "posts", stable_id("demo-post", thread.key, str(n)), {
            "thread_id": thread.id, "author_id": ids[post.author], "body_md": post.body,
            "quote_post_id": None, "created_at": at(step),
        })
    return step

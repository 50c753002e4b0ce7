"""The coordinators' and tutors' figures, computed on the server (docs/insight.md).

A hand-made partnership with known answers checks each figure and the privacy
rules (a small group gets no per-question breakdown; a tutor sees the trainees of
their specialisms; a trainee only their own figures); a seeded one of 200
trainees checks the period filters; the ``report`` command gives the same figures.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import time
from pathlib import Path
from typing import Any

import pytest

from sync.server.admin import Admin
from sync.server.insight import MIN_GROUP, Period
from sync.server.insight_jobs import Scheduler, due, record_id, refresh, report
from sync.server.insight_seed import HOUR, seed, stamp
from sync.server.records import live, save
from sync.server.scopes import partnership_id
from sync.server.settings import Settings

NOW = int(time.time() * 1000)


@pytest.fixture
def admin(cli_db: tuple[Path, str | None]) -> Any:
    data, url = cli_db
    a = Admin(Settings(data_dir=data, db_url=url, argon2_profile="test"))
    a.init()
    yield a
    a.close()


def _clinic(a: Admin) -> dict[str, str]:
    """Six trainees (four in emergency), a tutor, a coordinator; one quiz of two questions."""
    ids: dict[str, str] = {}
    pid = a.ensure_partnership("clinic", "Clinic")
    ids["p"] = pid
    for name, role, spec in [*((f"t{i}", "trainee", "emergency") for i in range(1, 5)),
                             ("t5", "trainee", "obstetrics"), ("t6", "trainee", "obstetrics"),
                             ("tutor", "tutor", "emergency"), ("coord", "coordinator", None)]:
        ids[name] = a.create_user(f"clinic.{name}", "password1", role, ["clinic"],
                                  [spec] if spec else [])
    a.put_record("courses", "course1", {"slug": "c1", "title": "Trauma", "partnerships": [pid]})
    a.put_record("modules", "mod1", {"course_id": "course1", "slug": "m", "title": "m"})
    a.put_record("lessons", "les1", {"course_id": "course1", "module_id": "mod1", "slug": "l",
                                     "title": "l", "body_md": "x"})
    a.put_record("quizzes", "quiz1", {"lesson_id": "les1", "course_id": "course1", "questions": [
        {"id": "q1", "prompt": "Airway first?", "options": ["yes", "no"], "correct": [0]},
        {"id": "q2", "prompt": "Tourniquet time?", "options": ["1 h", "2 h"], "correct": [1]}]})
    with a.db.write() as tx:
        for i in range(1, 7):
            u = ids[f"t{i}"]
            wrong = i <= 3  # t1-t3 miss q2
            save(tx, "quiz_attempts", f"att{i}", {
                "quiz_id": "quiz1", "user_id": u, "answers": {"q1": [0], "q2": [0 if wrong else 1]},
                "score": 1 if wrong else 2, "max_score": 2}, by=u)
            stamp(tx.conn, "quiz_attempts", f"att{i}", NOW - 3 * 24 * HOUR)
            save(tx, "progress", f"prog{i}", {"user_id": u, "lesson_id": "les1", "state": "read"},
                 by=u)
            stamp(tx.conn, "progress", f"prog{i}", NOW - 2 * 24 * HOUR)
        save(tx, "cases", "case1", {"author_id": ids["t1"], "partnership_id": pid,
                                    "specialism": "emergency", "title": "Chest pain after a crash",
                                    "status": "reviewed"}, by=ids["t1"])
        stamp(tx.conn, "cases", "case1", NOW - 100 * HOUR, NOW - 100 * HOUR, NOW - 100 * HOUR)
        save(tx, "reviews", "rev1", {"case_id": "case1", "tutor_id": ids["tutor"],
                                     "decision": "reviewed"}, by=ids["tutor"])
        stamp(tx.conn, "reviews", "rev1", NOW - 70 * HOUR)  # 30 h after submission
        save(tx, "cases", "case5", {"author_id": ids["t5"], "partnership_id": pid,
                                    "specialism": "obstetrics", "title": "Bleeding after birth",
                                    "status": "submitted"}, by=ids["t5"])
        stamp(tx.conn, "cases", "case5", NOW - 10 * HOUR, NOW - 10 * HOUR, NOW - 10 * HOUR)
        save(tx, "cases", "draft", {"author_id": ids["t2"], "partnership_id": pid,
                                    "title": "my draft", "status": "draft"}, by=ids["t2"])
    return ids


def _figures(a: Admin, viewer: str, pid: str) -> dict[str, Any]:
    with a.db.read() as conn:
        rec = live(conn, "insights", record_id(viewer, pid))
    assert rec is not None and rec.scopes == [f"u:{viewer}"]
    return rec.data["figures"]


def test_coordinator_sees_the_whole_partnership(admin) -> None:
    ids = _clinic(admin)
    refresh(admin.db, NOW)
    f = _figures(admin, ids["coord"], ids["p"])
    assert (f["trainees"], f["active"]) == (6, 6)
    [course] = f["courses"]
    assert (course["attempts"], course["trainees"], course["lessons_read"]) == (6, 6, 6)
    assert course["score_pct"] == 75.0  # 9 of 12
    # Six trainees answered: the breakdown is shown; q1 was never missed.
    assert course["questions"] == [{"prompt": "Tourniquet time?", "missed": 3, "asked": 6}]
    c = f["cases"]  # the draft is nobody's figure
    assert (c["submitted"], c["waiting"], c["in_review"], c["reviewed"]) == (2, 1, 0, 1)
    assert c["first_review_h"] == {"n": 1, "median": 30.0, "p90": 30.0}
    assert c["first_review_hist"] == [0, 1, 0, 0, 0, 0] and c["waiting_hist"] == [1, 0, 0, 0, 0, 0]
    assert [(t["tutor"], t["reviews"], t["median"]) for t in f["tutors"]] == \
        [("clinic.tutor", 1, 30.0)]
    assert sum(w["attempts"] for w in f["weeks"]) == 6 and len(f["weeks"]) == 12
    terms = {t["specialism"]: dict(map(tuple, t["terms"])) for t in f["topics"]}
    assert terms["emergency"]["chest"] == 1 and "after" not in terms["emergency"]


def test_a_group_under_five_shows_no_question_breakdown(admin) -> None:
    ids = _clinic(admin)
    refresh(admin.db, NOW)
    f = _figures(admin, ids["tutor"], ids["p"])
    assert MIN_GROUP == 5 and f["trainees"] == 4  # t1-t4 share the tutor's specialism
    [course] = f["courses"]
    assert course["attempts"] == 4 and course["questions"] is None
    assert course["score_pct"] == 62.5  # (3 x 1 + 1 x 2) of 8
    # The obstetrics case is outside the tutor's specialisms.
    assert (f["cases"]["submitted"], f["cases"]["waiting"]) == (1, 0)
    assert [t["reviews"] for t in f["tutors"]] == [1, 1]  # mine, and everyone's together
    assert {t["specialism"] for t in f["topics"]} == {"emergency"}


def test_a_trainee_sees_only_their_own_figures(admin) -> None:
    ids = _clinic(admin)
    refresh(admin.db, NOW)
    f = _figures(admin, ids["t1"], ids["p"])
    assert (f["trainees"], f["active"]) == (1, 1)
    [course] = f["courses"]
    assert course["attempts"] == 1
    assert course["questions"] == [{"prompt": "Tourniquet time?", "missed": 1, "asked": 1}]
    assert f["cases"]["reviewed"] == 1 and f["cases"]["waiting"] == 0
    assert f["tutors"] == [] and f["topics"] == []
    assert _figures(admin, ids["t5"], ids["p"])["cases"]["waiting"] == 1


def test_refresh_writes_only_what_changed_and_removes_leavers(admin) -> None:
    ids = _clinic(admin)
    assert refresh(admin.db, NOW)["written"] == 8
    again = refresh(admin.db, NOW)
    assert (again["written"], again["unchanged"], again["removed"]) == (0, 8, 0)
    admin.set_partnerships("clinic.t6", [])  # t6 leaves: their record goes
    gone = refresh(admin.db, NOW)
    assert gone["removed"] == 1
    with admin.db.read() as conn:
        assert live(conn, "insights", record_id(ids["t6"], ids["p"])) is None
    assert _figures(admin, ids["coord"], ids["p"])["trainees"] == 5


def test_the_seeded_partnership_counts_only_its_period(admin) -> None:
    s = seed(admin.db, "big", trainees=30, attempts=400, cases=40, now_ms=NOW)
    last = Period.last_weeks(NOW)
    full = report(admin.db, s.partnership, last.start, last.end, NOW)["figures"]
    assert full["trainees"] == 30
    total = sum(c["attempts"] for c in full["courses"])
    assert 390 <= total <= 400 and total == sum(w["attempts"] for w in full["weeks"])
    # The last four weeks are a part of it, and agree with the weekly rows they cover.
    recent = report(admin.db, s.partnership, last.end.fromordinal(last.end.toordinal() - 27),
                    last.end, NOW)["figures"]
    part = sum(c["attempts"] for c in recent["courses"])
    assert 0 < part < total and part == sum(w["attempts"] for w in full["weeks"][-4:])
    assert all(c["questions"] for c in full["courses"])  # 30 trainees: shown
    assert full["devices"] and full["devices"][0]["month_cap"] == 50_000_000


def _cli(data: Path, db: str | None, *args: str) -> tuple[int, str, str]:
    from sync.server.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv = ["--data", str(data)] + (["--db", db] if db else []) + list(args)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_report_command_gives_the_same_figures_as_csv_and_json(admin, cli_db) -> None:
    ids = _clinic(admin)
    data, url = cli_db
    last = Period.last_weeks(NOW)
    span = ["--partnership", "clinic", "--from", last.start.isoformat(),
            "--to", last.end.isoformat()]
    code, out, err = _cli(data, url, "report", *span, "--format", "json")
    assert code == 0, err
    rep = json.loads(out)
    assert rep["partnership_id"] == partnership_id("clinic") == ids["p"]
    assert rep["figures"]["courses"][0]["questions"] == [
        {"prompt": "Tourniquet time?", "missed": 3, "asked": 6}]
    code, out, err = _cli(data, url, "report", *span, "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["section", "item", "measure", "value"]
    cells = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    assert cells[("course", "Trauma", "score_pct")] == "75.0"
    assert cells[("missed question", "Trauma: Tourniquet time?", "missed of asked")] == "3/6"
    assert cells[("cases", "", "waiting")] == "1"
    assert cells[("cases", "hours to first review", "median")] == "30.0"
    code, out, err = _cli(data, url, "report", "--partnership", "nowhere", "--from",
                          "2026-01-01", "--to", "2026-01-31")
    assert code == 1 and "no partnership 'nowhere'" in err
    code, _, err = _cli(data, url, "report", "--partnership", "clinic", "--from", "2026-02-01",
                        "--to", "2026-01-01")
    assert code == 1 and "--to is before --from" in err
    code, out, err = _cli(data, url, "insight", "refresh")
    assert code == 0 and "8 written" in out, err


def test_the_schedule_computes_the_figures_and_then_waits_for_changes(admin) -> None:
    ids = _clinic(admin)
    now = int(time.time() * 1000)
    assert due(admin.db, now)
    runs = Scheduler(admin.db, minutes=0.002, first_delay_s=0)  # every 0.12 s
    runs.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with admin.db.read() as conn:
                if live(conn, "insights", record_id(ids["coord"], ids["p"])) is not None:
                    break
            time.sleep(0.05)
        time.sleep(0.3)  # a few more turns of the schedule, with nothing new
        assert not due(admin.db, now)  # the head it left is the head: nothing to do
        with admin.db.read() as conn:
            version = live(conn, "insights", record_id(ids["coord"], ids["p"])).version
        assert version == 1  # the runs after the first wrote nothing
    finally:
        runs.stop()
    admin.put_record("cases", "case9", {"author_id": ids["t2"], "partnership_id": ids["p"],
                                        "title": "Snake bite", "status": "submitted"})
    assert due(admin.db, now)

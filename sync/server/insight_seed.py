"""A partnership full of activity over past weeks, for the figures' benchmark, tests and screenshots.

Records are written through :func:`sync.server.records.save` like any other, then
their server times are moved into the past (spread over ``weeks``), since every
figure is dated by the server's clock. Deterministic for a given ``seed``.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from dataclasses import dataclass, field

from sqlalchemy import insert, update

from sync.authoring import stable_id
from sync.server import schema as t
from sync.server.db import Database
from sync.server.records import live, save
from sync.server.scopes import partnership_id

SPECIALISMS = ("emergency", "obstetrics", "paediatrics")
CASE_TITLES = {
    "emergency": ["Chest pain after a motorbike crash", "Breathless child with wheeze",
                  "Head injury: when to refer?", "Snake bite on the leg",
                  "Burns from a cooking fire", "Chest pain with sweating"],
    "obstetrics": ["Postpartum haemorrhage after home birth", "Headache and swelling at 36 weeks",
                   "Postpartum haemorrhage: oxytocin dose?", "Prolonged labour in a first pregnancy",
                   "نزيف بعد الولادة في المنزل", "ارتفاع ضغط الدم أثناء الحمل"],
    "paediatrics": ["Neonatal sepsis: which antibiotics?", "Severe dehydration in a toddler",
                    "Neonatal sepsis in a 3 day old", "Fever and rash in a child",
                    "حمى وطفح جلدي عند طفل", "جفاف شديد عند طفل"],
}
HOUR = 3_600_000
DAY = 24 * HOUR


@dataclass
class Seeded:
    """Ids of what :func:`seed` made."""

    partnership: str
    trainees: list[str] = field(default_factory=list)
    tutors: list[str] = field(default_factory=list)
    coordinator: str = ""
    course: str = ""
    quizzes: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)


def iso(ms: int) -> str:
    """A server time as the author's clock field would hold it."""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def stamp(conn, kind: str, rid: str, created: int, updated: int | None = None,
           submitted: int | None = None) -> None:
    """Move a record's server times (ms) to when the seeded activity happened."""
    values = {"created_ms": created, "updated_ms": updated or created}
    if submitted is not None:
        values["submitted_ms"] = submitted
    conn.execute(update(t.records).where(t.records.c.kind == kind, t.records.c.id == rid)
                 .values(**values))


def _course(tx, s: Seeded, tag: str, lessons: int, rng: random.Random) -> list[str]:
    s.course = stable_id("seed-course", tag)
    save(tx, "courses", s.course, {"slug": f"seed-{tag}", "title": "Emergency care basics",
                                   "partnerships": [s.partnership], "position": 9}, by=None)
    module = stable_id("seed-module", tag)
    save(tx, "modules", module, {"course_id": s.course, "slug": "m1", "title": "Essentials",
                                   "position": 0},
         by=None)
    lesson_ids = []
    topics = ["Airway", "Breathing", "Circulation", "Shock", "Sepsis", "Burns", "Fractures",
              "Poisoning", "Head injury", "Triage"]
    for i in range(lessons):
        lid = stable_id("seed-lesson", tag, str(i))
        lesson_ids.append(lid)
        save(tx, "lessons", lid, {"course_id": s.course, "module_id": module, "slug": f"l{i}",
                                  "title": topics[i % len(topics)], "body_md": "text",
                                  "position": i}, by=None)
        qid = stable_id("seed-quiz", tag, str(i))
        s.quizzes.append(qid)
        questions = [{"id": f"{qid[:8]}-q{j}", "prompt": f"{topics[i % len(topics)]}: "
                      f"question {j + 1}", "options": ["A", "B", "C"], "correct": [0],
                      "explanation": ""} for j in range(5)]
        save(tx, "quizzes", qid, {"lesson_id": lid, "course_id": s.course, "title": "Check",
                                  "questions": questions}, by=None)
    return lesson_ids


def seed(db: Database, slug: str, *, trainees: int = 200, attempts: int = 5000,
         cases: int = 150, tutors: int = 6, weeks: int = 12, now_ms: int,
         seed: int = 16) -> Seeded:
    """Fill partnership ``slug`` with people and ``weeks`` of activity ending at ``now_ms``."""
    rng = random.Random(seed)
    s = Seeded(partnership_id(slug))
    span = weeks * 7 * DAY

    def when() -> int:
        return now_ms - rng.randrange(span)

    with db.write() as tx:
        conn = tx.conn
        if live(conn, "partnerships", s.partnership) is None:  # a demo one keeps its name
            save(tx, "partnerships", s.partnership, {"name": slug.title(), "region": None},
                 by=None)
        lessons = _course(tx, s, slug, 10, rng)
        people = [("trainee", trainees), ("tutor", tutors), ("coordinator", 1)]
        for role, n in people:
            for i in range(n):
                uid = stable_id("seed-user", slug, role, str(i))
                specs = [SPECIALISMS[i % 3]] if role != "coordinator" else []
                save(tx, "users", uid, {"username": f"{slug}.{role}{i}",
                                        "display_name": f"{role.title()} {i + 1}", "role": role,
                                        "partnerships": [s.partnership], "specialisms": specs},
                     by=None)
                {"trainee": s.trainees, "tutor": s.tutors}.get(role, [uid]).append(uid)
                if role == "coordinator":
                    s.coordinator = uid
        # Question j of every quiz is missed with probability 0.1 + 0.15 j.
        for n in range(attempts):
            user, quiz = rng.choice(s.trainees), rng.choice(s.quizzes)
            answers = {f"{quiz[:8]}-q{j}": [0 if rng.random() > 0.1 + 0.15 * j else 1]
                       for j in range(5)}
            score = sum(a == [0] for a in answers.values())
            rid = stable_id("seed-attempt", slug, str(n))
            at = when()
            save(tx, "quiz_attempts", rid, {"quiz_id": quiz, "user_id": user, "answers": answers,
                                            "score": score, "max_score": 5,
                                            "finished_at": iso(at)}, by=user)
            stamp(conn, "quiz_attempts", rid, at)
        for n, user in enumerate(s.trainees):
            for lesson in rng.sample(lessons, rng.randrange(len(lessons))):
                rid = stable_id("seed-progress", user, lesson)
                at = when()
                save(tx, "progress", rid, {"user_id": user, "lesson_id": lesson, "state": "read",
                                           "position": 0, "updated_at": iso(at)}, by=user)
                stamp(conn, "progress", rid, at)
            if n % 2 == 0:
                dev = f"dev{n}"
                conn.execute(insert(t.devices).values(
                    id=f"{user}:{dev}", user_id=user, name=f"Laptop {n + 1}", app_version="1",
                    last_sync=(now_ms - rng.randrange(20 * DAY)) // 1000))
                rid = stable_id("seed-health", user, dev)
                save(tx, "device_health", rid, {
                    "user_id": user, "device": dev, "failures": rng.choice([0, 0, 0, 1, 3, 9]),
                    "month_bytes": rng.randrange(80_000_000), "month_cap": 50_000_000}, by=user)
        _cases(tx, s, cases, rng, now_ms, span)
    return s


def _cases(tx, s: Seeded, n: int, rng: random.Random, now_ms: int, span: int) -> None:
    conn = tx.conn
    for i in range(n):
        author = rng.choice(s.trainees)
        spec = SPECIALISMS[s.trainees.index(author) % 3]
        cid = stable_id("seed-case", s.partnership, str(i))
        s.cases.append(cid)
        submitted = now_ms - rng.randrange(span)
        # Older cases are mostly reviewed; the newest wait.
        age_h = (now_ms - submitted) / HOUR
        delay = int(rng.expovariate(1 / 40) * HOUR) + HOUR
        reviewed = submitted + delay < now_ms and rng.random() < min(0.95, age_h / 72)
        status = "reviewed" if reviewed else rng.choice(["submitted", "submitted", "in_review"])
        tutor = rng.choice([u for k, u in enumerate(s.tutors) if k % 3 == SPECIALISMS.index(spec)]
                           or s.tutors)
        save(tx, "cases", cid, {"author_id": author, "partnership_id": s.partnership,
                                "specialism": spec, "title": rng.choice(CASE_TITLES[spec]),
                                "status": status, "question": "What should I do next?",
                                "presenting_complaint": "", "history": "", "examination": "",
                                "investigations": "", "created_at": iso(submitted - HOUR),
                                "updated_at": iso(submitted),
                                "claimed_by": tutor if status != "submitted" else None},
             by=author)
        stamp(conn, "cases", cid, submitted - HOUR, submitted, submitted)
        if reviewed:
            rid = stable_id("seed-review", cid)
            save(tx, "reviews", rid, {"case_id": cid, "tutor_id": tutor, "decision": "reviewed",
                                      "strengths": "Clear history.", "concerns": "",
                                      "next_steps": "", "created_at": iso(submitted + delay)},
                 by=tutor)
            stamp(conn, "reviews", rid, submitted + delay)
        tid = stable_id("seed-thread", cid)
        save(tx, "threads", tid, {"kind": "case", "case_id": cid, "partnership_id": s.partnership,
                                  "title": rng.choice(CASE_TITLES[spec]), "created_by": author,
                                  "created_at": iso(submitted)}, by=author)
        stamp(conn, "threads", tid, submitted)
        pid = stable_id("seed-post", cid)
        save(tx, "posts", pid, {"thread_id": tid, "author_id": author,
                                "body_md": f"{rng.choice(CASE_TITLES[spec])}. Is this right?",
                                "created_at": iso(submitted + HOUR)},
             by=author)
        stamp(conn, "posts", pid, submitted + HOUR)


def demo_with_figures(settings, *, trainees: int = 40, attempts: int = 900, cases: int = 80,
                      tutors: int = 3, now_ms: int) -> Seeded:
    """The demo plus ``trainees`` more Somaliland trainees' 12 weeks, figures computed.

    For the screenshots, the view's benchmark and its tests: the demo's own users
    (coord.hodan, dr.sarah, amina) then see figures worth looking at.
    """
    from sync.server.admin import Admin
    from sync.server.insight_jobs import refresh

    admin = Admin(settings)
    try:
        admin.init()
        admin.seed_demo()
        made = seed(admin.db, "somaliland", trainees=trainees, attempts=attempts, cases=cases,
                    tutors=tutors, now_ms=now_ms)
        refresh(admin.db, now_ms)
        return made
    finally:
        admin.close()

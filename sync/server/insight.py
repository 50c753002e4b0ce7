"""Coordinators' and tutors' figures: aggregates over the records, per viewer (docs/insight.md).

One pass per partnership reads what the partnership holds (:func:`load`), with
SQL over the ``records`` table (the JSON is decoded here, the same on SQLite and
PostgreSQL), then :func:`figures` computes one set of figures per *group*:

* a coordinator's group is every trainee of the partnership;
* a tutor's, the partnership's trainees who share a specialism with the tutor
  (all of them when the tutor lists none), and the cases of those specialisms;
* a trainee's, the trainee alone.

Each viewer gets one ``insights`` record per partnership, scoped to them alone,
so the privacy rules are applied before anything leaves the server. Per-question
figures of a course are left out when fewer than :data:`MIN_GROUP` trainees of the
group answered its quizzes in the period (a trainee's own record keeps theirs).

Every time is the server's clock (``created_ms``, ``updated_ms``,
``submitted_ms``); clients' clocks are never compared.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, select

from sync.server import schema as t
from sync.server.insight_terms import questions_of, top_terms

MIN_GROUP = 5  #: fewer trainees than this: no per-question breakdown
WEEKS = 12  #: the synced period: the last 12 weeks, one trend point a week
TOP_QUESTIONS = 5
#: Upper edges (hours) of the waiting-time buckets; the last bucket is open.
WAIT_EDGES_H = (24, 48, 96, 168, 336)
DAY_MS = 86_400_000
HOUR_MS = 3_600_000


@dataclass(frozen=True)
class Period:
    """Whole UTC days ``start`` .. ``end`` inclusive; ``now_ms`` ages the waiting cases."""

    start: date
    end: date
    now_ms: int

    @property
    def start_ms(self) -> int:
        return _day_ms(self.start)

    @property
    def end_ms(self) -> int:  # exclusive
        return _day_ms(self.end + timedelta(days=1))

    def has(self, ms: int | None) -> bool:
        return ms is not None and self.start_ms <= ms < self.end_ms

    def weeks(self) -> list[int]:
        """Start (ms) of each week of the period, ending at its last day."""
        starts = []
        week_end = self.end_ms
        while week_end > self.start_ms:
            starts.append(max(self.start_ms, week_end - 7 * DAY_MS))
            week_end -= 7 * DAY_MS
        return starts[::-1]

    @classmethod
    def last_weeks(cls, now_ms: int, weeks: int = WEEKS) -> Period:
        today = datetime.fromtimestamp(now_ms / 1000, UTC).date()
        return cls(today - timedelta(days=7 * weeks - 1), today, now_ms)


def _day_ms(d: date) -> int:
    return int(datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() * 1000)


@dataclass
class Row:
    """One stored record: its id, data and server times."""

    id: str
    data: dict[str, Any]
    created_ms: int | None
    updated_ms: int | None
    submitted_ms: int | None = None


@dataclass
class Partnership:
    """What one partnership holds, decoded once for all its viewers."""

    id: str
    name: str
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    courses: dict[str, Row] = field(default_factory=dict)
    lesson_course: dict[str, str] = field(default_factory=dict)
    quizzes: dict[str, Row] = field(default_factory=dict)
    attempts: list[Row] = field(default_factory=list)
    progress: list[Row] = field(default_factory=list)
    cases: dict[str, Row] = field(default_factory=dict)
    reviews: list[Row] = field(default_factory=list)
    threads: dict[str, Row] = field(default_factory=dict)
    posts: list[Row] = field(default_factory=list)
    health: list[Row] = field(default_factory=list)
    devices: list[Any] = field(default_factory=list)

    def trainees(self) -> list[str]:
        return sorted(u for u, d in self.users.items() if d.get("role") == "trainee")

    def name_of(self, user_id: str) -> str:
        u = self.users.get(user_id) or {}
        return u.get("display_name") or u.get("username") or "?"


_COLS = (t.records.c.id, t.records.c.data, t.records.c.created_ms, t.records.c.updated_ms,
         t.records.c.submitted_ms)


def _rows(conn: Connection, query) -> list[Row]:
    return [Row(r.id, json.loads(r.data), r.created_ms, r.updated_ms, r.submitted_ms)
            for r in conn.execute(query)]


def _in_scopes(kind: str, scopes: list[str]):
    """Live records of ``kind`` readable through any of ``scopes`` (record_scopes index)."""
    r, rs = t.records, t.record_scopes
    return (select(*_COLS).distinct().select_from(
        rs.join(r, and_(r.c.kind == rs.c.kind, r.c.id == rs.c.id)))
        .where(rs.c.kind == kind, rs.c.scope.in_(scopes), rs.c.present.is_(True),
               r.c.deleted.is_(False)))


def _children(kind: str, parent_kind: str, parent_ids: list[str]):
    r = t.records
    return select(*_COLS).where(r.c.kind == kind, r.c.parent_kind == parent_kind,
                                r.c.parent_id.in_(parent_ids), r.c.deleted.is_(False))


def _chunks(ids: list[str], n: int = 500):
    for i in range(0, len(ids), n):
        yield ids[i:i + n]


def load(conn: Connection, partnership_id: str, since_ms: int) -> Partnership | None:
    """Everything the figures of one partnership need; ``None`` if there is no such partnership.

    Quiz attempts and reading marks are read from ``since_ms`` on (server time):
    older ones cannot fall in the period.
    """
    r = t.records
    prow = conn.execute(select(r.c.data).where(
        r.c.kind == "partnerships", r.c.id == partnership_id, r.c.deleted.is_(False))).first()
    if prow is None:
        return None
    p = Partnership(partnership_id, json.loads(prow.data).get("name") or partnership_id)
    pkey = [f"p:{partnership_id}"]
    p.users = {row.id: row.data for row in _rows(conn, _in_scopes("users", pkey))}
    p.courses = {row.id: row for row in _rows(conn, _in_scopes("courses", pkey))}
    course_ids = sorted(p.courses)
    for ids in _chunks(course_ids):
        for row in _rows(conn, _children("lessons", "courses", ids)):
            p.lesson_course[row.id] = row.data["course_id"]
        p.quizzes.update((row.id, row) for row in _rows(conn, _children("quizzes", "courses", ids)))
    user_keys = [f"u:{u}" for u in sorted(p.users)]
    for keys in _chunks(user_keys):
        for kind, into in (("quiz_attempts", p.attempts), ("progress", p.progress)):
            into += _rows(conn, _in_scopes(kind, keys).where(r.c.updated_ms >= since_ms))
        p.health += _rows(conn, _in_scopes("device_health", keys))
    p.cases = {row.id: row for row in _rows(conn, _in_scopes("cases", pkey))
               if row.data.get("status") != "draft"}
    for ids in _chunks(sorted(p.cases)):
        p.reviews += _rows(conn, _children("reviews", "cases", ids))
    p.threads = {row.id: row for row in _rows(conn, _in_scopes("threads", pkey))}
    for ids in _chunks(sorted(p.threads)):
        p.posts += _rows(conn, _children("posts", "threads", ids).where(
            r.c.created_ms >= since_ms))
    d = t.devices
    for ids in _chunks(sorted(p.users)):
        p.devices += conn.execute(select(d.c.id, d.c.user_id, d.c.name, d.c.last_sync)
                                  .where(d.c.user_id.in_(ids))).all()
    return p


# -- one group's figures --------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    """Whose figures: trainees, the case specialisms (empty: all), and what is shown."""

    audience: str  # trainee, tutor or coordinator
    trainees: frozenset[str]
    specialisms: frozenset[str] = frozenset()
    tutor_id: str | None = None  # a tutor sees their own response times, and everyone's together
    private: bool = False  # a trainee's own figures: their own questions are theirs to see

    def has_case(self, case: Row) -> bool:
        d = case.data
        if d.get("author_id") not in self.trainees:
            return False
        return not self.specialisms or not d.get("specialism") or \
            d["specialism"] in self.specialisms


def _pct(score: int, most: int) -> float | None:
    return round(100 * score / most, 1) if most else None


def _hours(ms: list[int]) -> dict[str, Any]:
    if not ms:
        return {"n": 0, "median": None, "p90": None}
    hours = sorted(x / HOUR_MS for x in ms)
    return {"n": len(hours), "median": round(statistics.median(hours), 1),
            "p90": round(hours[min(len(hours) - 1, int(0.9 * len(hours)))], 1)}


def _buckets(ms: list[int]) -> list[int]:
    counts = [0] * (len(WAIT_EDGES_H) + 1)
    for x in ms:
        h = x / HOUR_MS
        counts[next((i for i, e in enumerate(WAIT_EDGES_H) if h < e), len(WAIT_EDGES_H))] += 1
    return counts


def _missed(attempt: Row, quiz: Row) -> list[tuple[str, bool]]:
    """(question id, answered wrongly) for each question of the quiz the attempt answered."""
    answers = attempt.data.get("answers") or {}
    out = []
    for q in quiz.data.get("questions") or []:
        if q.get("id") in answers:
            chosen = sorted(set(answers[q["id"]] or []))
            out.append((q["id"], chosen != sorted(q.get("correct") or [])))
    return out


def _courses(p: Partnership, g: Group, per: Period) -> list[dict[str, Any]]:
    stats: dict[str, dict[str, Any]] = defaultdict(lambda: {
        "trainees": set(), "attempts": 0, "score": 0, "most": 0, "lessons": set(),
        "asked": Counter(), "missed": Counter()})
    for a in p.attempts:
        quiz = p.quizzes.get(a.data.get("quiz_id"))
        if quiz is None or a.data.get("user_id") not in g.trainees or not per.has(a.created_ms):
            continue
        s = stats[quiz.data["course_id"]]
        s["trainees"].add(a.data["user_id"])
        s["attempts"] += 1
        s["score"] += a.data.get("score") or 0
        s["most"] += a.data.get("max_score") or 0
        for qid, wrong in _missed(a, quiz):
            s["asked"][qid] += 1
            s["missed"][qid] += wrong
    for pr in p.progress:
        course = p.lesson_course.get(pr.data.get("lesson_id"))
        if course and pr.data.get("user_id") in g.trainees and pr.data.get("state") == "read" \
                and per.has(pr.updated_ms):
            stats[course]["lessons"].add((pr.data["user_id"], pr.data["lesson_id"]))
    prompts = {q["id"]: q.get("prompt", "") for quiz in p.quizzes.values()
               for q in quiz.data.get("questions") or []}
    out = []
    for cid, course in sorted(p.courses.items(), key=lambda kv: kv[1].data.get("title", "")):
        s = stats.get(cid)
        if s is None:
            continue
        shown = g.private or len(s["trainees"]) >= MIN_GROUP
        top = sorted((q for q in s["missed"] if s["missed"][q]),
                     key=lambda q: (-s["missed"][q], -s["missed"][q] / s["asked"][q], q))
        out.append({
            "id": cid, "title": course.data.get("title", ""), "trainees": len(s["trainees"]),
            "attempts": s["attempts"], "score_pct": _pct(s["score"], s["most"]),
            "lessons_read": len(s["lessons"]),
            "questions": [{"prompt": prompts.get(q, q), "missed": s["missed"][q],
                           "asked": s["asked"][q]} for q in top[:TOP_QUESTIONS]]
            if shown else None})
    return out


def _first_reviews(p: Partnership, cases: dict[str, Row]) -> dict[str, Row]:
    """Per case, the first review after its (latest) submission."""
    first: dict[str, Row] = {}
    for rv in p.reviews:
        case = cases.get(rv.data.get("case_id"))
        if case is None or case.submitted_ms is None or rv.created_ms is None \
                or rv.created_ms < case.submitted_ms:
            continue
        earlier = first.get(case.id)
        if earlier is None or rv.created_ms < (earlier.created_ms or 0):
            first[case.id] = rv
    return first


def _cases(p: Partnership, g: Group, per: Period) -> tuple[dict[str, Any], dict[str, Row]]:
    cases = {cid: c for cid, c in p.cases.items() if g.has_case(c)}
    first = _first_reviews(p, cases)
    status = Counter(c.data.get("status") for c in cases.values())
    to_review = [rv.created_ms - cases[cid].submitted_ms for cid, rv in first.items()
                 if per.has(rv.created_ms)]
    waiting = [per.now_ms - c.submitted_ms for c in cases.values()
               if c.data.get("status") == "submitted" and c.submitted_ms]
    return {
        "submitted": sum(per.has(c.submitted_ms) for c in cases.values()),
        "waiting": status["submitted"], "in_review": status["in_review"],
        "reviewed": status["reviewed"], "revision_requested": status["revision_requested"],
        "first_review_h": _hours(to_review), "first_review_hist": _buckets(to_review),
        "waiting_hist": _buckets(waiting), "wait_edges_h": list(WAIT_EDGES_H),
    }, cases


def _tutors(p: Partnership, g: Group, per: Period, cases: dict[str, Row]) -> list[dict[str, Any]]:
    times: dict[str, list[int]] = defaultdict(list)
    for rv in p.reviews:
        case = cases.get(rv.data.get("case_id"))
        if case is None or not per.has(rv.created_ms) or case.submitted_ms is None \
                or rv.created_ms < case.submitted_ms:  # type: ignore[operator]
            continue
        times[rv.data.get("tutor_id", "?")].append(
            rv.created_ms - case.submitted_ms)  # type: ignore[operator]
    if g.audience == "coordinator":
        rows = [{"tutor": p.name_of(tid), "reviews": len(ms), **_hours(ms)}
                for tid, ms in times.items()]
        return sorted(rows, key=lambda r: (-r["reviews"], r["tutor"]))
    if g.audience == "tutor":
        mine = times.get(g.tutor_id or "", [])
        everyone = [x for ms in times.values() for x in ms]
        return [{"tutor": p.name_of(g.tutor_id or ""), "reviews": len(mine), **_hours(mine)},
                {"tutor": "", "reviews": len(everyone), **_hours(everyone)}]
    return []


def _devices(p: Partnership, g: Group) -> list[dict[str, Any]]:
    """Sync health per device: last sync (server), failures and data use (device's report)."""
    people = set(g.trainees) | ({g.tutor_id} if g.tutor_id else set())
    if g.audience == "coordinator":
        people = set(p.users)
    reported = {(h.data.get("user_id"), h.data.get("device")): h.data for h in p.health}
    out = []
    for dev in p.devices:
        if dev.user_id not in people:
            continue
        h = reported.get((dev.user_id, dev.id.partition(":")[2]), {})
        out.append({"user": p.name_of(dev.user_id), "device": dev.name,
                    "last_sync": dev.last_sync, "failures": h.get("failures"),
                    "month_bytes": h.get("month_bytes"), "month_cap": h.get("month_cap"),
                    "day_cap": h.get("day_cap")})
    out.sort(key=lambda d: (d["last_sync"] or 0, -(d["failures"] or 0), d["user"]))
    return out[:300]


def _weeks(p: Partnership, g: Group, per: Period, cases: dict[str, Row]) -> list[dict[str, Any]]:
    starts = per.weeks()
    bounds = [*starts[1:], per.end_ms]
    rows = [{"week": datetime.fromtimestamp(s / 1000, UTC).date().isoformat(), "active": set(),
             "lessons": 0, "attempts": 0, "score": 0, "most": 0, "submitted": 0, "reviewed": 0}
            for s in starts]

    def week(ms: int | None) -> dict[str, Any] | None:
        if not per.has(ms):
            return None
        return next(rows[i] for i, b in enumerate(bounds) if ms < b)  # type: ignore[operator]

    for a in p.attempts:
        w = week(a.created_ms)
        if w is not None and a.data.get("user_id") in g.trainees \
                and a.data.get("quiz_id") in p.quizzes:
            w["active"].add(a.data["user_id"])
            w["attempts"] += 1
            w["score"] += a.data.get("score") or 0
            w["most"] += a.data.get("max_score") or 0
    for pr in p.progress:
        w = week(pr.updated_ms)
        if w is not None and pr.data.get("user_id") in g.trainees \
                and pr.data.get("lesson_id") in p.lesson_course:
            w["active"].add(pr.data["user_id"])
            w["lessons"] += 1
    for c in cases.values():
        w = week(c.submitted_ms)
        if w is not None:
            w["active"].add(c.data["author_id"])
            w["submitted"] += 1
    for rv in _first_reviews(p, cases).values():
        w = week(rv.created_ms)
        if w is not None:
            w["reviewed"] += 1
    return [{**{k: v for k, v in w.items() if k not in ("active", "score", "most")},
             "active": len(w["active"]), "score_pct": _pct(w["score"], w["most"])} for w in rows]


def _topics(p: Partnership, g: Group, per: Period, cases: dict[str, Row]) -> list[dict[str, Any]]:
    """The clinical questions most asked per specialism (tutors and coordinators)."""
    texts: dict[str, list[str]] = defaultdict(list)
    for c in cases.values():
        if per.has(c.submitted_ms) or per.has(c.created_ms):
            texts[c.data.get("specialism") or ""] += [c.data.get("title") or "",
                                                     c.data.get("question") or ""]
    thread_spec: dict[str, str] = {}
    for th in p.threads.values():
        case = cases.get(th.data.get("case_id") or "")
        if th.data.get("kind") == "case" and case is None:
            continue  # a discussion of a case outside the group
        spec = (case.data.get("specialism") or "") if case else ""
        if g.specialisms and spec and spec not in g.specialisms:
            continue
        thread_spec[th.id] = spec
        if per.has(th.created_ms) and th.data.get("title"):
            texts[spec].append(th.data["title"])
    for post in p.posts:
        spec = thread_spec.get(post.data.get("thread_id", ""))
        if spec is not None and per.has(post.created_ms):
            texts[spec] += questions_of(post.data.get("body_md") or "")
    return [{"specialism": spec, "terms": [[term, n] for term, n in top_terms(items)]}
            for spec, items in sorted(texts.items())]


def _narrowed(p: Partnership, g: Group) -> Partnership:
    """``p`` with only the group's own activity: a trainee's figures never scan everyone's."""
    if len(g.trainees) * 4 > len(p.users):
        return p
    by_user = p.__dict__.setdefault("_by_user", _index(p))
    out = Partnership(**{k: v for k, v in p.__dict__.items() if not k.startswith("_")})
    for name in ("attempts", "progress", "health"):
        setattr(out, name, [r for u in g.trainees for r in by_user[name].get(u, [])])
    out.cases = {c.id: c for u in g.trainees for c in by_user["cases"].get(u, [])}
    return out


def _index(p: Partnership) -> dict[str, dict[str, list[Row]]]:
    index: dict[str, dict[str, list[Row]]] = {}
    for name, rows, key in (("attempts", p.attempts, "user_id"),
                            ("progress", p.progress, "user_id"),
                            ("health", p.health, "user_id"),
                            ("cases", list(p.cases.values()), "author_id")):
        index[name] = defaultdict(list)
        for row in rows:
            index[name][row.data.get(key)].append(row)
    return index


def figures(p: Partnership, g: Group, per: Period) -> dict[str, Any]:
    """The figures one group's viewer sees (the ``figures`` of an ``insights`` record)."""
    p = _narrowed(p, g)
    case_figs, cases = _cases(p, g, per)
    weeks = _weeks(p, g, per, cases)
    active = {a.data["user_id"] for a in p.attempts
              if a.data.get("user_id") in g.trainees and per.has(a.created_ms)}
    active |= {pr.data["user_id"] for pr in p.progress
               if pr.data.get("user_id") in g.trainees and per.has(pr.updated_ms)}
    active |= {c.data["author_id"] for c in cases.values() if per.has(c.submitted_ms)}
    return {
        "partnership": p.name, "trainees": len(g.trainees), "active": len(active),
        "min_group": MIN_GROUP, "weeks": weeks, "courses": _courses(p, g, per),
        "cases": case_figs, "tutors": _tutors(p, g, per, cases), "devices": _devices(p, g),
        "topics": _topics(p, g, per, cases) if g.audience != "trainee" else [],
    }


def group_of(p: Partnership, user_id: str) -> Group | None:
    """The group a member of ``p`` sees, by role; ``None`` for roles that get no figures."""
    user = p.users.get(user_id) or {}
    role = user.get("role")
    if role == "coordinator":
        return Group("coordinator", frozenset(p.trainees()))
    if role == "tutor":
        mine = frozenset(user.get("specialisms") or [])
        trainees = frozenset(u for u in p.trainees()
                             if not mine or mine & set(p.users[u].get("specialisms") or []))
        return Group("tutor", trainees, mine, tutor_id=user_id)
    if role == "trainee":
        return Group("trainee", frozenset({user_id}), private=True)
    return None

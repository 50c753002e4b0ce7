"""The tutor's contribution record (issue 16): what a tutor gave, for an appraisal.

Everything is read from the local store, so the record works offline from the
last sync. Times that say *when* come from the server's clock (the
``server_*_at`` columns, m005_server_time); a review or reply not yet accepted
by the server counts as given, but has no response time yet.

- **Time to first response**, per case the tutor answered: from the case's
  latest submission (``cases.server_submitted_at``) to the tutor's first review
  or reply in its discussion (``server_created_at``). A case resubmitted after
  that answer no longer carries the submission it answered, so it is left out
  and counted as *not measured*.
- **Time given**: the active seconds the review form measured
  (:class:`ActiveTimer`), kept on the tutor's private reflection of the review.
- **What trainees said**: ``review_thanks`` records addressed to the tutor.

The private kinds (``reflections``, ``review_thanks``) are described in
docs/data-model.md. :mod:`tutorclient.contrib_export` turns a record into CSV and
xAPI; the PDF is drawn by ``tutorclient/ui/contrib_pdf.py``.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sync import protocol
from sync.errors import BadDataError

from .clock import now_iso
from .discussions import display_names
from .outbox import record_change
from .privacy import find_identifiers
from .store import Store, records

#: Active time is counted in slices of this many seconds...
SLICE_SECONDS = 15
#: ...in which the form had an input event at most this long ago...
IDLE_AFTER_SECONDS = 60
#: ...and a review's total is capped here (the ``reflections.active_seconds`` range).
CAP_SECONDS = 7200
NOTE_MAX = 1000


class ActiveTimer:
    """Active time in a form: 15 s slices with the focus and an input event in the last 60 s.

    The UI calls :meth:`touched` on every key press, click or scroll in the form,
    and :meth:`tick` every :data:`SLICE_SECONDS` with whether the form has the
    focus; :meth:`take` hands over the seconds counted since the last take.
    Times are monotonic seconds (``time.monotonic()``), passed in so tests need no clock.
    """

    def __init__(self) -> None:
        self._last_input: float | None = None
        self._slices = 0

    def touched(self, now: float) -> None:
        self._last_input = now

    def tick(self, now: float, focused: bool) -> bool:
        """Count this slice if the form is focused and was used lately; True if counted."""
        active = (focused and self._last_input is not None
                  and now - self._last_input <= IDLE_AFTER_SECONDS)
        self._slices += active
        return active

    @property
    def seconds(self) -> int:
        return self._slices * SLICE_SECONDS

    def take(self) -> int:
        """The seconds counted so far, starting again from zero."""
        seconds, self._slices = self.seconds, 0
        return seconds


# -- the period --------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A range of whole days, both ends included (UTC dates of the server's times)."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise BadDataError(f"period {self.start}..{self.end}",
                               user_message="The end of the period is before its start.")


def cpd_year(today: date) -> Period:
    """The UK CPD (appraisal) year holding ``today``: 1 April to 31 March."""
    first = today.year if (today.month, today.day) >= (4, 1) else today.year - 1
    return Period(date(first, 4, 1), date(first + 1, 3, 31))


# -- what the record holds ---------------------------------------------------------------


@dataclass(frozen=True)
class Thanks:
    review_id: str
    case_title: str  # for the tutor in the app
    case_label: str  # for exports: a safe title, or the specialism (see :func:`case_label`)
    note: str  # as the trainee wrote it (shown to the tutor in the app)
    at: str


@dataclass(frozen=True)
class GivenReply:
    """One reply the tutor wrote in a discussion (a case's, or a course's)."""

    post_id: str
    case_id: str | None
    label: str  # as :attr:`GivenReview.label`; a course discussion: its course's title
    at: str
    sent: bool


@dataclass(frozen=True)
class GivenReview:
    """One review the tutor wrote, as the record and its exports show it."""

    review_id: str
    case_id: str
    title: str  # the case's title, for the app only
    label: str  # what exports show: the title if it passed the identifier check, else the specialism
    title_safe: bool
    partnership: str
    specialism: str
    decision: str
    at: str  # the server's time (the author's while not yet sent)
    sent: bool
    active_seconds: int
    reflection: str
    thanked: bool


@dataclass
class ContributionRecord:
    """The figures of one tutor over one period."""

    tutor_id: str
    tutor_name: str
    period: Period
    reviews: list[GivenReview] = field(default_factory=list)
    replies: list[GivenReply] = field(default_factory=list)
    cases_reviewed: int = 0
    trainees_helped: int = 0
    partnerships: list[str] = field(default_factory=list)
    specialisms: dict[str, int] = field(default_factory=dict)  # cases answered per specialism
    response_seconds: list[int] = field(default_factory=list)  # one per measured case
    response_by_case: dict[str, int] = field(default_factory=dict)  # the same, by case id
    not_measured: int = 0
    thanks: list[Thanks] = field(default_factory=list)
    #: names of the people on this computer, hidden by :func:`redact` in exports
    people: list[str] = field(default_factory=list, repr=False)

    @property
    def median_response_seconds(self) -> int | None:
        return int(statistics.median(self.response_seconds)) if self.response_seconds else None

    @property
    def active_seconds(self) -> int:
        return sum(r.active_seconds for r in self.reviews)

    @property
    def reflections(self) -> list[GivenReview]:
        return [r for r in self.reviews if r.reflection.strip()]


def _people(store: Store) -> list[str]:
    return [n for n in display_names(store).values() if n and len(n) > 2]


def _names_in(text: str, people: list[str]) -> list[tuple[int, int]]:
    low = text.casefold()
    spans = []
    for name in people:
        for part in {name, *name.split()}:
            at = low.find(part.casefold()) if len(part) > 2 else -1
            while at >= 0:
                spans.append((at, at + len(part)))
                at = low.find(part.casefold(), at + 1)
    return spans


def redact(text: str, people: list[str]) -> str:
    """``text`` with whatever may identify someone replaced by "[…]": what the
    identifier check finds (names, places, numbers) and the names of this
    computer's users (trainees and colleagues)."""
    spans = [(f.start, f.end) for f in find_identifiers({"t": text})] + _names_in(text, people)
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            last = max(last, end)
            continue
        out += [text[last:start], "[…]"]
        last = end
    return "".join(out) + text[last:]


def case_label(title: str, specialism: str, people: list[str]) -> tuple[str, bool]:
    """What an export may call a case: its title if it passed the identifier
    check, else its specialism (True when the title is shown)."""
    if title.strip() and redact(title, people) == title:
        return title, True
    return (f"{specialism} case" if specialism else "Case"), False


def _in_period(column: str) -> str:
    return f"date({column}) BETWEEN ? AND ?"


def _seconds_between(start: str, end: str) -> int:
    parse = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))  # noqa: E731
    return int((parse(end) - parse(start)).total_seconds())


def _first_answers(store: Store, tutor_id: str) -> dict[str, tuple[str | None, bool]]:
    """Per case the tutor answered: the server time of the first answer (None: unsent)."""
    rows = store.db.execute(
        "SELECT case_id, server_created_at, created_at FROM reviews WHERE tutor_id = ? "
        "UNION ALL SELECT t.case_id, p.server_created_at, p.created_at FROM posts p "
        "JOIN threads t ON t.id = p.thread_id WHERE p.author_id = ? AND t.case_id IS NOT NULL",
        [tutor_id, tutor_id]).fetchall()
    first: dict[str, tuple[str | None, bool]] = {}
    for case_id, server_at, own_at in rows:
        at = server_at or own_at
        if case_id not in first or (at or "") < (first[case_id][0] or ""):
            first[case_id] = (at, server_at is not None)
    return first


def contribution_record(store: Store, tutor_id: str, period: Period) -> ContributionRecord:
    """The tutor's record over ``period`` (whole UTC days, both ends included)."""
    db, span = store.db, [period.start.isoformat(), period.end.isoformat()]
    names = display_names(store)
    people = _people(store)
    rec = ContributionRecord(tutor_id, names.get(tutor_id, ""), period, people=people)
    at = "coalesce(r.server_created_at, r.created_at)"
    for (rid, case_id, decision, when, unsent, title, spec, pname, active, body,
         thanked) in db.execute(
            f"SELECT r.id, r.case_id, r.decision, {at}, r.version IS NULL, "
            "coalesce(c.title, ''), coalesce(c.specialism, ''), coalesce(p.name, ''), "
            "coalesce(f.active_seconds, 0), coalesce(f.body, ''), "
            "EXISTS (SELECT 1 FROM review_thanks k WHERE k.review_id = r.id) "
            "FROM reviews r LEFT JOIN cases c ON c.id = r.case_id "
            "LEFT JOIN partnerships p ON p.id = c.partnership_id "
            "LEFT JOIN reflections f ON f.review_id = r.id AND f.user_id = r.tutor_id "
            f"WHERE r.tutor_id = ? AND {_in_period(at)} ORDER BY julianday({at}), r.id",
            [tutor_id, *span]):
        label, safe = case_label(title, spec, people)
        rec.reviews.append(GivenReview(rid, case_id, title, label, safe, pname, spec, decision,
                                       when, not unsent, active, body, bool(thanked)))
    post_at = "coalesce(p.server_created_at, p.created_at)"
    for pid_, case_id, when, unsent, title, spec, course in db.execute(
            f"SELECT p.id, t.case_id, {post_at}, p.version IS NULL, coalesce(c.title, ''), "
            "coalesce(c.specialism, ''), coalesce(k.title, '') FROM posts p "
            "JOIN threads t ON t.id = p.thread_id LEFT JOIN cases c ON c.id = t.case_id "
            "LEFT JOIN courses k ON k.id = t.course_id "
            f"WHERE p.author_id = ? AND {_in_period(post_at)} ORDER BY julianday({post_at}), p.id",
            [tutor_id, *span]):
        label = case_label(title, spec, people)[0] if case_id else course or "Course discussion"
        rec.replies.append(GivenReply(pid_, case_id, label, when, not unsent))
    answered = {r.case_id for r in rec.reviews} | {r.case_id for r in rec.replies if r.case_id}
    rec.cases_reviewed = len({r.case_id for r in rec.reviews})
    cases = {}
    if answered:
        marks = ", ".join("?" for _ in answered)
        cases = {row[0]: row[1:] for row in db.execute(
            "SELECT c.id, c.author_id, coalesce(c.specialism, ''), coalesce(p.name, ''), "
            f"c.server_submitted_at FROM cases c LEFT JOIN partnerships p ON "
            f"p.id = c.partnership_id WHERE c.id IN ({marks})", sorted(answered))}
    rec.trainees_helped = len({c[0] for c in cases.values() if c[0] and c[0] != tutor_id})
    rec.partnerships = sorted({c[2] for c in cases.values() if c[2]})
    rec.specialisms = dict(sorted(Counter(c[1] for c in cases.values() if c[1]).items()))
    _response_times(rec, _first_answers(store, tutor_id), cases)
    for tid_, rid, note, when, title, spec in db.execute(
            "SELECT k.id, k.review_id, k.note, k.created_at, coalesce(c.title, ''), "
            "coalesce(c.specialism, '') FROM review_thanks k LEFT JOIN cases c ON c.id = k.case_id "
            f"WHERE k.tutor_id = ? AND {_in_period('k.created_at')} ORDER BY k.created_at, k.id",
            [tutor_id, *span]):
        rec.thanks.append(Thanks(rid, title, case_label(title, spec, people)[0], note or "",
                                 when or ""))
    return rec


def _response_times(rec: ContributionRecord, first: dict[str, tuple[str | None, bool]],
                    cases: dict[str, tuple]) -> None:
    """Fill the response times of the cases first answered within the period."""
    start, end = rec.period.start.isoformat(), rec.period.end.isoformat()
    for case_id, (at, on_server) in sorted(first.items()):
        if case_id not in cases or not at or not start <= at[:10] <= end:
            continue
        submitted = cases[case_id][3]
        if not on_server:
            continue  # not yet accepted: no server time to measure with
        if submitted and submitted <= at:
            rec.response_by_case[case_id] = _seconds_between(submitted, at)
            rec.response_seconds.append(rec.response_by_case[case_id])
        else:
            rec.not_measured += 1


# -- writing: reflections and thanks ------------------------------------------------------


def reflection_id(tutor_id: str, review_id: str) -> str:
    """The one reflection a tutor has per review (every device derives the same id)."""
    return protocol.derived_record_id(tutor_id, "reflections", review_id)


def put_reflection(db: Any, tutor_id: str, review_id: str, *, body: str | None = None,
                   add_seconds: int = 0) -> str | None:
    """Record a reflection and/or active time on a review, inside ``Store.write()``.

    ``body`` None leaves the text as it is; the total time stays within
    :data:`CAP_SECONDS`. Returns the reflection's id, or None when nothing changed.
    """
    review = db.execute("SELECT case_id, tutor_id FROM reviews WHERE id = ?",
                        [review_id]).fetchone()
    if review is None or review[1] != tutor_id:
        raise BadDataError(f"no review {review_id} by {tutor_id}",
                           user_message="You can reflect only on your own reviews.")
    rid = reflection_id(tutor_id, review_id)
    cur = records.get(db, "reflections", rid)
    add = max(0, int(add_seconds))
    if cur is None:
        if not add and not (body or "").strip():
            return None
        record_change(db, "reflections", rid, {
            "user_id": tutor_id, "review_id": review_id, "case_id": review[0],
            "body": (body or "").strip(), "active_seconds": min(add, CAP_SECONDS),
            "updated_at": now_iso()})
        return rid
    patch: dict[str, Any] = {}
    if body is not None and body.strip() != (cur.get("body") or ""):
        patch["body"] = body.strip()
    total = min((cur.get("active_seconds") or 0) + add, CAP_SECONDS)
    if total != (cur.get("active_seconds") or 0):
        patch["active_seconds"] = total
    if not patch:
        return None
    record_change(db, "reflections", rid, {**patch, "updated_at": now_iso()})
    return rid


def save_reflection(store: Store, tutor_id: str, review_id: str, *, body: str | None = None,
                    add_seconds: int = 0) -> str | None:
    """:func:`put_reflection` in a write transaction of its own."""
    with store.write() as db:
        return put_reflection(db, tutor_id, review_id, body=body, add_seconds=add_seconds)


def reflection_of(store: Store, tutor_id: str, review_id: str) -> dict[str, Any] | None:
    """The tutor's reflection on a review (found by review: the id is derived, but
    a record from elsewhere keeps whatever id it came with)."""
    row = store.db.execute("SELECT id FROM reflections WHERE review_id = ? AND user_id = ? "
                           "ORDER BY id = ? DESC LIMIT 1",
                           [review_id, tutor_id, reflection_id(tutor_id, review_id)]).fetchone()
    return records.get(store.db, "reflections", row[0]) if row else None


def thanks_id(trainee_id: str, review_id: str) -> str:
    return protocol.derived_record_id(trainee_id, "review_thanks", review_id)


def thanks_of(store: Store, trainee_id: str, review_id: str) -> dict[str, Any] | None:
    """The trainee's thanks for a review, if they said it."""
    return records.get(store.db, "review_thanks", thanks_id(trainee_id, review_id))


def mark_helped(store: Store, trainee_id: str, review_id: str, note: str = "") -> str:
    """"This helped me" on a review of the trainee's own case (again: change the note)."""
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise BadDataError("note too long", user_message=(
            f"Keep the note under {NOTE_MAX} characters."))
    with store.write() as db:
        row = db.execute("SELECT r.case_id, r.tutor_id, c.author_id FROM reviews r "
                         "JOIN cases c ON c.id = r.case_id WHERE r.id = ?",
                         [review_id]).fetchone()
        if row is None or row[2] != trainee_id:
            raise BadDataError(f"review {review_id} not of {trainee_id}'s case", user_message=(
                "You can thank a tutor only for a review of your own case."))
        tid = thanks_id(trainee_id, review_id)
        cur = records.get(db, "review_thanks", tid)
        if cur is None:
            record_change(db, "review_thanks", tid, {
                "review_id": review_id, "case_id": row[0], "trainee_id": trainee_id,
                "tutor_id": row[1], "note": note, "created_at": now_iso()})
        elif (cur.get("note") or "") != note:
            record_change(db, "review_thanks", tid, {"note": note})
        return tid


def withdraw_thanks(store: Store, trainee_id: str, review_id: str) -> None:
    """Take back "this helped me"."""
    with store.write() as db:
        tid = thanks_id(trainee_id, review_id)
        if records.get(db, "review_thanks", tid) is not None:
            record_change(db, "review_thanks", tid, {}, action=protocol.DELETE)


def thankable_reviews(store: Store, trainee_id: str, case_id: str) -> list[dict[str, Any]]:
    """The sent reviews of the trainee's own case, newest last, each with its tutor's
    name and the trainee's thanks (None: not said)."""
    names = display_names(store)
    rows = store.db.execute(
        "SELECT r.id, r.tutor_id FROM reviews r JOIN cases c ON c.id = r.case_id "
        "WHERE r.case_id = ? AND c.author_id = ? AND r.version IS NOT NULL "
        "ORDER BY julianday(coalesce(r.server_created_at, r.created_at)), r.id",
        [case_id, trainee_id]).fetchall()
    return [{"review_id": rid, "tutor_name": names.get(tutor, ""),
             "thanks": thanks_of(store, trainee_id, rid)} for rid, tutor in rows]

"""Spaced review: a trainee's missed and kept quiz questions come back, scheduled by FSRS.

A *card* is one trainee's one quiz question (docs/data-model.md). It exists as
soon as the trainee answered that question wrong in a quiz attempt, or kept it
("Keep for review", a ``kept_questions`` record). Each rating is a
``card_reviews`` record: the trainee's own, append-only, synced.

The scheduler's state is never stored. It is rebuilt from the log, replaying a
card's ratings in ``reviewed_at`` order (ties broken by record id) through the
``fsrs`` package. Two devices that reviewed offline hold, after a sync, the
same records and so compute the same due dates; nothing is overwritten and no
conflict can arise. Fuzzing is off for that reason: FSRS draws its fuzz from
Python's ``random``, and two devices would disagree.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler, State

from sync.errors import BadDataError
from sync.protocol import new_record_id

from . import study
from .outbox import record_change
from .store import Store

AGAIN, HARD, GOOD, EASY = (int(r) for r in (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy))
RATINGS = (AGAIN, HARD, GOOD, EASY)
SCHEDULER = Scheduler(enable_fuzzing=False)


@dataclass(frozen=True)
class Review:
    """One rating from the log."""

    record_id: str
    rating: int
    reviewed_at: datetime


@dataclass(frozen=True)
class ReviewCard:
    """A card as the review session shows it, with its rebuilt schedule."""

    question_id: str
    quiz_id: str
    prompt: str
    options: tuple[str, ...]
    correct: tuple[int, ...]
    explanation: str
    created: datetime
    due: datetime
    state: str  #: learning, review or relearning
    reviews: int
    last_review: datetime | None
    schedule: FsrsCard = field(compare=False, repr=False)  #: the replayed FSRS card

    @property
    def answer(self) -> str:
        return "; ".join(self.options[i] for i in self.correct if i < len(self.options))


def parse_time(value: Any) -> datetime:
    """A record's time (ISO 8601 text or epoch seconds) as an aware UTC datetime."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            try:
                return datetime.fromtimestamp(float(value), UTC)
            except ValueError:
                raise BadDataError(f"not a time: {value!r}") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)
    raise BadDataError(f"not a time: {value!r}")


def iso(moment: datetime) -> str:
    """UTC ISO text with milliseconds: a device's reviews a second apart keep their order."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def replay(created: datetime, reviews: Iterable[Review]) -> FsrsCard:
    """The FSRS card after every rating of the log, in ``reviewed_at`` then record-id order.

    The order is total, so any device holding the same records gets the same card.
    """
    card = FsrsCard(card_id=0, due=created)  # an explicit id: FSRS would sleep 1 ms to make one
    for review in sorted(reviews, key=lambda r: (r.reviewed_at, r.record_id)):
        card, _ = SCHEDULER.review_card(card, Rating(review.rating),
                                        review_datetime=review.reviewed_at)
    return card


# -- reading the log -----------------------------------------------------------------------


def _questions(db: Any) -> dict[str, dict[str, Any]]:
    """Every quiz question on this computer, with its correct option indexes."""
    out: dict[str, dict[str, Any]] = {}
    for qid, quiz_id, prompt, explanation in db.execute(
            "SELECT id, quiz_id, prompt, explanation FROM quiz_questions"):
        out[qid] = {"quiz_id": quiz_id, "prompt": prompt, "explanation": explanation or "",
                    "options": [], "correct": []}
    for qid, position, text, right in db.execute(
            "SELECT question_id, position, text, is_correct FROM quiz_options "
            "ORDER BY question_id, position"):
        q = out.get(qid)
        if q is not None:
            q["options"].append(text)
            if right:
                q["correct"].append(position)
    return out


def _card_births(db: Any, user_id: str, questions: dict[str, dict[str, Any]]) -> dict[str, datetime]:
    """When each of the user's cards came to be: the first miss or the first keep."""
    born: dict[str, datetime] = {}

    def note(qid: str, when: Any) -> None:
        if qid in questions:  # a quiz not on this computer yet cannot be shown
            moment = parse_time(when)
            born[qid] = min(born.get(qid, moment), moment)

    by_quiz: dict[str, list[str]] = {}
    for qid, q in questions.items():
        by_quiz.setdefault(q["quiz_id"], []).append(qid)
    for quiz_id, answers, finished_at in db.execute(
            "SELECT quiz_id, answers, finished_at FROM quiz_attempts WHERE user_id = ?", [user_id]):
        chosen = json.loads(answers or "{}")
        for qid in by_quiz.get(quiz_id, ()):
            # scored as study.score_quiz does: a question left out was not answered right
            if sorted(set(chosen.get(qid) or [])) != questions[qid]["correct"]:
                note(qid, finished_at)
    for qid, kept_at in db.execute(
            "SELECT question_id, kept_at FROM kept_questions WHERE user_id = ?", [user_id]):
        note(qid, kept_at)
    return born


def _reviews(db: Any, user_id: str) -> dict[str, list[Review]]:
    out: dict[str, list[Review]] = {}
    for rid, qid, rating, reviewed_at in db.execute(
            "SELECT id, question_id, rating, reviewed_at FROM card_reviews WHERE user_id = ?",
            [user_id]):
        out.setdefault(qid, []).append(Review(rid, int(rating), parse_time(reviewed_at)))
    return out


def cards(store: Store, user_id: str) -> list[ReviewCard]:
    """All the user's cards, their schedules rebuilt from the log, soonest due first."""
    db = store.db
    questions = _questions(db)
    logs = _reviews(db, user_id)
    out = []
    for qid, created in _card_births(db, user_id, questions).items():
        log = logs.get(qid, [])
        card = replay(created, log)
        q = questions[qid]
        out.append(ReviewCard(
            question_id=qid, quiz_id=q["quiz_id"], prompt=q["prompt"], options=tuple(q["options"]),
            correct=tuple(q["correct"]), explanation=q["explanation"], created=created,
            due=card.due, state=State(card.state).name.lower(), reviews=len(log),
            last_review=card.last_review, schedule=card))
    out.sort(key=lambda c: (c.due, c.question_id))
    return out


def previews(card: ReviewCard, now: datetime) -> dict[int, datetime]:
    """When the card would come back after each rating given ``now`` (shown on the buttons)."""
    return {r: SCHEDULER.review_card(card.schedule, Rating(r), review_datetime=now)[0].due
            for r in RATINGS}


def card(store: Store, user_id: str, question_id: str) -> ReviewCard | None:
    """One of the user's cards, rebuilt from the log (None: not a card)."""
    return next((c for c in cards(store, user_id) if c.question_id == question_id), None)


def end_of_today(now: datetime) -> datetime:
    """The end of the user's local day holding ``now`` (what "due today" means), in UTC."""
    local = now.astimezone()
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.astimezone(UTC)


def due_cards(store: Store, user_id: str, now: datetime | None = None) -> list[ReviewCard]:
    """The cards due by the end of today, soonest first."""
    limit = end_of_today(now or datetime.now(UTC))
    return [c for c in cards(store, user_id) if c.due <= limit]


def due_today_count(store: Store, user_id: str, now: datetime | None = None) -> int:
    """How many cards are due by the end of today (the library's and navigation's count)."""
    return len(due_cards(store, user_id, now))


def kept(store: Store, user_id: str) -> set[str]:
    """The question ids the user keeps for review."""
    return {r[0] for r in store.db.execute(
        "SELECT DISTINCT question_id FROM kept_questions WHERE user_id = ?", [user_id])}


# -- writing the log -----------------------------------------------------------------------


def keep_question(store: Store, user_id: str, question_id: str,
                  now: datetime | None = None) -> str | None:
    """Keep a question for review; returns the new record's id, None when already kept.

    Two devices keeping the same question make two records of one card: a card
    is its question, so the duplicate is harmless.
    """
    with store.write() as db:
        if db.execute("SELECT 1 FROM kept_questions WHERE user_id = ? AND question_id = ?",
                      [user_id, question_id]).fetchone():
            return None
        rid = new_record_id(user_id)
        record_change(db, "kept_questions", rid, {
            "user_id": user_id, "question_id": question_id,
            "kept_at": iso(now or datetime.now(UTC))})
    return rid


def record_review(store: Store, user_id: str, question_id: str, rating: int,
                  now: datetime | None = None) -> str:
    """Append one rating (1 again .. 4 easy) to the card's log, queued for the server."""
    if rating not in RATINGS:
        raise BadDataError(f"a rating is 1 to 4, not {rating!r}")
    rid = new_record_id(user_id)
    with store.write() as db:
        row = db.execute("SELECT value FROM settings WHERE key = 'profile_id'").fetchone()
        device = json.loads(row[0]) if row else None
        record_change(db, "card_reviews", rid, {
            "user_id": user_id, "question_id": question_id, "rating": rating,
            "reviewed_at": iso(now or datetime.now(UTC)), "device": device})
    return rid


def demo_cards(store: Store, user_id: str) -> list[str]:
    """Screenshots and demos: the first quiz here, its first two questions answered wrong
    and its third kept, so three cards are due now. Returns those three question ids."""
    quiz_id = store.db.execute("SELECT id FROM quizzes ORDER BY id LIMIT 1").fetchone()[0]
    questions = study.quiz(store, quiz_id)["questions"]  # type: ignore[index]
    wrong = {q["id"] for q in questions[:2]}
    study.submit_quiz(store, user_id, quiz_id, {
        q["id"]: [(q["correct"][0] + 1) % len(q["options"])] if q["id"] in wrong else q["correct"]
        for q in questions})
    keep_question(store, user_id, questions[2]["id"])
    return [q["id"] for q in questions[:3]]


__all__ = [
    "AGAIN", "EASY", "GOOD", "HARD", "RATINGS", "Review", "ReviewCard", "card", "cards", "demo_cards",
    "due_cards", "due_today_count", "end_of_today", "iso", "keep_question", "kept", "parse_time", "previews",
    "record_review", "replay",
]

"""Spaced review in the core: cards from missed and kept questions, rebuilt from the log.

The scheduler's state is never stored; these tests check that what is rebuilt
depends only on the set of review records (not on the order they arrived), and
that a simulated 60 days of study brings cards back at growing intervals.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutorclient import cards, content, study
from tutorclient.cards import AGAIN, EASY, GOOD, HARD, Review
from tutorclient.session import Profile
from tutorclient.store import Store, records

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday, 09:00 UTC


@pytest.fixture
def demo(profile_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "UTC")  # "today" ends at UTC midnight for these clocks
    profile = Profile(profile_dir)
    content.install_demo_courses(profile.store, profile.blobs)
    yield profile.store
    profile.close()


def _quiz(store: Store) -> tuple[str, list[dict]]:
    quiz_id = store.db.execute("SELECT id FROM quizzes ORDER BY id LIMIT 1").fetchone()[0]
    return quiz_id, records.quiz_questions(store.db, quiz_id)


def _answer(questions: list[dict], wrong: set[str]) -> dict[str, list[int]]:
    return {q["id"]: [(q["correct"][0] + 1) % len(q["options"])] if q["id"] in wrong
            else q["correct"] for q in questions}


def _submit_at(monkeypatch: pytest.MonkeyPatch, store: Store, user: str, quiz_id: str,
               answers: dict[str, list[int]], when: datetime) -> None:
    monkeypatch.setattr(study, "now_iso", lambda: cards.iso(when))
    study.submit_quiz(store, user, quiz_id, answers)


# -- the replay ------------------------------------------------------------------------------


def test_replay_depends_on_the_set_of_reviews_not_their_arrival_order() -> None:
    log = [Review("b", GOOD, T0), Review("a", AGAIN, T0),  # a tie: broken by record id
           Review("c", GOOD, T0 + timedelta(minutes=10)),
           Review("d", HARD, T0 + timedelta(days=2)), Review("e", EASY, T0 + timedelta(days=6))]
    first = cards.replay(T0, log)
    for shuffled in (log[::-1], log[2:] + log[:2], [log[3], log[0], log[4], log[2], log[1]]):
        again = cards.replay(T0, shuffled)
        assert (again.due, again.stability, again.difficulty, again.state) == (
            first.due, first.stability, first.difficulty, first.state)
    # The tie-break is real: the same two ratings at the same time under swapped ids differ.
    swapped = [Review("a", GOOD, T0), Review("b", AGAIN, T0), *log[2:]]
    assert cards.replay(T0, swapped).stability != first.stability


def test_a_new_card_is_due_when_it_was_born_and_a_rating_moves_it_on() -> None:
    assert cards.replay(T0, []).due == T0
    good = cards.replay(T0, [Review("a", GOOD, T0)])
    assert good.due == T0 + timedelta(minutes=10)  # FSRS's second learning step
    easy = cards.replay(T0, [Review("a", EASY, T0)])
    assert easy.due >= T0 + timedelta(days=1)


def test_times_are_read_from_text_or_epoch_seconds() -> None:
    assert cards.parse_time("2026-01-05T09:00:00Z") == T0
    assert cards.parse_time("2026-01-05T10:00:00+01:00") == T0
    assert cards.parse_time(T0.timestamp()) == T0
    assert cards.parse_time(cards.iso(T0)) == T0


# -- cards from the store -----------------------------------------------------------------------


def test_missed_and_kept_questions_become_cards_and_right_answers_do_not(demo, monkeypatch) -> None:
    store = demo
    quiz_id, questions = _quiz(store)
    assert len(questions) >= 3
    q1, q2, q3 = (q["id"] for q in questions[:3])
    _submit_at(monkeypatch, store, "u1", quiz_id, _answer(questions, {q1}), T0)
    _submit_at(monkeypatch, store, "u2", quiz_id, _answer(questions, {q2}), T0)  # not u1's
    assert [c.question_id for c in cards.cards(store, "u1")] == [q1]
    assert cards.keep_question(store, "u1", q3, now=T0 + timedelta(hours=1)) is not None
    assert cards.keep_question(store, "u1", q3) is None  # kept once is enough
    got = {c.question_id: c for c in cards.cards(store, "u1")}
    assert set(got) == {q1, q3}
    assert got[q1].due == T0 and got[q3].due == T0 + timedelta(hours=1)
    assert got[q1].answer and got[q1].prompt == questions[0]["prompt"]
    assert got[q1].explanation == questions[0]["explanation"]
    assert cards.kept(store, "u1") == {q3}
    # Answering it right later keeps the card: it was missed once, it comes back.
    _submit_at(monkeypatch, store, "u1", quiz_id, _answer(questions, set()), T0 + timedelta(days=1))
    assert {c.question_id for c in cards.cards(store, "u1")} == {q1, q3}


def test_ratings_are_appended_never_overwritten_and_rebuild_the_schedule(demo, monkeypatch) -> None:
    store = demo
    quiz_id, questions = _quiz(store)
    q1 = questions[0]["id"]
    _submit_at(monkeypatch, store, "u1", quiz_id, _answer(questions, {q1}), T0)
    assert cards.due_today_count(store, "u1", T0) == 1
    cards.record_review(store, "u1", q1, GOOD, now=T0)
    cards.record_review(store, "u1", q1, GOOD, now=T0 + timedelta(minutes=10))
    after = cards.card(store, "u1", q1)
    assert after is not None and after.reviews == 2 and after.state == "review"
    assert after.due >= T0 + timedelta(days=1)
    assert cards.due_today_count(store, "u1", T0 + timedelta(minutes=11)) == 0
    logged = store.db.execute("SELECT rating, local_state FROM card_reviews WHERE question_id = ?",
                              [q1]).fetchall()
    assert logged == [(GOOD, "pending"), (GOOD, "pending")]
    ops = store.db.execute("SELECT action, kind FROM outbox WHERE kind = 'card_reviews'").fetchall()
    assert ops == [("put", "card_reviews")] * 2  # two creates: nothing was rewritten
    # Another device's earlier "Again" arrives by sync: the card is replayed with it.
    records.put(store.db, "card_reviews", {
        "id": "zz-other-device", "version": 1, "user_id": "u1", "question_id": q1,
        "rating": AGAIN, "reviewed_at": cards.iso(T0 + timedelta(minutes=5)), "device": "clinic"})
    merged = cards.card(store, "u1", q1)
    assert merged is not None and merged.reviews == 3 and merged.due < after.due
    with pytest.raises(Exception, match="rating"):
        cards.record_review(store, "u1", q1, 5)


def test_due_today_counts_until_local_midnight(demo, monkeypatch) -> None:
    store = demo
    quiz_id, questions = _quiz(store)
    q1 = questions[0]["id"]
    cards.keep_question(store, "u1", q1, now=T0 + timedelta(hours=14))  # 23:00
    assert cards.due_today_count(store, "u1", T0) == 1  # due later today
    assert cards.due_today_count(store, "u1", T0 - timedelta(hours=10)) == 0  # 23:00 the day before


# -- 60 days of study -----------------------------------------------------------------------------


def _study_day(store: Store, user: str, now: datetime, rating_for) -> list[str]:
    """One session as the review view runs it: rate what is due today until nothing is."""
    seen = []
    for _ in range(100):
        due = cards.due_cards(store, user, now)
        if not due:
            return seen
        card = due[0]
        seen.append(card.question_id)
        cards.record_review(store, user, card.question_id, rating_for(card, now), now=now)
        now += timedelta(minutes=1)
    raise AssertionError("a session never ended")


def test_sixty_days_of_study_bring_cards_back_at_growing_intervals(demo, monkeypatch) -> None:
    store = demo
    quiz_id, questions = _quiz(store)
    missed = {q["id"] for q in questions[:3]}
    _submit_at(monkeypatch, store, "u1", quiz_id, _answer(questions, missed), T0)
    lapse = questions[0]["id"]
    days_seen: dict[str, list[int]] = {q: [] for q in missed}

    def rating_for(card: cards.ReviewCard, now: datetime) -> int:
        # The trainee forgets one card once, on its third day back; else recalls.
        if card.question_id == lapse and len(days_seen[lapse]) == 3 and card.state == "review":
            return AGAIN
        return GOOD

    for day in range(60):
        now = T0 + timedelta(days=day)
        for qid in dict.fromkeys(_study_day(store, "u1", now, rating_for)):
            days_seen[qid].append(day)

    for qid, days in days_seen.items():
        gaps = [b - a for a, b in zip(days, days[1:])]
        print(qid[:12], "seen on days", days, "gaps", gaps)
        assert days[0] == 0 and len(days) >= 4, days  # it came back, and more than once
        assert len(days) < 20, days  # but not every day: spaced
        if qid == lapse:
            # forgotten on its fourth showing: it comes back far sooner, then spacing grows again
            assert gaps[3] < gaps[2] / 4, gaps
            gaps = gaps[3:]
        else:
            assert gaps[-1] >= 20, gaps
        assert all(b > a for a, b in zip(gaps, gaps[1:])), gaps  # each gap longer than the last
    # Nothing pending beyond the log: 60 days left only appended records.
    states = store.db.execute("SELECT DISTINCT local_state FROM card_reviews").fetchall()
    assert states == [("pending",)]

"""One trainee reviews cards on two computers offline; after sync both have the same schedule.

Real server on loopback, two real profiles (``make_client``). The scheduler's
state is rebuilt from the merged log on each device, so nothing conflicts and
both compute the same due dates; the server holds every rating once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tutorclient import cards, study
from tutorclient.cards import AGAIN, EASY, GOOD, HARD
from tutorclient.session import Profile
from tutorclient.store import records

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _schedule(p: Profile) -> dict[str, tuple[datetime, str, int]]:
    return {c.question_id: (c.due, c.state, c.reviews) for c in cards.cards(p.store, p.user["id"])}


def test_two_devices_review_offline_and_converge(server, make_client, monkeypatch) -> None:
    laptop = make_client("amina", server, device="laptop")
    clinic = make_client("amina", server, device="clinic-pc")
    laptop.sync()
    clinic.sync()
    me = laptop.user["id"]
    quiz_id = laptop.store.db.execute("SELECT id FROM quizzes ORDER BY id LIMIT 1").fetchone()[0]
    questions = records.quiz_questions(laptop.store.db, quiz_id)
    q1, q2, q3 = (q["id"] for q in questions[:3])

    # On the laptop: a quiz with q1 and q2 wrong; synced, so the clinic has the cards too.
    monkeypatch.setattr(study, "now_iso", lambda: cards.iso(T0))
    study.submit_quiz(laptop.store, me, quiz_id, {
        q["id"]: [(q["correct"][0] + 1) % len(q["options"])] if q["id"] in (q1, q2)
        else q["correct"] for q in questions})
    laptop.sync()
    clinic.sync()
    assert set(_schedule(clinic)) == {q1, q2}

    # Offline on both. The laptop reviews q1 twice; the clinic reviews q1 and q2, and
    # keeps q3. The clinic's "Again" on q1 falls between the laptop's two ratings.
    cards.record_review(laptop.store, me, q1, GOOD, now=T0 + timedelta(hours=1))
    cards.record_review(laptop.store, me, q1, EASY, now=T0 + timedelta(hours=3))
    cards.record_review(clinic.store, me, q1, AGAIN, now=T0 + timedelta(hours=2))
    cards.record_review(clinic.store, me, q2, HARD, now=T0 + timedelta(hours=2))
    cards.keep_question(clinic.store, me, q3, now=T0 + timedelta(hours=2))
    before = {"laptop": _schedule(laptop), "clinic": _schedule(clinic)}
    assert before["laptop"][q1] != before["clinic"][q1]  # they disagree while apart

    for p in (laptop, clinic, laptop):  # each sends its log and receives the other's
        p.sync()

    laptop_now, clinic_now = _schedule(laptop), _schedule(clinic)
    assert laptop_now == clinic_now
    assert set(laptop_now) == {q1, q2, q3} and laptop_now[q1][2] == 3
    # The merged q1 is the replay of all three ratings in time order, on both computers.
    replayed = cards.replay(T0, [cards.Review("a", GOOD, T0 + timedelta(hours=1)),
                                 cards.Review("b", AGAIN, T0 + timedelta(hours=2)),
                                 cards.Review("c", EASY, T0 + timedelta(hours=3))])
    assert laptop_now[q1][0] == replayed.due
    assert laptop_now[q1][0] not in (before["laptop"][q1][0], before["clinic"][q1][0])
    for p in (laptop, clinic):
        assert p.store.db.execute(
            "SELECT count(*) FROM outbox WHERE state != 'done' AND kind IN "
            "('card_reviews', 'kept_questions')").fetchone()[0] == 0
        assert p.store.db.execute("SELECT count(*) FROM card_reviews").fetchone()[0] == 4
        devices = {r[0] for r in p.store.db.execute("SELECT DISTINCT device FROM card_reviews")}
        assert len(devices) == 2 and None not in devices  # each rating says where it was made
    assert cards.due_today_count(laptop.store, me, T0 + timedelta(hours=4)) == \
        cards.due_today_count(clinic.store, me, T0 + timedelta(hours=4))


@pytest.mark.parametrize("who", ["khadra"])
def test_another_trainee_never_receives_my_reviews(server, make_client, who) -> None:
    mine = make_client("amina", server, device="amina-pc")
    other = make_client(who, server, device="other-pc")
    mine.sync()
    qid = mine.store.db.execute("SELECT id FROM quiz_questions LIMIT 1").fetchone()[0]
    cards.keep_question(mine.store, mine.user["id"], qid)
    cards.record_review(mine.store, mine.user["id"], qid, GOOD)
    mine.sync()
    other.sync()
    for kind in ("card_reviews", "kept_questions"):
        assert other.store.db.execute(f"SELECT count(*) FROM {kind}").fetchone()[0] == 0
    assert cards.cards(other.store, other.user["id"]) == []

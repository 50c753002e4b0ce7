"""The contribution record over real syncs: a live server on loopback, real profiles.

A trainee submits a case, the tutor claims and reviews it with a reflection and
active time, the trainee says "this helped me". The thanks reaches the tutor;
the reflection reaches the tutor's other computer and nobody else: not the
trainee, not another tutor of the partnership. Time to first response comes
from the server's clock.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sync.server.scopes import partnership_id
from tutorclient import cases, contributions, review
from tutorclient.contributions import Period


def _today() -> Period:
    day = datetime.now(UTC).date()
    return Period(day, day)


def test_review_thanks_and_reflection_travel_only_to_their_readers(server, make_client):
    amina = make_client("amina", server)
    sarah = make_client("dr.sarah", server)
    khadra = make_client("khadra", server)
    for p in (amina, sarah, khadra):
        p.sync()
    me, tutor = amina.user["id"], sarah.user["id"]
    case_id = cases.new_draft(amina.store, me, partnership_id("somaliland"), "emergency")
    cases.save_draft(amina.store, case_id, {"title": "Wheeze in a child at night"})
    cases.submit(amina.store, case_id)
    amina.sync()
    sarah.sync()
    review.claim(sarah.store, tutor, case_id)
    sarah.sync()
    review_id = review.save_review(sarah.store, tutor, case_id, strengths="Good history",
                                   concerns="", next_steps="Peak flow", rubric_score=4,
                                   decision="reviewed")
    contributions.save_reflection(sarah.store, tutor, review_id,
                                  body="Remember to ask about inhaler technique.",
                                  add_seconds=120)
    sarah.sync()

    amina.sync()
    assert [r["review_id"] for r in contributions.thankable_reviews(amina.store, me, case_id)] \
        == [review_id]
    contributions.mark_helped(amina.store, me, review_id, "Mahadsanid!")
    amina.sync()

    sarah.sync()
    rec = contributions.contribution_record(sarah.store, tutor, _today())
    mine = next(r for r in rec.reviews if r.review_id == review_id)  # (the demo has others)
    assert mine.sent and mine.thanked and mine.active_seconds == 120
    assert [t.note for t in rec.thanks if t.review_id == review_id] == ["Mahadsanid!"]
    # Submitted and reviewed within this test, on the server's clock.
    assert 0 <= rec.response_by_case[case_id] < 120

    # The tutor's other computer gets the reflection from the server...
    laptop = make_client("dr.sarah", server, device="sarah-laptop")
    laptop.sync()
    theirs = contributions.reflection_of(laptop.store, tutor, review_id)
    assert theirs["body"] == "Remember to ask about inhaler technique."
    # ...the trainee and a classmate never get it; the classmate gets no thanks either.
    khadra.sync()
    for p in (amina, khadra):
        assert p.store.db.execute("SELECT count(*) FROM reflections").fetchone()[0] == 0
    assert khadra.store.db.execute("SELECT count(*) FROM review_thanks").fetchone()[0] == 0
    assert khadra.store.db.execute("SELECT count(*) FROM reviews WHERE id = ?",
                                   [review_id]).fetchone()[0] == 1  # the review itself is shared

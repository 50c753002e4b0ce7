"""Tutors claim cases and review them; the server settles races atomically."""

from __future__ import annotations

import threading
from typing import Any

from srv_helpers import new_id, op


def _submitted_case(world: Any, specialism: str = "emergency") -> str:
    amina = world.client("amina")
    cid = new_id(amina)
    res = amina.push(op("cases", cid, {
        "author_id": amina.id, "partnership_id": world.p_som, "specialism": specialism,
        "title": "Chest pain at night", "status": "submitted"}))
    assert res[0]["s"] == "ok"
    return cid


def test_claim_race_has_one_winner_and_the_loser_sees_who(world):
    cid = _submitted_case(world)
    tutors = [world.client("tutor.som"), world.client("tutor.som2")]
    results: list[dict[str, Any]] = [{}, {}]
    barrier = threading.Barrier(2)

    def claim(i: int) -> None:
        barrier.wait()
        results[i] = tutors[i].push(op("cases", cid, action="claim"))[0]

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted(r["s"] for r in results)
    assert statuses == ["conflict", "ok"], results
    winner = tutors[[r["s"] for r in results].index("ok")]
    loser = results[[r["s"] for r in results].index("conflict")]
    assert loser["cur"]["d"]["claimed_by"] == winner.id
    rec = world.record("cases", cid)
    assert rec.data["claimed_by"] == winner.id and rec.data["status"] == "in_review"
    assert rec.version == 2  # exactly one claim was applied


def test_only_tutors_of_the_specialism_claim(world):
    cid = _submitted_case(world, specialism="emergency")
    assert world.client("amina").push(op("cases", cid, action="claim"))[0]["s"] == "rejected"
    res = world.client("tutor.obs").push(op("cases", cid, action="claim"))[0]
    assert res["s"] == "rejected" and "emergency" in res["e"]
    assert world.record("cases", cid).data.get("claimed_by") is None


def test_claiming_tutor_reviews_and_the_case_follows_the_decision(world):
    cid = _submitted_case(world)
    tutor, other = world.client("tutor.som"), world.client("tutor.som2")
    amina = world.client("amina")
    amina.pull_all()
    assert tutor.push(op("cases", cid, action="claim"))[0]["s"] == "ok"
    review = {"case_id": cid, "strengths": "clear", "concerns": "none", "next_steps": "read",
              "rubric_score": 4, "decision": "revision_requested"}
    res = other.push(op("reviews", new_id(other), {**review, "tutor_id": other.id}))[0]
    assert res["s"] == "rejected" and "claimed" in res["e"]
    res = other.push(op("cases", cid, {"status": "reviewed"}, base=2))[0]
    assert res["s"] == "rejected"
    rid = new_id(tutor)
    assert tutor.push(op("reviews", rid, {**review, "tutor_id": tutor.id}))[0]["s"] == "ok"
    got = amina.pull_all()
    assert got[("reviews", rid)]["d"]["rubric_score"] == 4
    assert got[("cases", cid)]["d"]["status"] == "revision_requested"
    # The author revises and resubmits; a tutor may not set the author's statuses.
    v = got[("cases", cid)]["v"]
    assert amina.push(op("cases", cid, {"history": "more detail", "status": "submitted"},
                         base=v))[0]["s"] == "ok"


def test_unclaim_only_by_the_claimer(world):
    cid = _submitted_case(world)
    tutor, other = world.client("tutor.som"), world.client("tutor.som2")
    tutor.push(op("cases", cid, action="claim"))
    assert other.push(op("cases", cid, action="unclaim"))[0]["s"] == "rejected"
    assert tutor.push(op("cases", cid, action="unclaim"))[0]["s"] == "ok"
    rec = world.record("cases", cid)
    assert rec.data["claimed_by"] is None and rec.data["status"] == "submitted"
    assert other.push(op("cases", cid, action="claim"))[0]["s"] == "ok"


def test_author_cannot_claim_or_edit_a_case_under_review(world):
    cid = _submitted_case(world)
    world.client("tutor.som").push(op("cases", cid, action="claim"))
    amina = world.client("amina")
    res = amina.push(op("cases", cid, {"title": "changed"}, base=2))[0]
    assert res["s"] == "rejected"
    res = amina.push(op("cases", cid, {"claimed_by": amina.id}, base=2))[0]
    assert res["s"] == "rejected"


def test_a_new_case_cannot_bring_its_own_claim_time(world):
    """claimed_at is the server's clock (set by a claim); a client cannot preset it."""
    amina = world.client("amina")
    res = amina.push(op("cases", new_id(amina), {
        "author_id": amina.id, "partnership_id": world.p_som, "specialism": "emergency",
        "title": "Preset", "status": "submitted", "claimed_at": "2020-01-01T00:00:00Z"}))[0]
    assert res["s"] == "rejected" and "claimed" in res["e"]


def test_server_times_of_a_case_through_claims_and_a_resubmission(world):
    cid = _submitted_case(world)
    first = world.record("cases", cid)
    assert first.created_ms == first.updated_ms == first.submitted_ms
    tutor = world.client("tutor.som")
    tutor.push(op("cases", cid, action="claim"))
    tutor.push(op("cases", cid, action="unclaim"))
    released = world.record("cases", cid)
    # A released claim keeps the case's place in the queue.
    assert released.submitted_ms == first.submitted_ms < released.updated_ms
    assert released.created_ms == first.created_ms
    tutor.push(op("cases", cid, action="claim"))
    review = {"case_id": cid, "tutor_id": tutor.id, "strengths": "clear", "concerns": "",
              "next_steps": "", "rubric_score": 3, "decision": "revision_requested"}
    assert tutor.push(op("reviews", new_id(tutor), review))[0]["s"] == "ok"
    amina = world.client("amina")
    back = world.record("cases", cid)
    res = amina.push(op("cases", cid, {"status": "submitted"}, base=back.version))[0]
    assert res["s"] == "ok"
    again = world.record("cases", cid)
    assert again.submitted_ms > back.updated_ms and res["t"] == again.stamps()

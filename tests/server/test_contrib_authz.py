"""The authorisation matrix of the tutor's record: reflections and trainees' thanks.

Both kinds are private (``sync/kinds.py``): a reflection is read by its author
only, a thank-you by the trainee who wrote it and the tutor it thanks, and an
administrator, who otherwise reads everything, reads neither. Every cell is a
real request over HTTP against the live server (SQLite and PostgreSQL): a
*leak* is a request that succeeds although it may not, a *denial* a legitimate
request refused. Both must be 0.

The cast, around one case of the Somaliland trainee ``author``, reviewed by
``tutor``:

===========  ===========================================================
author       Somaliland trainee whose case was reviewed
mate         another Somaliland trainee
tutor        the Somaliland tutor who claimed and reviewed the case
colleague    another Somaliland tutor (same specialism)
coordinator  Somaliland coordinator
outsider     Palestine trainee
admin        administrator
===========  ===========================================================
"""

from __future__ import annotations

from typing import Any

import pytest

from srv_helpers import Client, new_id, op
from test_authz_matrix import Tally

CAST = ("author", "mate", "tutor", "colleague", "coordinator", "outsider", "admin")
#: Who may do what to the two records the cast's case produced.
MAY = {
    ("reflections", "read"): {"tutor"},
    ("reflections", "create"): {"tutor"},
    ("reflections", "update"): {"tutor"},
    ("reflections", "delete"): {"tutor"},
    ("review_thanks", "read"): {"author", "tutor"},
    ("review_thanks", "create"): {"author"},
    ("review_thanks", "update"): {"author"},
    ("review_thanks", "delete"): {"author"},
}


@pytest.fixture(scope="module")
def scene(world) -> dict[str, Any]:
    """A reviewed case, the tutor's reflection on the review and the trainee's thanks."""
    roles = {"author": ("trainee", ["somaliland"], None),
             "mate": ("trainee", ["somaliland"], None),
             "tutor": ("tutor", ["somaliland"], ["emergency"]),
             "colleague": ("tutor", ["somaliland"], ["emergency"]),
             "coordinator": ("coordinator", ["somaliland"], None),
             "outsider": ("trainee", ["palestine"], None)}
    users: dict[str, Client] = {r: world.client(world.add_user(role, parts, spec, prefix=r))
                                for r, (role, parts, spec) in roles.items()}
    users["admin"] = world.client("admin")
    author, tutor = users["author"], users["tutor"]
    case = new_id(author)
    assert author.push(op("cases", case, {"author_id": author.id, "partnership_id": world.p_som,
                                          "title": "chest pain", "specialism": "emergency",
                                          "status": "submitted"}))[0]["s"] == "ok"
    assert tutor.push(op("cases", case, action="claim"))[0]["s"] == "ok"
    review = new_id(tutor)
    assert tutor.push(op("reviews", review, {"case_id": case, "tutor_id": tutor.id,
                                             "strengths": "clear", "rubric_score": 4,
                                             "decision": "reviewed"}))[0]["s"] == "ok"
    records = {"reflections": new_id(tutor), "review_thanks": new_id(author)}
    assert tutor.push(op("reflections", records["reflections"], {
        "user_id": tutor.id, "review_id": review, "case_id": case, "body": "learnt",
        "active_seconds": 600}))[0]["s"] == "ok"
    assert author.push(op("review_thanks", records["review_thanks"], {
        "review_id": review, "case_id": case, "trainee_id": author.id, "tutor_id": tutor.id,
        "note": "this helped"}))[0]["s"] == "ok"
    return {"users": users, "case": case, "review": review, "records": records}


def _new_data(kind: str, scene: dict[str, Any]) -> dict[str, Any]:
    """A second record of ``kind`` on the same review, in the name of its rightful writer."""
    users = scene["users"]
    if kind == "reflections":
        return {"user_id": users["tutor"].id, "review_id": scene["review"],
                "case_id": scene["case"], "body": "forged"}
    return {"review_id": scene["review"], "case_id": scene["case"],
            "trainee_id": users["author"].id, "tutor_id": users["tutor"].id, "note": "forged"}


PATCH = {"reflections": {"body": "changed"}, "review_thanks": {"note": "changed"}}


def test_contribution_records_have_no_leaks(world, scene):
    tally = Tally()
    users, records = scene["users"], scene["records"]
    for who in CAST:  # reads first: a full pull from zero
        got = users[who].pull_all(cursor=0)
        for kind, rid in records.items():
            seen = got.get((kind, rid), {}).get("d") is not None
            tally.note("read", f"{who} x {kind}", who in MAY[kind, "read"], seen)
    for who in CAST:
        c = users[who]
        for kind in records:
            rid = new_id(c)
            ok = c.push(op(kind, rid, _new_data(kind, scene)))[0]["s"] == "ok"
            assert ok == (world.record(kind, rid) is not None)
            tally.note("create", f"{who} x {kind}", who in MAY[kind, "create"], ok)
    for action in ("update", "delete"):
        for kind, rid in records.items():
            # The rightful writer last, so everyone else tries the record while it exists.
            for who in sorted(CAST, key=lambda w: w in MAY[kind, action]):
                c = users[who]
                base = world.record(kind, rid).version
                sent = (op(kind, rid, PATCH[kind], base=base) if action == "update"
                        else op(kind, rid, action="del", base=base))
                ok = c.push(sent)[0]["s"] == "ok"
                tally.note(action, f"{who} x {kind}", who in MAY[kind, action], ok)
    figures = tally.figures()
    print(f"\ncontribution authorisation matrix ({world.backend}): {figures}")
    assert figures["attempts"] == len(CAST) * len(records) * 4
    assert figures["leaks"] == 0 and figures["denials"] == 0, tally.where


def test_thanks_must_name_the_reviews_case_and_tutor(world, scene):
    """A trainee cannot send "thanks" to a tutor who did not review their case."""
    author, colleague = scene["users"]["author"], scene["users"]["colleague"]
    wrong = {**_new_data("review_thanks", scene), "tutor_id": colleague.id}
    rid = new_id(author)
    res = author.push(op("review_thanks", rid, wrong))[0]
    assert res["s"] == "rejected" and "review's case and tutor" in res["e"]
    assert world.record("review_thanks", rid) is None


def test_admin_cannot_write_a_reflection_for_a_tutor(world, scene):
    admin, tutor = scene["users"]["admin"], scene["users"]["tutor"]
    rid = new_id(admin)
    res = admin.push(op("reflections", rid, _new_data("reflections", scene)))[0]
    assert res["s"] == "rejected" and res["e"].startswith("forbidden")
    assert ("reflections", rid) not in tutor.pull_all(cursor=0)

"""Values the clients' tables cannot hold are refused for everyone, administrators too.

A client stores each pulled record in a table whose ``CHECK`` constraints
follow the declared choices (``sync/kinds.py``); a record outside them would
make every reader's sync fail on it, over and over. Administrators skip the
write rules, so the value checks are what keeps such a record out.
"""

from __future__ import annotations

from srv_helpers import new_id, op


def test_admin_cannot_start_a_discussion_of_an_unknown_kind(world) -> None:
    admin = world.client("admin")
    rid = new_id(admin)
    result = admin.push(op("threads", rid, {
        "kind": "poll", "case_id": world.som["cases"], "partnership_id": world.p_som,
        "created_by": admin.id, "title": "x"}))[0]
    assert result["s"] == "rejected", result
    assert result["e"] == "invalid: a discussion's kind must be case or course"
    assert world.record("threads", rid) is None


def test_members_get_the_same_answer_as_before(world) -> None:
    amina = world.client("amina")
    result = amina.push(op("threads", new_id(amina), {
        "kind": "poll", "case_id": world.som["cases"], "partnership_id": world.p_som,
        "created_by": amina.id}))[0]
    assert (result["s"], result["e"]) == ("rejected",
                                          "invalid: a discussion's kind must be case or course")

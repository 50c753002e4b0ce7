"""Protocol version 3: a create goes without its op UUID, and stays idempotent.

Version 3 is version 2 with one change: an op that creates a record (a put with
no base) is sent without ``u``; the server keys it by its content
(``protocol.create_key``). A replay of the same create (its answer was lost)
gets the stored result and writes nothing; another create of the same record
still meets it as a conflict; version 1 and 2 clients are unchanged.
"""

from __future__ import annotations

from typing import Any

from srv_helpers import Client, new_id, op
from test_protocol_v2 import _post, _v2

from sync.protocol import V2, V3, create_key, dumps, expand_results, lean_op


def _sync(client: Client, version: int, ops: list[dict[str, Any]], cursor: int = 0) -> dict[str, Any]:
    return _v2(client, ops, cursor, version=version)


def test_a_v3_create_is_sent_without_its_uuid_and_a_replay_gets_the_same_result(world):
    khadra = world.client("khadra")
    create = op("posts", new_id(khadra), _post(world, khadra.id, "Check the glucose."))
    wire = lean_op(create, V3)
    assert "u" not in wire and len(dumps(wire)) == len(dumps(lean_op(create, V2))) - len(
        dumps({"u": create["u"]})) + 1  # the UUID and its comma are gone
    first = _sync(khadra, V3, [create])
    replay = _sync(khadra, V3, [create], cursor=first["c"])  # the answer was lost
    assert replay["r"] == first["r"]
    assert isinstance(first["r"][0], list) and first["r"][0][0] == 1
    assert replay["c"] == first["c"]  # nothing was written the second time
    assert not replay.get("x")


def test_another_create_of_the_same_record_is_a_conflict_not_a_replay(world):
    khadra = world.client("khadra")
    rid = new_id(khadra)
    first = _sync(khadra, V3, [op("posts", rid, _post(world, khadra.id, "First words."))])
    other = _sync(khadra, V3, [op("posts", rid, _post(world, khadra.id, "Other words."))],
                  cursor=first["c"])
    assert set(other["r"][0]) == {"cur"}
    assert other["r"][0]["cur"]["d"]["body_md"] == "First words."


def test_other_ops_keep_their_uuid_and_their_replays(world):
    khadra = world.client("khadra")
    rid = new_id(khadra)
    first = _sync(khadra, V3, [op("posts", rid, _post(world, khadra.id, "Draft."))])
    assert first["r"][0][0] == 1
    edit = op("posts", rid, {"body_md": "Edited."}, base=1)  # posts are append-only: refused
    gone = op("posts", rid, action="del", base=1)
    for other in (edit, gone):
        assert lean_op(other, V3)["u"] == other["u"]
    once = _sync(khadra, V3, [edit, gone], cursor=first["c"])
    twice = _sync(khadra, V3, [edit, gone], cursor=once["c"])
    assert once["r"] == twice["r"] and set(once["r"][0]) == {"e"}


def test_v1_and_v2_clients_keep_uuid_keyed_replays_beside_v3(world):
    khadra = world.client("khadra")
    create = op("posts", new_id(khadra), _post(world, khadra.id, "Sent by an older client."))
    v2 = _sync(khadra, V2, [create])
    v1 = khadra.sync([create], cursor=0)["r"]  # the same op as version 1: a replay by UUID
    assert expand_results(v2["r"], [create["u"]]) == v1
    assert v1[0]["s"] == "ok" and v1[0]["u"] == create["u"]


def test_the_content_key_is_no_uuid_and_fits_the_ops_table(world):
    khadra = world.client("khadra")
    create = op("posts", new_id(khadra), _post(world, khadra.id, "Key."))
    key = create_key(lean_op(create, V3))
    assert key == create_key(create)  # the same whether defaults are spelled out or not
    assert key.startswith("=") and len(key) <= 64


def test_a_create_sent_with_its_uuid_and_then_without_is_one_op_in_either_order(world):
    """A device's outbox may go once by USB bundle or an older client (with UUIDs) and
    once by a protocol 3 sync (without): the second gets the first's result."""
    khadra = world.client("khadra")
    first_v2 = op("posts", new_id(khadra), _post(world, khadra.id, "By bundle first."))
    a = _sync(khadra, V2, [first_v2])
    b = _sync(khadra, V3, [first_v2], cursor=a["c"])
    assert b["r"] == a["r"] and b["c"] == a["c"]

    first_v3 = op("posts", new_id(khadra), _post(world, khadra.id, "By network first."))
    c = _sync(khadra, V3, [first_v3], cursor=b["c"])
    d = _sync(khadra, V2, [first_v3], cursor=c["c"])
    assert d["r"] == c["r"] and d["c"] == c["c"]
    assert khadra.sync([first_v3], cursor=d["c"])["r"][0]["u"] == first_v3["u"]  # version 1 too

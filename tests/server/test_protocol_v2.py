"""Protocol version 2 on the wire, beside version 1 on the same server.

Every test here compares the two: what version 2 sends compactly must expand
into exactly what version 1 says, and an op means the same in both (so a
replay finds its stored result whichever version sent it).
"""

from __future__ import annotations

from typing import Any

from srv_helpers import Client, new_id, op

from sync.protocol import V2, compact_results, expand_changes, expand_results, lean_op


def _v2(client: Client, ops: list[dict[str, Any]] | None = None, cursor: int = 0,
        version: int = V2, **extra: Any) -> dict[str, Any]:
    msg: dict[str, Any] = {"v": version, "c": cursor, **extra}
    if ops:
        msg["o"] = [lean_op(o, version) for o in ops]
    r = client.raw(msg)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["v"] == version
    return body


def _post(world: Any, author: str, text: str) -> dict[str, Any]:
    return {"thread_id": world.som["threads"], "author_id": author, "body_md": text}


def test_v2_results_expand_to_the_v1_results_of_the_same_ops(world):
    khadra = world.client("khadra")
    good = op("posts", new_id(khadra), _post(world, khadra.id, "Check the glucose."))
    other = op("posts", new_id(khadra), _post(world, khadra.id, "And the airway."))
    forged = op("posts", new_id(khadra), _post(world, world.uid("yusuf"), "as someone else"))
    conflict = op("posts", good["i"], _post(world, khadra.id, "Same id again."))  # exists now
    ops = [good, other, forged, conflict]
    body = _v2(khadra, ops)
    compact = body["r"]
    assert isinstance(compact[0], list) and compact[0][0] == 1  # [version, time deltas]
    assert set(compact[2]) == {"e"} and set(compact[3]) == {"cur"}
    assert not any(o["u"] in str(compact) for o in ops)  # no op UUIDs: results are in op order

    v1 = khadra.sync(ops, cursor=0)["r"]  # the same ops again, as a version 1 client: replays
    assert [r["s"] for r in v1] == ["ok", "ok", "rejected", "conflict"]
    assert expand_results(compact, [o["u"] for o in ops]) == v1
    assert compact_results(v1) == compact


def _all_pages(ask, expand=lambda x: x) -> tuple[list[Any], int]:
    """Every change from cursor 0 to the head, following ``m``, and the last cursor.

    ``expand`` reads one page's changes (version 2's time deltas chain within a page)."""
    changes: list[Any] = []
    cursor, more = 0, True
    while more:
        body = ask(cursor)
        changes += expand(body["x"])
        cursor, more = body["c"], bool(body.get("m"))
    return changes, cursor


def test_v2_changes_expand_to_the_v1_changes(world):
    khadra = world.client("khadra")
    # The shared world grows as other tests run: version 1's pages (~128 KiB of
    # JSON) may not hold it all in one, so both versions are followed to the end.
    v1, c1 = _all_pages(lambda c: khadra.sync(cursor=c, n=1000))
    raw, _ = _all_pages(lambda c: _v2(khadra, cursor=c))
    assert all(isinstance(c, list) for c in raw)  # version 2's compact arrays
    v2, c2 = _all_pages(lambda c: _v2(khadra, cursor=c), expand_changes)
    assert c1 == c2
    # The same live changes in the same order; where the versions' pages end
    # differently, a record deleted meanwhile may come as a tombstone in one only.
    assert [c for c in v2 if c["d"] is not None] == [c for c in v1 if c["d"] is not None]
    assert all(c["d"] is None for c in v1 + v2 if (c not in v1) or (c not in v2))


def test_v2_pages_are_sized_by_the_bytes_the_client_asks(world):
    khadra = world.client("khadra")
    whole = expand_changes(_v2(khadra)["x"])
    pages: list[dict[str, Any]] = []
    cursor, more = 0, True
    while more:
        body = _v2(khadra, cursor=cursor, p=2000)
        pages.append(body)
        cursor, more = body["c"], bool(body.get("m"))
    assert len(pages) > 3
    # The same live changes in the same order. Paging may add tombstones: a record
    # made before a page's cursor and deleted since (by other tests sharing this
    # server) is news to a client at that cursor, not to one starting from zero
    # (as in version 1: test_sync_protocol).
    paged = [c for p in pages for c in expand_changes(p.get("x", []))]
    assert [c for c in paged if c["d"] is not None] == whole
    extra = [c for c in paged if c not in whole]
    assert all(c["d"] is None for c in extra), extra


def test_a_lean_v2_op_and_its_v1_form_are_one_op(world):
    khadra = world.client("khadra")
    o = op("posts", new_id(khadra), _post(world, khadra.id, "Sent twice over two versions."))
    first = khadra.push(o)[0]  # version 1 sends b: null, a: put
    again = expand_results(_v2(khadra, [o])["r"], [o["u"]])[0]  # version 2 leaves them out
    assert again == first  # a replay, not "op uuid reused with different content"


def test_v1_requests_may_not_use_v2_fields(world):
    khadra = world.client("khadra")
    r = khadra.raw({"v": 1, "c": 0, "p": 1000})
    assert r.status_code == 400 and r.json()["error"] == "unknown_fields"


def test_login_v2_carries_the_server_key_and_v1_does_not(world):
    http = Client(world.base, "khadra", world.passwords["khadra"]).http
    key = http.get(f"{world.base}/v1/server-key").json()["key"]
    v2 = http.post(f"{world.base}/v1/login", json={
        "username": "khadra", "password": world.passwords["khadra"], "v": V2})
    v1 = http.post(f"{world.base}/v1/login", json={
        "username": "khadra", "password": world.passwords["khadra"], "v": 1})
    assert v2.json()["server_key"] == key
    assert "server_key" not in v1.json()

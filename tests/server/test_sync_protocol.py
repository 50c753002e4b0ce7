"""The /v1/sync exchange on the wire: idempotency, conflicts, paging, bytes, bad input."""

from __future__ import annotations

import gzip
import json
import socket
from typing import Any
from urllib.parse import urlparse

import zstandard

from srv_helpers import assert_error, new_id, op


def _case(w: Any, author_id: str, **extra: Any) -> dict[str, Any]:
    return {"author_id": author_id, "partnership_id": w.p_som, "specialism": "emergency",
            "title": "Fever and rash", "status": "submitted", **extra}


def _post(thread: str, author: str, text: str = "I agree") -> dict[str, Any]:
    return {"thread_id": thread, "author_id": author, "body_md": text}


# ----------------------------------------------------------------- idempotency


def test_replayed_op_returns_original_result_and_creates_nothing(world):
    amina = world.client("amina")
    amina.pull_all()
    o = op("cases", new_id(amina), _case(world, amina.id))
    first = amina.push(o)[0]
    assert first["s"] == "ok" and first["v"] == 1
    seq_after_first = world.record("cases", o["i"]).seq

    again = amina.sync([o], cursor=0)  # the response was "lost": same op, same cursor
    assert again["r"][0] == first
    rec = world.record("cases", o["i"])
    assert rec.version == 1 and rec.seq == seq_after_first  # nothing written


def test_same_uuid_with_different_content_is_rejected(world):
    amina = world.client("amina")
    o = op("cases", new_id(amina), _case(world, amina.id))
    assert amina.push(o)[0]["s"] == "ok"
    forged = {**o, "d": {**o["d"], "title": "Something else"}}
    res = amina.push(forged)[0]
    assert res["s"] == "rejected" and "uuid" in res["e"]
    assert world.record("cases", o["i"]).data["title"] == "Fever and rash"
    # Reusing it for a different record does not create that record either.
    other = {**o, "i": new_id(amina)}
    assert amina.push(other)[0]["s"] == "rejected"
    assert world.record("cases", other["i"]) is None


def test_op_uuid_of_another_user_is_not_replayed(world):
    amina, khadra = world.client("amina"), world.client("khadra")
    o = op("cases", new_id(amina), _case(world, amina.id))
    assert amina.push(o)[0]["s"] == "ok"
    res = khadra.push(o)[0]
    assert res["s"] == "rejected"


# ----------------------------------------------------------------- conflicts


def test_stale_edit_gets_conflict_with_current_version(world):
    amina = world.client("amina")
    cid = new_id(amina)
    amina.push(op("cases", cid, _case(world, amina.id, status="draft")))
    edit = op("cases", cid, {"title": "Edited on laptop"}, base=1)
    result = amina.push(edit)[0]
    created, updated = result.pop("t")  # the server's times: first and latest accept
    assert result == {"u": edit["u"], "s": "ok", "v": 2} and created < updated
    res = amina.push(op("cases", cid, {"title": "Edited on phone"}, base=1))[0]
    assert res["s"] == "conflict"
    assert res["cur"]["v"] == 2 and res["cur"]["d"]["title"] == "Edited on laptop"
    assert world.record("cases", cid).data["title"] == "Edited on laptop"


def test_create_of_existing_id_is_a_conflict(world):
    amina = world.client("amina")
    cid = new_id(amina)
    amina.push(op("cases", cid, _case(world, amina.id)))
    res = amina.push(op("cases", cid, _case(world, amina.id, title="dup")))[0]
    assert res["s"] == "conflict" and res["cur"]["v"] == 1


def test_posts_are_append_only(world):
    amina = world.client("amina")
    pid = new_id(amina)
    thread = world.som["threads"]
    assert amina.push(op("posts", pid, _post(thread, amina.id)))[0]["s"] == "ok"
    res = amina.push(op("posts", pid, {"body_md": "rewritten"}, base=1))[0]
    assert res["s"] == "rejected" and "append-only" in res["e"]
    res = amina.push(op("posts", pid, None, base=1, action="del"))[0]
    assert res["s"] == "rejected"
    assert world.record("posts", pid).data["body_md"] == "I agree"


def test_delete_needs_base_and_reaches_others_as_tombstone(world):
    amina, khadra = world.client("amina"), world.client("khadra")
    cid = new_id(amina)
    amina.push(op("cases", cid, _case(world, amina.id)))
    khadra.pull_all()
    assert amina.push(op("cases", cid, base=None, action="del"))[0]["s"] == "rejected"
    gone = op("cases", cid, base=1, action="del")
    assert amina.push(gone)[0] == {"u": gone["u"], "s": "ok", "v": 2}
    got = khadra.pull_all()
    assert got[("cases", cid)]["d"] is None


# ----------------------------------------------------------------- exchange shape


def test_noop_sync_is_one_tiny_request(world):
    """A no-op sync: one request, and under 600 bytes both ways, headers included."""
    amina = world.client("amina")
    amina.pull_all()
    url = urlparse(world.base)
    body = json.dumps({"v": 1, "c": amina.cursor}, separators=(",", ":")).encode()
    request = (f"POST /v1/sync HTTP/1.1\r\nHost: {url.netloc}\r\nUser-Agent: tc/1\r\n"
               f"Accept-Encoding: zstd, gzip\r\nAuthorization: Bearer {amina.token}\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    response = _roundtrip(url.hostname, url.port, request)
    head, _, payload = response.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert b"server:" not in head.lower() and b"date:" not in head.lower()
    assert json.loads(payload) == {"v": 1, "c": amina.cursor}
    assert len(request) + len(response) <= 600, (len(request), len(response))


def test_one_post_each_way_fits_in_one_small_exchange(world):
    amina, khadra = world.client("amina"), world.client("khadra")
    thread = world.som["threads"]
    khadra.pull_all()
    amina.push(op("posts", new_id(amina), _post(thread, amina.id, "Did you check the trachea?")))
    url = urlparse(world.base)
    msg = {"v": 1, "c": khadra.cursor, "o": [op("posts", new_id(khadra), _post(
        thread, khadra.id, "Yes: central, and the percussion note was dull."))]}
    raw = json.dumps(msg, separators=(",", ":")).encode()
    packed = zstandard.ZstdCompressor(level=6).compress(raw)
    enc = ""
    if len(packed) < len(raw):
        raw, enc = packed, "Content-Encoding: zstd\r\n"
    request = (f"POST /v1/sync HTTP/1.1\r\nHost: {url.netloc}\r\nUser-Agent: tc/1\r\n"
               f"Accept-Encoding: zstd, gzip\r\nAuthorization: Bearer {khadra.token}\r\n{enc}"
               f"Content-Length: {len(raw)}\r\n\r\n").encode() + raw
    response = _roundtrip(url.hostname, url.port, request)
    head, _, payload = response.partition(b"\r\n\r\n")
    if b"content-encoding: zstd" in head.lower():
        payload = zstandard.ZstdDecompressor().decompress(payload)
    body = json.loads(payload)
    assert body["r"][0]["s"] == "ok"
    texts = [c["d"]["body_md"] for c in body["x"] if c["k"] == "posts"]
    assert texts == ["Did you check the trachea?"]  # its own post is not echoed back
    assert len(request) + len(response) <= 1500, (len(request), len(response))


def _roundtrip(host: str, port: int, request: bytes) -> bytes:
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            data += s.recv(65536)
        head, _, rest = data.partition(b"\r\n\r\n")
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        while len(rest) < length:
            rest += s.recv(65536)
        return head + b"\r\n\r\n" + rest


def test_response_compression_is_negotiated(world):
    amina = world.client("amina")
    for accept, coding, decode in (("zstd, gzip", "zstd", zstandard.ZstdDecompressor().decompress),
                                   ("gzip", "gzip", gzip.decompress), ("identity", None, None)):
        r = amina.http.post(world.base + "/v1/sync", data=b'{"v":1,"c":0}',
                            headers={"Accept-Encoding": accept}, stream=True)
        raw = r.raw.read(decode_content=False)
        assert r.headers.get("content-encoding") == coding
        plain = decode(raw) if decode else raw
        assert json.loads(plain)["x"]
    # Compressed requests are understood too.
    body = json.dumps({"v": 1, "c": 0, "n": 1}).encode()
    for coding, packed in (("gzip", gzip.compress(body)),
                           ("zstd", zstandard.ZstdCompressor().compress(body))):
        r = amina.raw(packed, **{"Content-Encoding": coding})
        assert r.status_code == 200 and len(r.json()["x"]) == 1


def test_paging_delivers_everything_once_in_order(world):
    amina = world.client("amina")
    full = amina.pull_all()
    pages, seen, cursor = 0, {}, 0
    while True:
        body = amina.sync(cursor=cursor, n=7)
        pages += 1
        assert len(body.get("x", [])) <= 7
        keys = [(ch["k"], ch["i"]) for ch in body.get("x", [])]
        assert len(keys) == len(set(keys)), "a record appears at most once per page"
        assert body["c"] > cursor or not body.get("m")
        for ch in body.get("x", []):
            seen[(ch["k"], ch["i"])] = ch
        cursor = body["c"]
        if not body.get("m"):
            break
    assert pages > 3
    live = {key: ch for key, ch in seen.items() if ch["d"] is not None}
    assert live == {key: ch for key, ch in full.items() if ch["d"] is not None}
    # Later pages may carry tombstones for records deleted meanwhile (the server
    # cannot know the client never had them); they never hide a live record.
    assert all(key not in live for key, ch in seen.items() if ch["d"] is None)


def test_client_too_old_gets_426_telling_to_update(world):
    amina = world.client("amina")
    body = assert_error(amina.raw({"v": 0, "c": 0}), 426, "update_required")
    assert "update TutorClient" in body["message"]
    assert_error(amina.raw({"v": 99, "c": 0}), 426, "server_too_old")


# ----------------------------------------------------------------- bad input


def test_bad_bodies_get_clear_4xx_and_write_nothing(world):
    amina = world.client("amina")
    cid = new_id(amina)
    good_op = op("cases", cid, _case(world, amina.id))
    cases = [
        (b"\xff\xfe not utf8", {}, 400, "bad_utf8"),
        (b'{"v":1,"c":', {}, 400, "bad_json"),
        (json.dumps({"v": 1, "c": 0, "o": [good_op], "extra": 1}).encode(), {}, 400,
         "unknown_fields"),
        (json.dumps({"v": 1, "c": -1, "o": [good_op]}).encode(), {}, 400, "bad_request"),
        (json.dumps({"v": 1, "o": [good_op, {"k": "cases"}]}).encode(), {}, 400, "bad_op"),
        (json.dumps({"v": 1, "o": [good_op, good_op]}).encode(), {}, 400, "bad_op"),
        (b"[1,2]", {}, 400, "bad_request"),
        (b"garbage", {"Content-Encoding": "zstd"}, 400, "bad_encoding"),
        (b"garbage", {"Content-Encoding": "br"}, 415, "bad_encoding"),
        (b" " * (5 * 1024 * 1024), {}, 413, "too_large"),
    ]
    for body, headers, status, code in cases:
        assert_error(amina.raw(body, **headers), status, code)
    # A zip bomb: small on the wire, huge inflated.
    bomb = zstandard.ZstdCompressor().compress(b" " * (20 * 1024 * 1024))
    assert_error(amina.raw(bomb, **{"Content-Encoding": "zstd"}), 413)
    assert world.record("cases", cid) is None


def test_per_op_validation_rejects_only_the_bad_op(world):
    amina = world.client("amina")
    good, bad_field, bad_type, bad_kind = (new_id(amina) for _ in range(4))
    res = amina.push(
        op("cases", good, _case(world, amina.id)),
        op("cases", bad_field, _case(world, amina.id, colour="red")),
        op("cases", bad_type, _case(world, amina.id, title=5)),
        op("widgets", bad_kind, {"a": 1}),
    )
    assert [r["s"] for r in res] == ["ok", "rejected", "rejected", "rejected"]
    assert "unknown fields" in res[1]["e"] and "colour" in res[1]["e"]
    assert "wrong type" in res[2]["e"]
    assert world.record("cases", good) is not None
    assert all(world.record("cases", x) is None for x in (bad_field, bad_type))


def test_missing_or_bad_token_is_401(world):
    import requests

    r = requests.post(world.base + "/v1/sync", data=b'{"v":1}')
    assert_error(r, 401, "unauthorized")
    r = requests.post(world.base + "/v1/sync", data=b'{"v":1}',
                      headers={"Authorization": "Bearer nope"})
    assert_error(r, 401, "unauthorized")


def test_compress_helper_only_when_smaller():
    from sync.protocol import compress as c

    tiny = b'{"v":1,"c":5}'
    assert c(tiny, ["zstd"]) == (tiny, None)
    big = json.dumps([{"k": "posts", "d": "x" * 50}] * 20).encode()
    packed, coding = c(big, ["gzip"])
    assert coding == "gzip" and gzip.decompress(packed) == big
    assert c(big, []) == (big, None)
    from sync.protocol import dumps

    assert dumps({"a": "é"}) == '{"a":"é"}'.encode()


def test_rejected_writes_are_logged(world, caplog):
    amina = world.client("amina")
    forged = op("notes", new_id(amina), {"user_id": world.uid("khadra"), "lesson_id": "x",
                                    "body": "x"})
    with caplog.at_level("WARNING", logger="tutorclient.server"):
        assert amina.push(forged)[0]["s"] == "rejected"
        amina.raw(b"not json")
    text = caplog.text
    assert f"op={forged['u']}" in text and "user=amina" in text
    assert "rejected request: POST /v1/sync" in text and "bad_json" in text


def test_pages_are_also_cut_by_size(world):
    from sync.server.pull import pull
    from sync.server.scopes import Viewer

    viewer = Viewer(id=world.uid("amina"), username="amina", role="trainee",
                    partnerships=frozenset({world.p_som}))
    with world.admin.db.read() as conn:
        whole = pull(conn, viewer, 0, 1000, 10**9)
        got, cursor, pages = [], 0, 0
        while True:
            page = pull(conn, viewer, cursor, 1000, 8000)
            pages += 1
            assert page.changes, "every page carries at least one change"
            assert sum(map(len, page.changes[:-1])) <= 8000
            got += page.changes
            cursor = page.cursor
            if not page.more:
                break
    assert pages > 3 and not whole.more
    # The same live records either way. Paging may add tombstones: a record made
    # before a page's cursor and deleted since (by other tests sharing this
    # server) is news to a client at that cursor, not to one starting from zero.
    live = {json.loads(c)["i"] for c in got if json.loads(c)["d"] is not None}
    assert live == {json.loads(c)["i"] for c in whole.changes}


def test_cursor_from_the_future_restarts_from_zero(world):
    amina = world.client("amina")
    body = amina.sync(cursor=10**12)
    assert body.get("z") is True and body["x"] and body["c"] < 10**12

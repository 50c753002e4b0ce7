"""A hostile server's answer nested too deeply is refused as bad data (BadDataError),
never a RecursionError, and nothing of it is applied. The answer comes from the
network simulator standing in for the server (a canned 200), on a real sync."""

from __future__ import annotations

import json

import pytest

from sync import protocol
from sync.engine import Options
from sync.errors import BadDataError

TEXT = Options(text_only=True)


def deep(n: int, leaf: str = '"x"') -> str:
    opens = "".join('{"a":' if i % 2 == 0 else "[" for i in range(n))
    closes = "".join("}" if i % 2 == 0 else "]" for i in reversed(range(n)))
    return opens + leaf + closes


def _state(p) -> tuple:
    db = p.store.db
    return (db.execute("SELECT cursor FROM sync_cursors WHERE name = 'main'").fetchone(),
            db.execute("SELECT count(*) FROM quiz_attempts").fetchone()[0],
            db.execute("SELECT uuid, state FROM outbox ORDER BY seq").fetchall())


@pytest.mark.parametrize("n", [40, 900, 100_000])
def test_deep_sync_answer_is_bad_data(netsim, make_client, n: int) -> None:
    client = make_client("amina", netsim.url)
    client.sync(TEXT)
    before = _state(client)
    # A quiz attempt's answers are an object: a field that may hold nested JSON.
    change = ('{"k":"quiz_attempts","i":"0b8f1c3e-8b6f-4b8e-9a53-0000000000aa","v":1,"d":'
              '{"quiz_id":"q","user_id":"%s","score":1,"max_score":1,"finished_at":"2025-01-01T00:00:00Z","answers":%s}}' % (client.user["id"], deep(n)))
    body = ('{"v":1,"x":[%s],"c":%d}' % (change, before[0][0] + 1)).encode()
    netsim.fail_next(1, status=200, body=body)
    with pytest.raises(BadDataError) as failure:
        client.sync(TEXT)
    assert "too deep" in str(failure.value) or "nested" in str(failure.value)
    assert "damaged" in failure.value.user_message
    assert _state(client) == before
    assert client.sync(TEXT).result in ("ok", "partial")  # the next, honest answer is applied


def test_deep_error_answer_is_still_an_error(netsim, make_client) -> None:
    client = make_client("amina", netsim.url)
    body = json.dumps({"error": "server_error", "message": "x"}).encode()[:-1] + b',"z":' \
        + deep(100_000).encode() + b"}"
    netsim.fail_next(1, status=400, body=body)
    with pytest.raises(Exception) as failure:
        client.sync(TEXT)
    assert not isinstance(failure.value, RecursionError)


def test_an_answer_missing_required_fields_is_bad_data(netsim, make_client) -> None:
    """Found while writing the tests above: a change without a NOT NULL column raised
    sqlite3.IntegrityError out of the sync instead of a typed error."""
    client = make_client("amina", netsim.url)
    client.sync(TEXT)
    before = _state(client)
    # A change as protocol 2 and later send it: [kind, id, version, data].
    change = ('["quiz_attempts","0b8f1c3e-8b6f-4b8e-9a53-0000000000ab",1,'
              '{"quiz_id":"q","user_id":"%s","answers":{}}]' % client.user["id"])
    netsim.fail_next(1, status=200, body=('{"v":%d,"x":[%s],"c":%d}' % (
        protocol.PROTOCOL_VERSION, change, before[0][0] + 1)).encode())
    with pytest.raises(BadDataError, match="NOT NULL|quiz_attempts|missing|required"):
        client.sync(TEXT)
    assert _state(client) == before

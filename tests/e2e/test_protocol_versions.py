"""A version 1 client and a version 2 client on one new server, end to end.

The version 1 path is this code with ``protocol.PROTOCOL_VERSION`` set to 1:
the sign-in without the server key (then ``GET /v1/server-key``), version 1
ops, 100 per request, objects for results and changes, ~128 KiB pages. It is
what every TutorClient before protocol 2 sends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sync import protocol
from sync.engine import Options
from tutorclient import discussions
from tutorclient.session import SERVER_KEY_SETTING, Profile

TEXT = Options(text_only=True)


def _posts(p: Profile) -> set[str]:
    return {r[0] for r in p.store.db.execute("SELECT body_md FROM posts")}


def test_version_1_and_2_clients_exchange_posts(netsim, make_client,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def as_v1(fn: Callable[[], Any]) -> Any:
        with monkeypatch.context() as m:
            m.setattr(protocol, "PROTOCOL_VERSION", protocol.V1)
            return fn()

    netsim.reset_counters()
    new = make_client("amina", netsim.url, device="new")
    assert (netsim.counters.requests, netsim.counters.connections) == (1, 1)
    netsim.reset_counters()
    old = as_v1(lambda: make_client("amina", netsim.url, device="old"))
    assert netsim.counters.requests == 2  # version 1: the key is a second request
    assert old.setting(SERVER_KEY_SETTING) == new.setting(SERVER_KEY_SETTING) is not None

    as_v1(lambda: old.sync(TEXT))
    new.sync(TEXT)
    tables = ("lessons", "threads", "posts", "cases", "courses")
    for t in tables:
        q = f"SELECT id, version FROM {t} ORDER BY id"
        assert old.store.db.execute(q).fetchall() == new.store.db.execute(q).fetchall(), t

    thread = old.store.db.execute(
        "SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]
    user = old.user["id"]  # type: ignore[index]
    for n in range(130):  # more than one version 1 request holds
        discussions.reply(old.store, user, thread, f"From the old client, {n}.")
    discussions.reply(new.store, user, thread, "From the new client.")
    summary = as_v1(lambda: old.sync(TEXT))
    assert summary.pushed == 130 and summary.requests == 2
    summary = new.sync(TEXT)
    assert summary.pushed == 1 and summary.pulled == 130 and summary.requests == 1
    assert as_v1(lambda: old.sync(TEXT)).pulled == 1
    assert _posts(old) == _posts(new)
    q = "SELECT id, version, local_state FROM posts ORDER BY id"
    assert old.store.db.execute(q).fetchall() == new.store.db.execute(q).fetchall()


@pytest.mark.parametrize("server_speaks", [protocol.V2, protocol.V1])
def test_a_version_3_client_steps_down_to_an_older_server(server_speaks, netsim, make_client,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A server from before version 3 answers 426 server_too_old; the client signs in and
    syncs in the newest version it knows that the server speaks (3, then 2, then 1), and
    its creates carry their op UUIDs again, which such a server requires."""
    import sync.server.auth as server_auth

    assert protocol.PROTOCOL_VERSION == protocol.V3
    monkeypatch.setattr(server_auth, "PROTOCOL_VERSION", server_speaks)
    client = make_client("amina", netsim.url, device="new")
    client.sync(TEXT)
    thread = client.store.db.execute(
        "SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]
    discussions.reply(client.store, client.user["id"], thread, "Sent to an older server.")  # type: ignore[index]
    summary = client.sync(TEXT)
    assert summary.pushed == 1 and summary.rejected == 0
    other = make_client("amina", netsim.url, device="other")
    other.sync(TEXT)
    assert "Sent to an older server." in _posts(other)

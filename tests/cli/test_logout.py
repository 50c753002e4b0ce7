"""``tutorclient logout`` ends the session on the server too, or queues that for later.

Against a real server on loopback; "offline" is the network simulator switched off.
"""

from __future__ import annotations

import requests

from sync.netsim import NetSim
from tutorclient.cli import main as client_main
from tutorclient.session import Profile


def _still_valid(server: str, token: str, refresh: str) -> tuple[bool, bool]:
    """(access token accepted, refresh token accepted) by the server, asked directly."""
    sync = requests.post(server + "/v1/sync", json={"v": 1, "c": 0},
                         headers={"Authorization": f"Bearer {token}"})
    spare = requests.post(server + "/v1/refresh", json={"refresh": refresh})
    return sync.status_code == 200, spare.status_code == 200


def _logout(profile: Profile, capsys) -> str:
    assert client_main(["--profile", str(profile.dir), "logout"]) == 0
    return capsys.readouterr().out


def test_logout_revokes_the_session_on_the_server(server: str, make_client, capsys) -> None:
    amina = make_client("amina", server)
    creds = amina.credentials()
    out = _logout(amina, capsys)
    assert "Signed out" in out
    assert amina.credentials() is None
    # A copy of the tokens taken before the logout is worth nothing now.
    assert _still_valid(server, creds.token, creds.refresh) == (False, False)


def test_offline_logout_is_sent_at_the_next_connection(server: str, make_client, capsys,
                                                       demo_passwords) -> None:
    host, port = server.removeprefix("http://").split(":")
    with NetSim((host, int(port)), profile="none", seed=1) as sim:
        amina = make_client("amina", sim.url)
        creds = amina.credentials()
        sim.set_online(False)
        out = _logout(amina, capsys)
        assert "next" in out and "connect" in out  # says the server is told later
        assert amina.credentials() is None
        assert _still_valid(server, creds.token, creds.refresh) == (True, True)
        sim.set_online(True)
        # The next connection (here: signing in again) sends the revocation first.
        amina.login(sim.url, "amina", demo_passwords["amina"])
    assert _still_valid(server, creds.token, creds.refresh) == (False, False)
    fresh = amina.credentials()
    assert fresh is not None and _still_valid(server, fresh.token, fresh.refresh)[0]
    # Once sent, the old tokens are forgotten: a second logout has nothing old to send.
    assert amina.pending_revocations() == []


def test_revocation_of_an_expired_session_is_not_retried_forever(
        server: str, make_client, capsys) -> None:
    amina = make_client("amina", server)
    creds = amina.credentials()
    # The server already ended this session (say, an administrator did).
    assert requests.post(server + "/v1/logout",
                         headers={"Authorization": f"Bearer {creds.token}"}).status_code == 204
    out = _logout(amina, capsys)
    assert "Signed out" in out
    assert amina.pending_revocations() == []

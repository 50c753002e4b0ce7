"""Sign-in, tokens, refresh, logout and the failed-login limiter."""

from __future__ import annotations

import requests
from sqlalchemy import select, update

from sync.server import schema as t
from sync.server.auth import token_digest

from srv_helpers import Client, assert_error


def _login(world, name: str, password: str, ip_device: str = "d") -> requests.Response:
    return requests.post(world.base + "/v1/login", json={
        "username": name, "password": password, "device": ip_device})


def test_login_returns_short_tokens_and_stores_only_hashes(world):
    c = world.client("amina")
    assert 20 <= len(c.token) <= 32 and c.user["username"] == "amina"
    assert c.user["role"] == "trainee" and c.user["partnerships"] == [world.p_som]
    with world.admin.db.read() as conn:
        hashes = {r.access_hash for r in conn.execute(select(t.sessions.c.access_hash))}
        pw = conn.execute(select(t.accounts.c.password_hash).where(
            t.accounts.c.username == "amina")).scalar_one()
    assert token_digest(c.token) in hashes and c.token not in hashes
    assert pw.startswith("$argon2id$")


def test_wrong_password_and_unknown_fields(world):
    assert_error(_login(world, "amina", "nope"), 401, "bad_credentials")
    assert_error(_login(world, "nobody-here", "nope"), 401, "bad_credentials")
    r = requests.post(world.base + "/v1/login", json={"username": "amina", "password": "x",
                                                       "admin": True})
    assert_error(r, 422, "invalid_request")
    r = requests.post(world.base + "/v1/login", data=b"\xff\xfe",
                      headers={"Content-Type": "application/json"})
    assert r.status_code in (400, 422) and "error" in r.json()


def test_failed_logins_are_rate_limited(world):
    name = world.add_user("trainee", ["somaliland"])
    for _ in range(world.settings.login_failures):
        assert _login(world, name, "wrong password").status_code == 401
    r = _login(world, name, world.passwords[name])  # even the right one, for now
    body = assert_error(r, 429, "too_many_attempts")
    assert int(r.headers["Retry-After"]) > 0 and "Try again" in body["message"]
    # Another account from the same address is not locked by these failures.
    other = world.add_user("trainee", ["somaliland"])
    assert _login(world, other, world.passwords[other]).status_code == 200


def test_expired_token_says_so_and_refresh_renews(world):
    name = world.add_user("trainee", ["somaliland"])
    c = Client(world.base, name, world.passwords[name])
    assert c.raw({"v": 1}).status_code == 200
    with world.admin.db.write_raw() as conn:
        conn.execute(update(t.sessions).where(
            t.sessions.c.access_hash == token_digest(c.token)).values(access_expires=0))
    assert_error(c.raw({"v": 1}), 401, "token_expired")
    r = requests.post(world.base + "/v1/refresh", json={"refresh": c.refresh})
    assert r.status_code == 200
    new = r.json()
    assert new["token"] != c.token
    c.http.headers["Authorization"] = f"Bearer {new['token']}"
    assert c.raw({"v": 1}).status_code == 200
    # Refresh tokens rotate: the old one is spent.
    assert_error(requests.post(world.base + "/v1/refresh", json={"refresh": c.refresh}), 401)


def test_logout_ends_the_session(world):
    name = world.add_user("trainee", ["somaliland"])
    c = Client(world.base, name, world.passwords[name])
    assert c.http.post(world.base + "/v1/logout").status_code == 204
    assert_error(c.raw({"v": 1}), 401, "unauthorized")


def test_disabled_account_is_locked_out(world):
    name = world.add_user("trainee", ["somaliland"])
    c = Client(world.base, name, world.passwords[name])
    world.admin.set_disabled(name)
    assert_error(c.raw({"v": 1}), 401)
    assert_error(_login(world, name, world.passwords[name]), 401)


def test_old_client_login_gets_update_message(world):
    r = requests.post(world.base + "/v1/login", json={"username": "amina",
                                                       "password": "demo-amina", "v": 0})
    body = assert_error(r, 426, "update_required")
    assert "update" in body["message"].lower()


def test_healthz_and_openapi(world):
    r = requests.get(world.base + "/healthz")
    assert r.status_code == 204 and r.content == b""
    spec = requests.get(world.base + "/openapi.json").json()
    sync_body = spec["paths"]["/v1/sync"]["post"]["requestBody"]
    assert "v" in sync_body["content"]["application/json"]["schema"]["properties"]
    assert "/v1/uploads" in spec["paths"] and "/v1/blobs/{sha256}" in spec["paths"]


def test_reusing_a_spent_refresh_token_revokes_the_whole_session(world):
    # RFC 9700 s.4.14: a spent refresh token coming back means one of two holders
    # is an attacker; the session it was rotated into ends for both.
    name = world.add_user("trainee", ["somaliland"])
    c = Client(world.base, name, world.passwords[name])
    r = requests.post(world.base + "/v1/refresh", json={"refresh": c.refresh})
    assert r.status_code == 200
    new = r.json()
    c.http.headers["Authorization"] = f"Bearer {new['token']}"
    assert c.raw({"v": 1}).status_code == 200
    assert_error(requests.post(world.base + "/v1/refresh", json={"refresh": c.refresh}), 401,
                 "bad_refresh")
    assert_error(c.raw({"v": 1}), 401)  # the rotated access token is revoked too
    assert_error(requests.post(world.base + "/v1/refresh", json={"refresh": new["refresh"]}),
                 401, "bad_refresh")
    # Another session of the same user is not touched.
    other = Client(world.base, name, world.passwords[name])
    assert other.raw({"v": 1}).status_code == 200


def test_logout_by_refresh_token_ends_a_session_whose_access_token_expired(world):
    name = world.add_user("trainee", ["somaliland"])
    c = Client(world.base, name, world.passwords[name])
    with world.admin.db.write_raw() as conn:
        conn.execute(update(t.sessions).where(
            t.sessions.c.access_hash == token_digest(c.token)).values(access_expires=0))
    r = requests.post(world.base + "/v1/logout", json={"refresh": c.refresh},
                      headers={"Authorization": f"Bearer {c.token}"})
    assert r.status_code == 204, r.text
    assert_error(requests.post(world.base + "/v1/refresh", json={"refresh": c.refresh}), 401)
    # Revoking what is already revoked is no error (the client can forget it).
    again = requests.post(world.base + "/v1/logout", json={"refresh": c.refresh})
    assert again.status_code == 204, again.text


def _fail_logins(base: str, name: str, n: int, forwarded) -> None:
    for i in range(n):
        r = requests.post(base + "/v1/login", json={"username": name, "password": "wrong"},
                          headers={"X-Forwarded-For": forwarded(i)})
        assert r.status_code == 401, r.text


def test_forwarded_for_is_ignored_without_trusted_proxies(world):
    # A loopback peer is no proxy unless the settings say so: rotating a forged
    # X-Forwarded-For must not dodge the limiter.
    name = world.add_user("trainee", ["somaliland"])
    _fail_logins(world.base, name, world.settings.login_failures, lambda i: f"198.51.100.{i}")
    r = requests.post(world.base + "/v1/login",
                      json={"username": name, "password": world.passwords[name]},
                      headers={"X-Forwarded-For": "203.0.113.99"})
    assert_error(r, 429, "too_many_attempts")


def test_forwarded_for_from_a_trusted_proxy_takes_the_rightmost_untrusted_address(world):
    from dataclasses import replace

    from sync.server.testing import run_server

    settings = replace(world.settings, trusted_proxies=("127.0.0.1", "10.0.0.0/8"))
    with run_server(settings=settings) as base:
        name = world.add_user("trainee", ["somaliland"])
        # The client prepends whatever it likes; the proxies append what they saw.
        _fail_logins(base, name, settings.login_failures,
                     lambda i: f"192.0.2.{i}, 198.51.100.7, 10.1.2.3")
        ok = {"username": name, "password": world.passwords[name]}
        blocked = requests.post(base + "/v1/login", json=ok,
                                headers={"X-Forwarded-For": "8.8.8.8, 198.51.100.7, 10.9.9.9"})
        assert_error(blocked, 429, "too_many_attempts")
        # A different client behind the same proxy is not locked out by those failures.
        other = requests.post(base + "/v1/login", json=ok,
                              headers={"X-Forwarded-For": "198.51.100.8, 10.1.2.3"})
        assert other.status_code == 200, other.text


def test_client_address_parsing() -> None:
    from ipaddress import ip_network

    from sync.server.http import forwarded_client

    nets = [ip_network("127.0.0.1/32"), ip_network("10.0.0.0/8")]
    assert forwarded_client("127.0.0.1", ["1.1.1.1, 2.2.2.2"], []) == "127.0.0.1"
    assert forwarded_client("127.0.0.1", ["1.1.1.1, 2.2.2.2"], nets) == "2.2.2.2"
    assert forwarded_client("127.0.0.1", ["1.1.1.1", "2.2.2.2, 10.0.0.5"], nets) == "2.2.2.2"
    assert forwarded_client("192.0.2.1", ["1.1.1.1"], nets) == "192.0.2.1"  # not a proxy
    assert forwarded_client("127.0.0.1", [], nets) == "127.0.0.1"
    assert forwarded_client("127.0.0.1", ["10.0.0.2, 10.0.0.1"], nets) == "10.0.0.2"
    # Garbage in the header: stop there, trust nothing further left.
    assert forwarded_client("127.0.0.1", ["1.1.1.1, not-an-ip"], nets) == "127.0.0.1"


def test_two_refreshes_racing_with_one_token_leave_no_live_session(world):
    import concurrent.futures

    name = world.add_user("trainee", ["somaliland"])
    c = Client(world.base, name, world.passwords[name])
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: requests.post(
            world.base + "/v1/refresh", json={"refresh": c.refresh}), range(4)))
    codes = sorted(r.status_code for r in answers)
    assert codes[0] in (200, 401) and all(code in (200, 401) for code in codes), codes
    assert codes.count(200) <= 1, codes  # never two live token pairs from one token
    for r in answers:
        if r.status_code == 200:  # the winner's tokens die with the reuse that followed
            got = requests.post(world.base + "/v1/refresh", json={"refresh": r.json()["refresh"]})
            assert got.status_code == 401


def test_revocations_racing_on_one_session_never_deadlock(world):
    """Refreshes with one spent token, a second device's rotation and a log out, all
    at once, many times: each ends in a plain answer, never a 500 (on PostgreSQL two
    revocations once deadlocked on the spent-token rows)."""
    import concurrent.futures

    name = world.add_user("trainee", ["somaliland"])
    for _ in range(8):
        c = Client(world.base, name, world.passwords[name])
        spent = c.refresh
        first = requests.post(world.base + "/v1/refresh", json={"refresh": spent})
        assert first.status_code == 200
        fresh = first.json()

        def hit(i: int) -> requests.Response:
            if i == 0:
                return requests.post(world.base + "/v1/refresh", json={"refresh": fresh["refresh"]})
            if i == 1:
                return requests.post(world.base + "/v1/logout",
                                     headers={"Authorization": f"Bearer {fresh['token']}"})
            return requests.post(world.base + "/v1/refresh", json={"refresh": spent})

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(hit, range(8)))
        codes = [r.status_code for r in answers]
        assert all(code < 500 for code in codes), codes
        # Whatever won, the session is gone: the reuse of the spent token ended it.
        left = requests.post(world.base + "/v1/refresh", json={"refresh": fresh["refresh"]})
        assert left.status_code == 401

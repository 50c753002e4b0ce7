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

"""JSON nested too deeply answers 400 with the usual error body on every endpoint that reads
JSON (never a 500 RecursionError), at the top level or deep inside an op's ``d``."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
import requests

from srv_helpers import assert_error
from sync.protocol import PROTOCOL_VERSION
from sync.server.admin import Admin
from sync.server.settings import Settings
from sync.server.testing import run_server

MAX_DEPTH = 32  # sync.protocol.MAX_DEPTH, as docs/protocol.md states it
NOTE = "0b8f1c3e-8b6f-4b8e-9a53-00000000000"


def deep(n: int, leaf: str = "1") -> str:
    opens = "".join('{"a":' if i % 2 == 0 else "[" for i in range(n))
    closes = "".join("}" if i % 2 == 0 else "]" for i in reversed(range(n)))
    return opens + leaf + closes


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp: Path = tmp_path_factory.mktemp("deep")
    cfg = Settings(data_dir=tmp / "data", argon2_profile="test")
    admin = Admin(cfg)
    admin.init()
    admin.create_user("deep", "deep-password", "trainee", ["north"])
    with run_server(settings=cfg) as base:
        yield base
    admin.close()


def _login(base: str) -> dict[str, Any]:
    r = requests.post(base + "/v1/login", json={"username": "deep", "password": "deep-password"})
    assert r.status_code == 200, r.text
    return r.json()


def _post(base: str, path: str, body: str | bytes, token: str | None = None,
          **headers: str) -> requests.Response:
    head = {"Content-Type": "application/json", **headers}
    if token:
        head["Authorization"] = f"Bearer {token}"
    data = body.encode() if isinstance(body, str) else body
    return requests.post(base + path, data=data, headers=head, timeout=30)


def _sync_body(ops: str) -> str:
    return '{"v":%d,"c":0,"o":%s}' % (PROTOCOL_VERSION, ops)


def _op(d: str, n: int) -> str:
    return ('[{"u":"%s1%02d","a":"put","k":"notes","i":"%s2%02d","b":null,"d":%s}]'
            % (NOTE[:-1], n % 100, NOTE[:-1], n % 100, d))


@pytest.mark.parametrize("n", [MAX_DEPTH + 1, 1_000, 100_000])
def test_sync_top_level_too_deep(target: str, n: int) -> None:
    token = _login(target)["token"]
    assert_error(_post(target, "/v1/sync", _sync_body(deep(n)), token), 400, "too_deep")


@pytest.mark.parametrize("n", [MAX_DEPTH, 1_000, 100_000])
def test_sync_op_data_too_deep(target: str, n: int) -> None:
    token = _login(target)["token"]
    body = _sync_body(_op('{"body_md":' + deep(n) + "}", n))
    assert_error(_post(target, "/v1/sync", body, token), 400, "too_deep")


def test_sync_deep_body_compressed(target: str) -> None:
    token = _login(target)["token"]
    body = gzip.compress(_sync_body(deep(50_000)).encode())
    r = _post(target, "/v1/sync", body, token, **{"Content-Encoding": "gzip"})
    assert_error(r, 400, "too_deep")


def test_sync_within_the_limit_still_works(target: str) -> None:
    token = _login(target)["token"]
    r = _post(target, "/v1/sync", _sync_body("[]"), token)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("n", [MAX_DEPTH + 1, 1_000, 100_000])
def test_login_too_deep(target: str, n: int) -> None:
    body = '{"username":"deep","password":%s}' % deep(n)
    assert_error(_post(target, "/v1/login", body), 400, "too_deep")


@pytest.mark.parametrize("n", [MAX_DEPTH + 1, 1_000, 100_000])
def test_refresh_too_deep(target: str, n: int) -> None:
    assert_error(_post(target, "/v1/refresh", '{"refresh":%s}' % deep(n)), 400, "too_deep")


def test_login_within_the_limit_still_answers_as_before(target: str) -> None:
    assert _post(target, "/v1/login", '{"username":"deep","password":"deep-password"}'
                 ).status_code == 200
    assert_error(_post(target, "/v1/login", '{"username":"deep","password":[[1]]}'), 422)
    assert_error(_post(target, "/v1/login", '{"username":'), 400, "bad_json")


def test_logout_refuses_a_deep_body(target: str) -> None:
    """Logout reads a JSON body (a refresh token may end a session): bounded like the rest."""
    token = _login(target)["token"]
    r = _post(target, "/v1/logout", deep(100_000), token)
    assert r.status_code == 400, r.text
    assert_error(r, 400, "too_deep")


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_uploads_with_a_deep_json_body_are_not_a_crash(target: str, method: str) -> None:
    token = _login(target)["token"]
    path = "/v1/uploads" if method == "POST" else "/v1/uploads/nonexistent"
    r = requests.request(method, target + path, data=deep(100_000).encode(), timeout=30,
                         headers={"Authorization": f"Bearer {token}", "Tus-Resumable": "1.0.0",
                                  "Content-Type": "application/json"})
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    assert_error(r, r.status_code)

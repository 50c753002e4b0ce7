"""Test helpers for tests/server: a small protocol client and op builders.

(Named uniquely because test folders have no ``__init__.py``: pytest puts this
folder on ``sys.path`` and modules are imported by bare name.)
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import requests

from sync.protocol import V1, new_record_id


def assert_error(r: requests.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """Check an error response's status and JSON shape; returns the body."""
    assert r.status_code == status, (r.status_code, r.text)
    body = r.json()
    assert set(body) == {"error", "message"}, body
    assert body["message"] and body["message"][-1] in ".!?", body
    if code is not None:
        assert body["error"] == code, body
    return body


class Client:
    """A minimal protocol client over ``requests`` for tests.

    It speaks protocol version 1, as every client before version 2 does, so the
    tests built on it also show that such clients keep working against this
    server (version 2 on the wire: tests/server/test_protocol_v2.py).
    """

    def __init__(self, base: str, username: str, password: str, device: str | None = None):
        self.base, self.username = base, username
        self.http = requests.Session()
        self.http.headers.update({"User-Agent": "tc/1"})
        r = self.http.post(f"{base}/v1/login", json={
            "username": username, "password": password, "device": device or uuid.uuid4().hex,
            "app": "test"})
        assert r.status_code == 200, r.text
        body = r.json()
        self.token, self.refresh, self.user = body["token"], body["refresh"], body["user"]
        self.id = self.user["id"]
        self.http.headers["Authorization"] = f"Bearer {self.token}"
        self.cursor = 0

    def raw(self, body: Any, **headers: str) -> requests.Response:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        return self.http.post(f"{self.base}/v1/sync", data=data, headers=headers)

    def sync(self, ops: list[dict[str, Any]] | None = None, cursor: int | None = None,
             n: int | None = None) -> dict[str, Any]:
        """One exchange; advances ``self.cursor``."""
        msg: dict[str, Any] = {"v": V1,
                               "c": self.cursor if cursor is None else cursor}
        if ops:
            msg["o"] = ops
        if n:
            msg["n"] = n
        r = self.raw(msg)
        assert r.status_code == 200, r.text
        body = r.json()
        self.cursor = body["c"]
        return body

    def pull_all(self, cursor: int | None = None) -> dict[tuple[str, str], dict[str, Any]]:
        """Sync until no more pages; returns the last change per (kind, id)."""
        seen: dict[tuple[str, str], dict[str, Any]] = {}
        body = self.sync(cursor=cursor)
        for _ in range(1000):
            for ch in body.get("x", []):
                seen[(ch["k"], ch["i"])] = ch
            if not body.get("m"):
                return seen
            body = self.sync()
        raise AssertionError("pull never finished")

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        return self.sync(list(ops))["r"]


def op(kind: str, rid: str, data: dict[str, Any] | None = None, base: int | None = None,
       action: str = "put", u: str | None = None) -> dict[str, Any]:
    """Build an op with a fresh UUID."""
    o: dict[str, Any] = {"u": u or str(uuid.uuid4()), "k": kind, "i": rid, "b": base, "a": action}
    if data is not None:
        o["d"] = data
    return o


def new_id(owner: str | Client) -> str:
    """A fresh record id bound to ``owner`` (a user id or a client), as real clients make."""
    return new_record_id(owner if isinstance(owner, str) else owner.id)


def owner_samples(lesson: str, quiz: str) -> dict[str, dict[str, Any]]:
    """Valid data for each owner-only kind (``user_id`` to be filled in)."""
    return {
        "quiz_attempts": {"quiz_id": quiz, "answers": {"q1": [0]}, "score": 1, "max_score": 3},
        "progress": {"lesson_id": lesson, "state": "read", "position": 3},
        "bookmarks": {"lesson_id": lesson, "anchor": "shock", "label": "shock"},
        "notes": {"lesson_id": lesson, "body": "my note"},
    }

"""Bounded property-based fuzzing of every documented operation: never a 5xx.

Runs against its own live server (a fresh database), signed in as a trainee
so generated requests get past authentication and reach the handlers. Kept
small (a few examples per operation) so the whole module stays well under a
minute on both backends.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings

from sync.server.admin import Admin
from sync.server.settings import Settings
from sync.server.testing import run_server

pytestmark = [pytest.mark.slow, pytest.mark.schemathesis]

MAX_EXAMPLES = 25

# tus PATCH bodies are raw bytes under their own media type.
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")


@pytest.fixture(scope="module")
def fuzz_target(make_db_url: Any, backend: str,
                tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp: Path = tmp_path_factory.mktemp(f"fuzz-{backend}")
    cfg = Settings(data_dir=tmp / "data", db_url=make_db_url(),
                   argon2_profile="test")
    admin = Admin(cfg)
    admin.init()
    admin.create_user("fuzzer", "fuzzer-password", "trainee", ["north"])
    with run_server(settings=cfg) as base:
        token = requests.post(base + "/v1/login", json={
            "username": "fuzzer", "password": "fuzzer-password"}).json()["token"]
        yield base, token
    admin.close()


def _operations(base: str) -> list[Any]:
    schema = schemathesis.openapi.from_url(base + "/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def test_no_server_errors(fuzz_target: Any) -> None:
    """Generate requests for each operation; every answer must be below 500."""
    base, token = fuzz_target
    failures: list[str] = []
    operations = _operations(base)
    assert len(operations) >= 10, "the OpenAPI document lost operations"
    for operation in operations:
        if operation.path == "/v1/logout":
            continue  # would end the fuzzer's own session and starve the other operations

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case: Any) -> None:
            response = case.call(headers={"Authorization": f"Bearer {token}"}, timeout=10)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code} "
                                f"{response.text[:200]}")

        run()
    assert not failures, "\n".join(failures[:10])


# -- nesting: deep and wide JSON on every endpoint that reads JSON ------------------------

MAX_DEPTH = 32  # sync.protocol.MAX_DEPTH (docs/protocol.md)


def _nest(depth: int, width: int, kinds: list[bool]) -> str:
    """JSON text: ``depth`` levels of lists/objects (``kinds`` picks which) around a list of
    ``width`` numbers. Written by hand: json.dumps itself cannot write 3,000 levels."""
    opens = "".join('{"a":' if is_object else "[" for is_object in kinds[:depth])
    closes = "".join("}" if is_object else "]" for is_object in reversed(kinds[:depth]))
    return opens + "[" + ",".join(str(i) for i in range(width)) + "]" + closes


def test_deep_and_wide_nesting_never_crashes(fuzz_target: Any) -> None:
    """Nesting from 1 to 3,000 levels, at the top or inside an op's ``d``: 4xx past 32, never 5xx."""
    from hypothesis import strategies as st

    from sync.protocol import PROTOCOL_VERSION

    base, token = fuzz_target
    failures: list[str] = []
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    # Each place: the request text around the nested value, and the levels it adds.
    places = {
        "sync": ("/v1/sync", '{"v":%d,"c":0,"o":%%s}' % PROTOCOL_VERSION, 1),
        "sync-d": ("/v1/sync", '{"v":%d,"c":0,"o":[{"u":"7d3b2c1a-0000-4000-8000-000000000001",'
                   '"a":"put","k":"quiz_attempts","i":"7d3b2c1a-0000-4000-8000-000000000002",'
                   '"b":null,"d":{"quiz_id":"q","answers":%%s}}]}' % PROTOCOL_VERSION, 3),
        "login": ("/v1/login", '{"username":"fuzzer","password":%s}', 1),
        "refresh": ("/v1/refresh", '{"refresh":%s}', 1),
    }

    @given(depth=st.integers(min_value=0, max_value=3_000),
           width=st.integers(min_value=0, max_value=300),
           kinds=st.lists(st.booleans(), min_size=3_000, max_size=3_000),
           where=st.sampled_from(sorted(places)))
    @settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(depth: int, width: int, kinds: list[bool], where: str) -> None:
        path, template, around = places[where]
        levels = around + depth + 1
        r = requests.post(base + path, data=(template % _nest(depth, width, kinds)).encode(),
                          headers=auth, timeout=30)
        if r.status_code >= 500 or (levels > MAX_DEPTH and not 400 <= r.status_code < 500):
            failures.append(f"{where} depth {levels}: {r.status_code} {r.text[:120]}")
        elif r.status_code >= 400 and set(r.json()) != {"error", "message"}:
            failures.append(f"{where} depth {levels}: odd error body {r.text[:120]}")

    run()
    assert not failures, "\n".join(failures[:10])

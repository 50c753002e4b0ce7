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

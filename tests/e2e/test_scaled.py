"""The scaled setup end to end: two worker processes on one PostgreSQL database and one
S3 store (moto on loopback), every request sent to the next worker in turn.

Each worker has its own empty data directory: nothing a sync needs may live on one
worker's disk or in its memory (docs/deploy.md, "The scaled setup").
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from sync.server import schema as t
from sync.server.admin import Admin
from sync.server.settings import Settings
from sync.server.testing_backends import MotoS3, RoundRobinProxy, worker_process
from tutorclient import cases
from tutorclient.session import Profile

pytestmark = pytest.mark.postgres


@dataclass
class Scaled:
    url: str
    settings: Settings
    proxy: RoundRobinProxy
    s3: MotoS3


@pytest.fixture
def scaled(tmp_path: Path, pg_cluster: Any, moto_s3: MotoS3) -> Iterator[Scaled]:
    settings = Settings(data_dir=tmp_path / "admin", db_url=pg_cluster.create_db(),
                        blobs=moto_s3.new_bucket(), s3_endpoint=moto_s3.endpoint,
                        argon2_profile="test")
    admin = Admin(settings)
    admin.init()
    admin.seed_demo()
    admin.close()
    with worker_process(tmp_path / "w1", settings.db_url, settings.blobs, moto_s3.endpoint) as a, \
            worker_process(tmp_path / "w2", settings.db_url, settings.blobs,
                           moto_s3.endpoint) as b, RoundRobinProxy([a, b]) as proxy:
        yield Scaled(proxy.url, settings, proxy, moto_s3)
    if moto_s3.server is None:  # a test that stopped the store must not leave it down
        moto_s3.start()


def _case_with_pdf(p: Profile, tmp_path: Path, name: str, size: int) -> tuple[str, str, bytes]:
    me = p.user
    cid = cases.new_draft(p.store, me["id"], me["partnerships"][0], "emergency")
    cases.save_draft(p.store, cid, {"title": f"Chest pain {name}",
                                    "presenting_complaint": "Pain on exertion"})
    pdf = tmp_path / f"{name}.pdf"
    data = b"%PDF-1.4\n" + os.urandom(size - 9)
    pdf.write_bytes(data)
    info = cases.add_attachment(p.store, p.blobs, cid, pdf)
    cases.submit(p.store, cid)
    return cid, info.sha256, data


def _count(settings: Settings, kind: str, rid: str) -> int:
    admin = Admin(settings)
    try:
        with admin.db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(t.records).where(
                t.records.c.kind == kind, t.records.c.id == rid)).scalar_one())
    finally:
        admin.close()


def test_sync_scenarios_spread_over_two_workers(scaled: Scaled, make_client,
                                                tmp_path: Path) -> None:
    amina = make_client("amina", scaled.url)
    # Over one S3 part (5 MiB): 64 KiB PATCHes alternate between the workers, so
    # the upload continues from the database on each, and ends as a multipart upload.
    cid, sha, data = _case_with_pdf(amina, tmp_path, "ecg", 6 * 1024 * 1024 + 1234)
    summary = amina.sync()
    assert summary.result == "ok", summary
    assert (summary.blobs_up, summary.rejected) == (1, 0)
    assert scaled.settings.blob_store.read_bytes(sha) == data

    other = make_client("amina", scaled.url, device="amina-tablet")
    summary = other.sync()
    assert summary.result == "ok", summary
    assert other.blobs.has(sha)
    assert cases.case_detail(other.store, cid)["title"] == "Chest pain ecg"

    # A pass that moved megabytes is followed by the device's health report
    # (docs/insight.md): the user's devices each bring those records back once.
    # Settling takes a few passes; a report that never stopped would fail below.
    for _ in range(3):
        if all(p.sync().pulled == 0 for p in (amina, other)):
            break
    for p in (amina, other):  # no-ops, through the fast path of either worker
        for _ in range(4):
            again = p.sync()
            assert again.result == "ok" and again.pushed == 0 and again.pulled == 0, again
    assert _count(scaled.settings, "cases", cid) == 1  # one record, whoever answered

    # The login limiter counts across workers: five failures, then 429 on either.
    for _ in range(scaled.settings.login_failures):
        r = requests.post(scaled.url + "/v1/login",
                          json={"username": "yusuf", "password": "wrong"}, timeout=10)
        assert r.status_code == 401
    r = requests.post(scaled.url + "/v1/login",
                      json={"username": "yusuf", "password": "demo-yusuf"}, timeout=10)
    assert r.status_code == 429
    assert min(scaled.proxy.counts) > 20  # both workers served a fair share


def test_files_wait_while_the_blob_store_is_down(scaled: Scaled, make_client,
                                                 tmp_path: Path) -> None:
    amina = make_client("amina", scaled.url)
    tablet = make_client("amina", scaled.url, device="amina-tablet")
    first, sha_b, data_b = _case_with_pdf(amina, tmp_path, "before", 200_000)
    assert amina.sync().result == "ok"

    scaled.s3.stop()
    # Downloads: a typed refusal, not a cut or a hang.
    token = requests.post(scaled.url + "/v1/login", json={
        "username": "amina", "password": "demo-amina", "device": "probe"}, timeout=10).json()["token"]
    r = requests.get(f"{scaled.url}/v1/blobs/{sha_b}",
                     headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert r.status_code == 503 and r.json()["error"] == "blob_store_unavailable"
    assert int(r.headers["Retry-After"]) > 0
    # Records still sync both ways; files wait, the pass ends partial, not failed.
    second, sha_a, data_a = _case_with_pdf(amina, tmp_path, "during", 300_000)
    summary = amina.sync()
    assert summary.result == "partial" and summary.uploads_waiting == 1, summary
    assert summary.rejected == 0
    assert _count(scaled.settings, "cases", second) == 1  # the case went, its file waits
    summary = tablet.sync()
    assert summary.result == "partial" and summary.blobs_skipped >= 1, summary
    assert cases.case_detail(tablet.store, first)["title"] == "Chest pain before"
    assert cases.case_detail(tablet.store, second)["title"] == "Chest pain during"
    assert not tablet.blobs.has(sha_b)
    assert any("file" in e for e in summary.errors), summary.errors

    scaled.s3.start()
    summary = amina.sync()
    assert summary.result == "ok" and summary.blobs_up == 1, summary
    summary = tablet.sync()
    assert summary.result == "ok", summary
    for sha, data in ((sha_a, data_a), (sha_b, data_b)):
        assert tablet.blobs.has(sha)
        assert scaled.settings.blob_store.read_bytes(sha) == data
    assert _count(scaled.settings, "cases", second) == 1
